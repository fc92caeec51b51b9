package vn.camket.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.camket.model.Target;
import vn.camket.text.SourceText;

class TargetParserTest {
    private final TargetParser parser = new TargetParser(new TargetValueParser(), AgencyDirectory.load(), ThemeClassifier.load());

    private List<Target> parse(String... lines) {
        SourceText src = new SourceText("t.txt", List.of(lines));
        return parser.fromTable(src, "p", new Appendix("I", 0, lines.length), "2025");
    }

    @Test
    void startsARowAtANumberStandingAloneOnItsLine() {
        List<Target> rows = parse(
                "TT Chỉ tiêu Cơ quan chủ trì theo dõi, đánh giá",
                "I | Đến hết năm 2030",
                "1 | Tỷ lệ phủ sóng 5G đạt 90%. Sở Khoa học và Công nghệ",
                "", "2", "", "Xây dựng ngân hàng dữ liệu số di sản của tỉnh.", "", "Sở Khoa học và Công nghệ",
                "", "3", "", "Hình thành 2 trung tâm sáng tạo văn hóa.", "", "Sở Văn hóa, Thể thao và Du lịch");
        assertThat(rows).extracting(Target::row).containsExactly("1", "2", "3");
        assertThat(rows.get(1).indicator()).startsWith("Xây dựng ngân hàng dữ liệu").doesNotContain("văn hóa");
        assertThat(rows.get(2).lead()).containsExactly("Sở Văn hóa, Thể thao và Du lịch");
    }

    @Test
    void aHorizonHeadingOpensAGroupWhoseRowsMayNumberAfreshOrGoOn() {
        List<Target> rows = parse(
                "TT Chỉ tiêu Cơ quan chủ trì theo dõi, đánh giá",
                "I | Đến hết năm 2025",
                "1 | Phát triển hạ tầng",
                "1.1 | Tỷ lệ phủ sóng 5G trên địa bàn > 60%. Sở Khoa học và Công nghệ",
                "11 | Đến hết năm 2030",
                "1 | Phát triển hạ tầng",
                "1.1 | Tỷ lệ phủ sóng 5G trên địa bàn > 90%. Sở Khoa học và Công nghệ",
                "II1 | Đến hết năm 2045",
                "2 | Tỷ lệ phủ sóng 6G trên địa bàn đạt 100%. Sở Khoa học và Công nghệ");
        assertThat(rows).extracting(Target::row).containsExactly("1", "1.1", "1", "1.1", "2");
        assertThat(rows).extracting(Target::horizon).containsExactly("2025", "2025", "2030", "2030", "2045");
        assertThat(rows.get(3).indicator()).contains("> 90%").doesNotContain("6G");
    }

    @Test
    void aRowNumberedOnItsSecondLineBeginsAtTheFigureAbove() {
        List<Target> rows = parse(
                "TT Chỉ tiêu Cơ quan chủ trì theo dõi, đánh giá",
                "1 | Lĩnh vực Nông nghiệp và Môi trường",
                "100% các sản phẩm OCOP ứng dụng hệ thống truy xuất",
                "1.1 nguồn gốc điện tử. Sở Nông nghiệp và Môi trường",
                "Triển khai hằng năm tối thiểu 10 mô hình AI dự báo dịch bệnh,",
                "1.2 | cảnh báo sớm cho người dân. Sở Nông nghiệp và Môi trường");
        assertThat(rows).extracting(Target::row).containsExactly("1", "1.1", "1.2");
        assertThat(rows.get(0).indicator()).isEqualTo("Lĩnh vực Nông nghiệp và Môi trường");
        assertThat(rows.get(1).indicator()).startsWith("100% các sản phẩm OCOP").contains("truy xuất nguồn gốc");
    }

    @Test
    void readsASignForALostSubRowNumber() {
        assertThat(TargetParser.readLostSubRow("3¢ | Hinh thanh benh vien so", "3.5")).isEqualTo("3.6 | Hinh thanh benh vien so");
        assertThat(TargetParser.readLostSubRow("3¢ | Hinh thanh", "2.5")).isEqualTo("3¢ | Hinh thanh");
        assertThat(TargetParser.readLostSubRow("3¢ | Hinh thanh", "3")).isEqualTo("3¢ | Hinh thanh");
    }
}
