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
        // an OCR letterhead written for the test: the two header columns read across, Đ printed as P or b
        Plan p = parse("UY BAN NHAN DAN CONG HOA XA HQI CHU NGHIA VIET NAM\n\nTINH PAK LAK Poc lap - Tw do - Hanh phic\n"
                + "S6: 412/KH-UBND bak Lak, ngay 19 thang 07 nam 2025\nKE HOACH\n\nTrién khai chuyén déi s6 nam 2025\n\nCan ctr ...");
        assertThat(p.number()).isEqualTo("412/KH-UBND");
        assertThat(p.date()).isEqualTo("2025-07-19");
        assertThat(p.province()).isEqualTo("Đắk Lắk");
        assertThat(p.provinceToday()).isEqualTo("Đắk Lắk");
        assertThat(p.id()).isEqualTo("412-kh-ubnd-2025-07-19");
        assertThat(p.issuer()).isEqualTo("Ủy ban nhân dân tỉnh Đắk Lắk");
        assertThat(p.title()).startsWith("Trién khai");
    }

    @Test
    void fallsBackToTheAppendixCaptionWhenTheHeaderIsLost() {
        Plan p = parse("Triển khai Nghị quyết 57-NQ/TW ngày 22 tháng 12 năm 2024\n\nNội dung.\n\nPHỤ LỤC 1\n"
                + "(Kèm theo Kế hoạch số 63/KH-UBND ngày 14 tháng 03 năm 2025 của UBND tỉnh Kiên Giang)\n");
        assertThat(p.number()).isEqualTo("63/KH-UBND");
        assertThat(p.date()).isEqualTo("2025-03-14");
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
    void everyBundledPlanHasAProvinceANumberAndADate() throws Exception {
        // a property of whatever plans the corpus holds (a plan added later is checked too): each says who
        // issued it, its number and its date in its letterhead or its appendix caption
        SourceTextLoader loader = new SourceTextLoader();
        List<java.nio.file.Path> files;
        try (var s = java.nio.file.Files.list(TestPaths.corpus())) {
            files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (java.nio.file.Path f : files) {
            Plan p = parser.parse(loader.load(f));
            assertThat(p.number()).as(f.toString()).matches("\\d+/[A-ZĐ-]+");
            assertThat(p.date()).as(f.toString()).matches("20\\d\\d-\\d\\d-\\d\\d");
            assertThat(p.province()).as(f.toString()).isNotBlank();
        }
    }
}
