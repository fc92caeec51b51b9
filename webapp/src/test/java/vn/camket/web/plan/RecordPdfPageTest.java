package vn.camket.web.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A plan PDF written for this test (two pages with a text layer; a clause with a script payload on
 * page 2) beside a plan in a text file: the PDF route serves the one and refuses the other, an
 * unknown plan and a file gone bad; the record page, the API, the results and the plan's source view
 * give the page, linked to {@code #page=N} of the PDF, everything escaped.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RecordPdfPageTest {
    static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    static Path corpus;

    /**
     * Page 1: letterhead, title, the first section; page 2: the second section, its clause, the
     * signature block. "" is a line's height of space, as printed plans leave below their title.
     */
    static final List<List<String>> PAGES = List.of(
            List.of("ỦY BAN NHÂN DÂN TỈNH KIỂM THỬ", "Số: 21/KH-UBND    Kiểm Thử, ngày 15 tháng 3 năm 2026", "KẾ HOẠCH",
                    "Ứng dụng bản đồ số trong quản lý đất đai năm 2026", "", "I. MỤC TIÊU",
                    "1. Số hóa toàn bộ hồ sơ địa chính của các xã trên địa bàn tỉnh."),
            List.of("II. NHIỆM VỤ", "1. Xây dựng cổng bản đồ số dùng chung pqzkw <script>alert('p')</script> cho các sở, ngành.",
                    "2. Đào tạo cán bộ địa chính cấp xã sử dụng bản đồ số.", "Nơi nhận:", "- Như trên;"));

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) throws IOException {
        corpus = Files.createTempDirectory("camket-pdf-corpus");
        if (Files.isRegularFile(FONT)) {
            writePdf(corpus.resolve("ban-do-so.pdf"), PAGES);
            // another PDF plan, whose file goes bad after the build
            writePdf(corpus.resolve("hong.pdf"), List.of(List.of("ỦY BAN NHÂN DÂN TỈNH KIỂM THỬ", "Số: 22/KH-UBND    Kiểm Thử, ngày 16 tháng 3 năm 2026",
                    "KẾ HOẠCH", "Thử nghiệm tệp hỏng", "", "I. MỤC TIÊU", "1. Một mục tiêu để có một điều khoản.")));
        }
        Files.writeString(corpus.resolve("van-ban.txt"), String.join("\n", "ỦY BAN NHÂN DÂN TỈNH KIỂM THỬ",
                "Số: 23/KH-UBND Kiểm Thử, ngày 17 tháng 3 năm 2026", "KẾ HOẠCH", "Kế hoạch bằng văn bản thuần", "", "I. MỤC TIÊU",
                "1. Xây dựng cổng bản đồ số cho các huyện.", "Nơi nhận:", "- Như trên;", ""), StandardCharsets.UTF_8);
        r.add("camket.corpus", corpus::toString);
        r.add("camket.index", () -> tempDir("camket-pdf-index"));
    }

    private static String tempDir(String name) {
        try {
            return Files.createTempDirectory(name).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writePdf(Path file, List<List<String>> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = PDType0Font.load(doc, FONT.toFile());
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = PDRectangle.A4.getHeight() - 72;
                    for (String line : lines) {
                        if (line.isEmpty()) {
                            y -= 22;
                            continue;
                        }
                        String[] parts = line.split(" {4}");
                        for (int i = 0; i < parts.length; i++) {
                            cs.beginText();
                            cs.setFont(font, 11);
                            cs.newLineAtOffset(50 + 250 * i, y);
                            cs.showText(parts[i]);
                            cs.endText();
                        }
                        y -= 22;
                    }
                }
            }
            doc.save(file.toFile());
        }
    }

    @Autowired MockMvc mvc;

    @BeforeEach
    void fontInstalled() {
        Assumptions.assumeTrue(Files.isRegularFile(FONT), "DejaVu Sans not installed (apt-get install fonts-dejavu-core): PDF tests skipped");
    }

    private MockHttpServletResponse fetch(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse();
    }

    private String body(String url) throws Exception {
        MockHttpServletResponse res = fetch(url);
        assertThat(res.getStatus()).as(url).isEqualTo(200);
        return res.getContentAsString(StandardCharsets.UTF_8);
    }

    private String planOf(String file) throws Exception {
        List<String> ids = JsonPath.read(body("/api/plans"), "$[?(@.source == '" + file + "')].id");
        assertThat(ids).as("the plan read from " + file).hasSize(1);
        return ids.getFirst();
    }

    private String clauseWith(String plan, String word) throws Exception {
        List<String> ids = JsonPath.read(body("/api/search?type=clause&size=100&plan=" + plan + "&q=" + word), "$.hits[?(@.text =~ /.*" + word + ".*/)].id");
        assertThat(ids).as("a clause of %s holding %s", plan, word).isNotEmpty();
        return ids.getFirst();
    }

    @Test
    void thePdfRouteServesAPdfPlansFileAndNothingElse() throws Exception {
        MockHttpServletResponse pdf = fetch("/plans/" + planOf("ban-do-so.pdf") + "/pdf");
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.getHeader("Content-Disposition")).startsWith("inline").contains("ban-do-so.pdf");

        MockHttpServletResponse text = fetch("/plans/" + planOf("van-ban.txt") + "/pdf");
        assertThat(text.getStatus()).isEqualTo(404);
        assertThat(text.getContentAsString(StandardCharsets.UTF_8)).contains("not read from a PDF");
        assertThat(fetch("/plans/no-such-plan/pdf").getStatus()).isEqualTo(404);
        assertThat(fetch("/plans/..%2F..%2Fetc%2Fpasswd/pdf").getStatus()).isBetween(400, 404);
        assertThat(fetch("/plans/%2e%2e/pdf").getStatus()).isBetween(400, 404);
    }

    @Test
    void aPdfGoneBadOrMissingIsA404ThatSaysSo() throws Exception {
        String plan = planOf("hong.pdf");
        Files.writeString(corpus.resolve("hong.pdf"), "not a PDF any more");
        MockHttpServletResponse bad = fetch("/plans/" + plan + "/pdf");
        assertThat(bad.getStatus()).isEqualTo(404);
        assertThat(bad.getContentAsString(StandardCharsets.UTF_8)).contains("hong.pdf").contains("not a PDF");
        Files.delete(corpus.resolve("hong.pdf"));
        MockHttpServletResponse gone = fetch("/plans/" + plan + "/pdf");
        assertThat(gone.getStatus()).isEqualTo(404);
        assertThat(gone.getContentAsString(StandardCharsets.UTF_8)).contains("no longer in the corpus folder");
    }

    @Test
    void theRecordPageLinksToThePdfPageItWasReadOn() throws Exception {
        String plan = planOf("ban-do-so.pdf");
        String id = clauseWith(plan, "pqzkw");
        String html = body("/records/" + id);
        assertThat(html).contains("href=\"/plans/" + plan + "/pdf#page=2\"").contains(">tr. 2</a>");
        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert");
        assertThat(body("/records/" + id + "?lang=en")).contains(">p. 2</a>");

        String json = body("/api/records/" + id);
        assertThat((Integer) JsonPath.read(json, "$.page")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(json, "$.clause.page")).isEqualTo(2);
        String first = clauseWith(plan, "địa chính");
        assertThat((Integer) JsonPath.read(body("/api/records/" + first), "$.page")).isIn(1, 2);

        String onPageOne = body("/records/" + clauseWith(plan, "hồ sơ"));
        assertThat(onPageOne).contains("/pdf#page=1\"");
    }

    @Test
    void aPageOfThePdfIsShownAsAnImageOnTheRecordPage() throws Exception {
        String plan = planOf("ban-do-so.pdf");
        String id = clauseWith(plan, "pqzkw");
        assertThat(body("/records/" + id)).contains("src=\"/plans/" + plan + "/pages/2.png\"");

        MockHttpServletResponse png = fetch("/plans/" + plan + "/pages/2.png");
        assertThat(png.getStatus()).isEqualTo(200);
        assertThat(png.getContentType()).isEqualTo("image/png");
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.getContentAsByteArray()));
        // A4 at the portal's screen resolution: taller than wide, and some ink on it (the page's text)
        assertThat(image.getHeight()).isGreaterThan(image.getWidth()).isGreaterThan(1000);
        boolean ink = false;
        for (int y = 0; y < image.getHeight() && !ink; y += 2) for (int x = 0; x < image.getWidth() && !ink; x += 2) ink = (image.getRGB(x, y) & 0xff) < 100;
        assertThat(ink).isTrue();

        MockHttpServletResponse past = fetch("/plans/" + plan + "/pages/3.png");
        assertThat(past.getStatus()).isEqualTo(404);
        assertThat(fetch("/plans/" + plan + "/pages/3.png?lines=1-2").getStatus()).isEqualTo(404);
    }

    @Test
    void theRecordPageShowsTheRecordCutFromItsPrintedPage() throws Exception {
        String plan = planOf("ban-do-so.pdf");
        String id = clauseWith(plan, "pqzkw");
        String json = body("/api/records/" + id);
        int from = JsonPath.read(json, "$.clause.lines[0]"), to = JsonPath.read(json, "$.clause.lines[1]");
        String crop = "/plans/" + plan + "/pages/2.png?lines=" + from + "-" + to;
        assertThat(body("/records/" + id)).contains("src=\"" + crop + "\"");

        java.awt.image.BufferedImage page = image(fetch("/plans/" + plan + "/pages/2.png"));
        java.awt.image.BufferedImage cut = image(fetch(crop));
        // one printed line of the page, with a margin: a band across the text, far lower than the page, with ink
        assertThat(cut.getHeight()).isLessThan(page.getHeight() / 8).isGreaterThan(10);
        assertThat(cut.getWidth()).isLessThan(page.getWidth()).isGreaterThan(page.getWidth() / 3);
        assertThat(inked(cut)).isTrue();
        // the band below it (the next clause) is another part of the page
        String after = body("/api/records/" + JsonPath.read(json, "$.nextId"));
        int nextFrom = JsonPath.read(after, "$.clause.lines[0]"), nextTo = JsonPath.read(after, "$.clause.lines[1]");
        java.awt.image.BufferedImage next = image(fetch("/plans/" + plan + "/pages/2.png?lines=" + nextFrom + "-" + nextTo));
        assertThat(next.getHeight()).isLessThan(page.getHeight() / 8);
        assertThat(pixels(next)).isNotEqualTo(pixels(cut));

        // lines not on that page, lines turned round, and anything not a line range: the whole page
        for (String odd : List.of("1-1", (to + 1) + "-" + from, "abc", "99999999999-1", "<script>", "")) {
            MockHttpServletResponse r = fetch("/plans/" + plan + "/pages/2.png?lines=" + java.net.URLEncoder.encode(odd, StandardCharsets.UTF_8));
            assertThat(r.getStatus()).as(odd).isEqualTo(200);
            assertThat(image(r).getHeight()).as(odd).isEqualTo(page.getHeight());
        }
        // a plan read from a text file has no page to cut from
        assertThat(fetch("/plans/" + planOf("van-ban.txt") + "/pages/1.png?lines=1-3").getStatus()).isEqualTo(404);
    }

    private static java.awt.image.BufferedImage image(MockHttpServletResponse png) throws IOException {
        assertThat(png.getStatus()).isEqualTo(200);
        assertThat(png.getContentType()).isEqualTo("image/png");
        return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.getContentAsByteArray()));
    }

    private static int[] pixels(java.awt.image.BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static boolean inked(java.awt.image.BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) for (int x = 0; x < image.getWidth(); x++) if ((image.getRGB(x, y) & 0xff) < 100) return true;
        return false;
    }

    @Test
    void aPageAskedPastTheEndIsA404() throws Exception {
        String plan = planOf("ban-do-so.pdf");
        MockHttpServletResponse past = fetch("/plans/" + plan + "/pages/3.png");
        assertThat(past.getStatus()).isEqualTo(404);
        assertThat(past.getContentAsString(StandardCharsets.UTF_8)).contains("2 pages");
        assertThat(fetch("/plans/" + plan + "/pages/0.png").getStatus()).isEqualTo(404);
        assertThat(fetch("/plans/" + planOf("van-ban.txt") + "/pages/1.png").getStatus()).isEqualTo(404);
        assertThat(fetch("/plans/no-such-plan/pages/1.png").getStatus()).isEqualTo(404);
        assertThat(fetch("/plans/" + plan + "/pages/x.png").getStatus()).isEqualTo(400);
    }

    @Test
    void aTextPlansRecordHasNoPage() throws Exception {
        String id = clauseWith(planOf("van-ban.txt"), "huyện");
        assertThat(body("/records/" + id)).doesNotContain("/pdf#page=");
        assertThat(body("/api/records/" + id)).doesNotContain("\"page\"");
    }

    @Test
    void resultsShowThePageAndThePlansSourceViewItsPageBreaks() throws Exception {
        String plan = planOf("ban-do-so.pdf");
        String results = body("/search?q=pqzkw");
        assertThat(results).contains("href=\"/plans/" + plan + "/pdf#page=2\"").contains(">tr. 2</a>");
        assertThat(results).doesNotContain("<script>alert");
        List<Integer> pages = JsonPath.read(body("/api/search?q=pqzkw"), "$.hits[*].page");
        assertThat(pages).contains(2);

        String view = body("/plans/" + plan);
        String source = view.substring(view.indexOf("id=\"source\""));
        assertThat(source).contains("class=\"page-break\"").contains("href=\"/plans/" + plan + "/pdf#page=1\"")
                .contains("href=\"/plans/" + plan + "/pdf#page=2\"").contains(">Trang 2</a>");
        // the break stands before the first line of page 2
        int brk = source.indexOf(">Trang 2</a>");
        assertThat(source.indexOf("II. NHIỆM VỤ")).isGreaterThan(brk);
        assertThat(source.indexOf("Số hóa toàn bộ")).isLessThan(brk);
        assertThat(source).doesNotContain("<script>alert");
        assertThat(view).contains("href=\"/plans/" + plan + "/pdf\"");

        String textView = body("/plans/" + planOf("van-ban.txt"));
        assertThat(textView).doesNotContain("page-break").doesNotContain("/pdf\"");
    }
}
