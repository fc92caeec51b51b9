package vn.camket.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.camket.TestPaths;
import vn.camket.model.Plan;
import vn.camket.text.SourceText;
import vn.camket.text.SourceTextLoader;

class HeaderParserTest {
    private final HeaderParser parser = new HeaderParser(ProvinceDirectory.load());

    private Plan parse(String text) {
        return parser.parse(new SourceText("x.txt", List.of(text.split("\n"))));
    }

    @Test
    void readsOcrHeader() {
        Plan p = parse("UY BAN NHAN DAN CONG HOA XA HQI CHU NGHIA VIET NAM\n\nTINH PONG THAP Poc lap - Tw do - Hanh phac\n"
                + "S6: 77/KH-UBND bPong Thap, ngay 28 thang 02 nam 2025\nKE HOACH\n\nThue hién Nghi quyét s6 03/NQ-CP\n\nCin clr ...");
        assertThat(p.number()).isEqualTo("77/KH-UBND");
        assertThat(p.date()).isEqualTo("2025-02-28");
        assertThat(p.province()).isEqualTo("Đồng Tháp");
        assertThat(p.provinceToday()).isEqualTo("Đồng Tháp");
        assertThat(p.id()).isEqualTo("77-kh-ubnd-2025-02-28");
        assertThat(p.issuer()).isEqualTo("Ủy ban nhân dân tỉnh Đồng Tháp");
        assertThat(p.title()).startsWith("Thue hién");
    }

    @Test
    void fallsBackToTheAppendixCaptionWhenTheHeaderIsLost() {
        Plan p = parse("Triển khai Nghị quyết 57-NQ/TW ngày 22 tháng 12 năm 2024\n\nNội dung.\n\nPHỤ LỤC 1\n"
                + "(Kèm theo Kế hoạch số 181/KH-UBND ngày 25 tháng 02 năm 2025 của UBND tỉnh Kiên Giang)\n");
        assertThat(p.number()).isEqualTo("181/KH-UBND");
        assertThat(p.date()).isEqualTo("2025-02-25");
        assertThat(p.province()).isEqualTo("Kiên Giang");
        assertThat(p.provinceToday()).isEqualTo("An Giang");
    }

    @Test
    void idNeverComesFromTheFileName() {
        Plan a = parser.parse(new SourceText("one.txt", List.of("Số: 5/KH-UBND Huế, ngày 01 tháng 03 năm 2025")));
        Plan b = parser.parse(new SourceText("two.txt", List.of("Số: 5/KH-UBND Huế, ngày 01 tháng 03 năm 2025")));
        assertThat(a.id()).isEqualTo(b.id());
    }

    @Test
    void bundledPlansHaveProvinceNumberAndDate() throws Exception {
        SourceTextLoader loader = new SourceTextLoader();
        record Expect(String prefix, String number, String date, String province) {}
        for (Expect e : List.of(new Expect("000_", "77/KH-UBND", "2025-02-28", "Đồng Tháp"),
                new Expect("001_", "181/KH-UBND", "2025-02-25", "An Giang"),
                new Expect("003_", "50/KH-UBND", "2026-01-16", "Đồng Tháp"),
                new Expect("004_", "7316/KH-UBND", "2025-10-22", "Phú Thọ"))) {
            Plan p = parser.parse(loader.load(TestPaths.corpusFile(e.prefix())));
            assertThat(p.number()).as(e.prefix()).isEqualTo(e.number());
            assertThat(p.date()).as(e.prefix()).isEqualTo(e.date());
            assertThat(p.province()).as(e.prefix()).isEqualTo(e.province());
        }
    }
}
