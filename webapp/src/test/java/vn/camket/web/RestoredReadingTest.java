package vn.camket.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A plan whose text lost its diacritics (written for this test, with a script payload and a
 * garbled word): its record and plan pages show the machine-restored reading, marked, uncertain
 * words underlined, the printed text one click away, everything escaped; exports carry both texts;
 * the citation quotes the printed text.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RestoredReadingTest {
    static final String PLAN = "98-kh-ubnd-2025-06-02";

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) throws Exception {
        Path corpus = Files.createTempDirectory("camket-stripped-corpus");
        Files.writeString(corpus.resolve("stripped.txt"), String.join("\n",
                "UY BAN NHAN DAN TINH HA TINH",
                "So: 98/KH-UBND Ha Tinh, ngay 02 thang 06 nam 2025",
                "KE HOACH",
                "Phat trien ha tang so va chuyen doi so tren dia ban tinh nam 2025",
                "",
                "I. MUC TIEU",
                "1. Muc tieu chung",
                "- Phat trien ha tang so dong bo, hien dai; phu song mang di dong qxzvwk den moi thon <script>alert('r')</script>.",
                "- Nang cao chat luong dich vu cong truc tuyen cho nguoi dan va doanh nghiep tren dia ban tinh.",
                "II. NHIEM VU",
                "- Day manh dao tao nguon nhan luc so cho cac co quan nha nuoc va cac truong hoc.",
                "Noi nhan:",
                "- Nhu tren.",
                ""), StandardCharsets.UTF_8);
        // a clean plan, written for this test too: the language model learns proper Vietnamese from it
        StringBuilder clean = new StringBuilder(String.join("\n",
                "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
                "Số: 12/KH-UBND Nghệ An, ngày 05 tháng 03 năm 2025",
                "KẾ HOẠCH",
                "Chuyển đổi số và phát triển khoa học, công nghệ năm 2025",
                "",
                "I. MỤC TIÊU", ""));
        for (int i = 1; i <= 8; i++) {
            clean.append(i).append(". Phát triển hạ tầng số đồng bộ, hiện đại; phủ sóng mạng di động đến mọi thôn trên địa bàn tỉnh.\n");
            clean.append("- Nâng cao chất lượng dịch vụ công trực tuyến cho người dân và doanh nghiệp trên địa bàn tỉnh.\n");
            clean.append("- Đẩy mạnh đào tạo nguồn nhân lực số cho các cơ quan nhà nước và các trường học.\n");
            clean.append("- Phát triển kinh tế số, xã hội số; chuyển đổi số trong các cơ quan nhà nước của tỉnh.\n");
        }
        clean.append("Nơi nhận:\n- Như trên.\n");
        Files.writeString(corpus.resolve("clean.txt"), clean, StandardCharsets.UTF_8);
        r.add("camket.corpus", corpus::toString);
        r.add("camket.index", () -> tempDir("camket-stripped-index"));
    }

    private static String tempDir(String name) {
        try {
            return Files.createTempDirectory(name).toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Autowired MockMvc mvc;

    private String body(String url) throws Exception {
        var res = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(res.getStatus()).as(url).isEqualTo(200);
        return res.getContentAsString(StandardCharsets.UTF_8);
    }

    private String recordWith(String word) throws Exception {
        String json = body("/api/search?plan=" + PLAN + "&type=clause&size=100&q=" + word);
        List<String> ids = JsonPath.read(json, "$.hits[?(@.text =~ /.*" + word + ".*/)].id");
        assertThat(ids).as("a clause holding " + word).isNotEmpty();
        return ids.getFirst();
    }

    @Test
    void theRecordPageShowsTheRestoredReadingMarkedWithThePrintedTextOneClickAway() throws Exception {
        String id = recordWith("qxzvwk");
        String html = body("/records/" + id);
        assertThat(html).contains("khôi phục dấu tự động");
        assertThat(html).contains("Phát triển"); // the restored reading
        assertThat(html).containsPattern("<details class=\"printed\"><summary>[^<]+</summary>\\s*<blockquote class=\"text\">- Phat trien ha tang so");
        assertThat(html).containsPattern("<u class=\"uncertain\" title=\"[^\"]+\">qxzvwk</u>");
        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert");
        // the citation quotes the printed text, not the machine's reading
        String citation = html.substring(html.indexOf("id=\"citation\""));
        citation = citation.substring(0, citation.indexOf("</textarea>"));
        assertThat(citation).contains("“- Phat trien ha tang so").doesNotContain("Phát triển");
    }

    @Test
    void theApiReturnsTheRestoredReadingBesideThePrintedText() throws Exception {
        String json = body("/api/records/" + recordWith("qxzvwk"));
        String printed = JsonPath.read(json, "$.clause.text");
        String restored = JsonPath.read(json, "$.clause.restored.text");
        List<List<Integer>> uncertain = JsonPath.read(json, "$.clause.restored.uncertain");
        assertThat(printed).startsWith("- Phat trien");
        assertThat(restored).startsWith("- Phát triển");
        assertThat(uncertain).isNotEmpty().allSatisfy(u -> assertThat(u.get(0)).isLessThan(u.get(1)));
    }

    @Test
    void thePlanPageShowsTheRestoredReadingByDefaultAndThePrintedOnAsking() throws Exception {
        String restored = body("/plans/" + PLAN);
        assertThat(restored).contains("khôi phục dấu tự động").contains("reading=printed").contains("Phát triển");
        assertThat(restored).doesNotContain("<script>alert");
        String printed = body("/plans/" + PLAN + "?reading=printed");
        assertThat(printed).contains("khôi phục dấu tự động").contains("href=\"/plans/" + PLAN + "\"");
        String outline = printed.substring(printed.indexOf("id=\"outline\""), printed.indexOf("id=\"tasks\""));
        assertThat(outline).contains("Phat trien ha tang so").doesNotContain("Phát triển");
    }

    @Test
    void thePlansSourceViewSwitchesBetweenRestoredAndPrintedLines() throws Exception {
        String restored = source(body("/plans/" + PLAN));
        // line for line, with the printed lines' anchors; uncertain words underlined; escaped
        assertThat(restored).contains("<ol class=\"source restored\">").contains("id=\"L8\"").contains("Phát triển hạ tầng số");
        assertThat(restored).containsPattern("<u class=\"uncertain\" title=\"[^\"]+\">qxzvwk</u>");
        assertThat(restored).doesNotContain("<script>alert").contains("&lt;script&gt;");
        assertThat(restored.split("<li ", -1)).hasSize(15); // the 14 printed lines, one for one
        String printed = source(body("/plans/" + PLAN + "?reading=printed"));
        assertThat(printed).contains("<ol class=\"source\">").contains("- Phat trien ha tang so dong bo").doesNotContain("Phát triển");
    }

    private static String source(String html) {
        String s = html.substring(html.indexOf("<section id=\"source\">"));
        return s.substring(0, s.indexOf("</section>"));
    }

    @Test
    void searchSnippetsShowTheRestoredReadingMarkedAndEscaped() throws Exception {
        String html = body("/search?plan=" + PLAN + "&q=phat+trien");
        assertThat(html).contains("khôi phục dấu tự động");
        assertThat(html).containsPattern("<mark>[Pp]hát</mark>");
        assertThat(html).doesNotContain("<script>alert");
    }

    @Test
    void exportsCarryThePrintedAndTheRestoredText() throws Exception {
        String csv = body("/search.csv?plan=" + PLAN);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(rows).isNotEmpty();
        assertThat(rows.getFirst().getParser().getHeaderNames()).contains("text", "restored");
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("text")).contains("Phat trien");
            assertThat(r.get("restored")).contains("Phát triển");
        });
        String json = body("/search.json?plan=" + PLAN);
        List<Map<String, String>> records = JsonPath.read(json, "$.records");
        assertThat(records).isNotEmpty().allSatisfy(r -> assertThat(r).containsKeys("text", "restored"));
        assertThat(records).anySatisfy(r -> assertThat(r.get("restored")).isNotNull().isNotEqualTo(r.get("text")));
    }
}
