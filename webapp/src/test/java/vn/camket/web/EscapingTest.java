package vn.camket.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.camket.io.JsonLines;

/**
 * A plan whose title, clauses, tasks and agency cells carry HTML, script and spreadsheet-formula
 * payloads: no page shows them as markup, JSON stays well formed, CSV cells cannot run as formulas,
 * and ids cannot walk out of the index.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EscapingTest {
    static final List<String> RAW = List.of("<script>alert", "<img src=x", "<svg/onload", "<b>chung", "<i>Khoa");

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) throws Exception {
        Path corpus = Files.createTempDirectory("camket-evil-corpus");
        Files.writeString(corpus.resolve("evil.txt"), String.join("\n",
                "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH",
                "Số: 99/KH-UBND Hà Tĩnh, ngày 01 tháng 06 năm 2025",
                "KẾ HOẠCH",
                "<script>alert('title')</script> Chuyển đổi số <img src=x onerror=alert(1)>",
                "",
                "I. MỤC TIÊU",
                "1. Mục tiêu <b>chung</b>",
                "- =HYPERLINK(\"http://evil\") phủ sóng 5G <script>alert('clause')</script>",
                "- @SUM(A1) dịch vụ công trực tuyến toàn trình",
                "II. NHIỆM VỤ",
                "- +cmd|' /C calc'!A0 chuyển đổi số <svg/onload=alert(1)>",
                "Nơi nhận:",
                "- Như trên.",
                "",
                "PHỤ LỤC I",
                "DANH MỤC NHIỆM VỤ",
                "(Kèm theo Kế hoạch số 99/KH-UBND ngày 01/6/2025 của UBND tỉnh Hà Tĩnh)",
                "TT Tên nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời gian hoàn thành",
                "1 Xây dựng <script>alert('task')</script> nền tảng số dùng chung toàn tỉnh Sở <i>Khoa học</i> và Công nghệ Các sở, ngành 6/2025",
                "2 Triển khai =cmd| chuyển đổi số <svg/onload=alert(1)> cho các cơ quan nhà nước Sở Nội vụ Các sở, ngành 12/2025",
                ""));
        Files.copy(Path.of(System.getProperty("camket.root", "..")).resolve("corpus").resolve("003_301995bf51d8d685.txt"),
                corpus.resolve("003_301995bf51d8d685.txt"));
        Path index = Files.createTempDirectory("camket-evil-index");
        r.add("camket.corpus", corpus::toString);
        r.add("camket.index", index::toString);
    }

    @Autowired MockMvc mvc;

    private String body(String url) throws Exception {
        var res = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(res.getStatus()).as(url).isLessThan(500);
        return res.getContentAsString(StandardCharsets.UTF_8);
    }

    private static void assertNoRawMarkup(String url, String body) {
        for (String raw : RAW) assertThat(body).as(url).doesNotContain(raw);
    }

    @Test
    void noPageShowsPayloadsAsMarkup() throws Exception {
        assertNoRawMarkup("/", body("/"));
        for (String q : List.of("script", "chuyển đổi số", "<script>alert(1)</script>", "HYPERLINK", "")) {
            String url = "/search?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8) + "&plan=99-kh-ubnd-2025-06-01";
            assertNoRawMarkup(url, body(url));
        }
        String json = body("/api/search?plan=99-kh-ubnd-2025-06-01&size=100");
        JsonLines.MAPPER.readTree(json); // well formed
        List<String> ids = JsonPath.read(json, "$.hits[*].id");
        assertThat(ids).hasSizeGreaterThanOrEqualTo(4);
        for (String id : ids) {
            assertNoRawMarkup("/records/" + id, body("/records/" + id));
            JsonLines.MAPPER.readTree(body("/api/records/" + id));
        }
        assertNoRawMarkup("/plans/99-kh-ubnd-2025-06-01", body("/plans/99-kh-ubnd-2025-06-01"));
        JsonLines.MAPPER.readTree(body("/api/plans/99-kh-ubnd-2025-06-01"));
        String feed = body("/search.atom?plan=99-kh-ubnd-2025-06-01");
        for (String raw : RAW) assertThat(feed).doesNotContain(raw);
    }

    @Test
    void csvCellsCannotRunAsFormulas() throws Exception {
        String csv = body("/search.csv?plan=99-kh-ubnd-2025-06-01");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(rows).isNotEmpty();
        assertThat(rows).anySatisfy(r -> assertThat(r.get("text")).startsWith("'"));
        for (CSVRecord r : rows) {
            for (String cell : r) assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
        }
    }

    @Test
    void idsCannotWalkOut() throws Exception {
        for (String url : List.of("/plans/..%2F..%2Fetc%2Fpasswd", "/records/..%2F..%2Fpom.xml", "/api/plans/..%2F..%2Fetc",
                "/plans/../../etc/passwd")) {
            int code = mvc.perform(get(url)).andReturn().getResponse().getStatus();
            assertThat(code).as(url).isBetween(400, 499);
        }
    }
}
