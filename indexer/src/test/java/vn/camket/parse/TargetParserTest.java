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

    @Test
    void readsATwoDigitSubRowWhoseDotWasDroppedAndAPrintedSubRowAfterGarbledOnes() {
        List<Target> rows = parse(
                "TT Chỉ tiêu Cơ quan chủ trì theo dõi, đánh giá",
                "1 | Chuyển đổi số",
                "1.1 | Tỷ lệ phủ sóng 5G trên địa bàn > 90%. Sở Khoa học và Công nghệ",
                "1.9 | Tỷ lệ giao dịch không dùng tiền mặt đạt tối thiểu 60%. Ngân hàng Nhà nước tỉnh",
                "1.10 | Quy mô kinh tế số phấn đấu đạt tối thiểu 22% GRDP. Sở Khoa học và Công nghệ",
                "111 Đóng góp của năng suất nhân tố tổng hợp (TFP) đạt 55%. Sở Tài chính",
                "Z9 ))) Cơ sở giáo dục có trang thông tin điện tử. Sở Giáo dục và Đào tạo",
                "1.14 | 100% trường học thanh toán không dùng tiền mặt. Sở Giáo dục và Đào tạo");
        assertThat(rows).extracting(Target::row).containsExactly("1", "1.1", "1.9", "1.10", "1.11", "1.14");
        assertThat(rows.get(3).indicator()).doesNotContain("TFP");
        assertThat(rows.get(5).indicator()).doesNotContain("trang thông tin");
    }

    @Test
    void aPrintedSubRowCountsAlsoWhenEverySubRowBeforeItWasGarbled() {
        List<Target> rows = parse(
                "TT Chỉ tiêu Cơ quan chủ trì theo dõi, đánh giá",
                "2 | Phát triển nguồn lực",
                "71 Có > 1,5% tổng chi ngân sách địa phương chi cho khoa học. Sở Tài chính",
                "2.4 | 90% dân số trưởng thành tiếp cận dịch vụ số trong y tế. Bảo hiểm xã hội tỉnh",
                "3 | Phát triển khoa học, công nghệ");
        assertThat(rows).extracting(Target::row).containsExactly("2", "2.4", "3");
        assertThat(rows.get(0).indicator()).doesNotContain("dân số trưởng thành");
    }

    @Test
    void aRowCentredInItsCellOpensWithASentenceAboveItsNumber() {
        List<Target> rows = parse(
                "TT Chỉ tiêu Cơ quan chủ trì theo dõi, đánh giá",
                "1 | Chuyển đổi số",
                "1.1 | Tỷ lệ phủ sóng 5G trên địa bàn > 90%. Sở Khoa học và Công nghệ",
                "1.12 | Tỷ lệ giao dịch không dùng tiền mặt đạt tối thiểu 60%. Ngân hàng Nhà nước tỉnh",
                "1.13 | Phát triển mạnh về công nghệ mới (AI, robot, vật liệu mới), sở hữu công Sở Khoa học và Công nghệ",
                "trình nghiên cứu tầm vóc, ứng dụng rộng rãi.",
                "Kinh tế số đạt tối thiểu 60% GRDP; các ngành đều có khả năng cạnh tranh, xuất khẩu dịch",
                "1.14 | I ew SO d% 01A iéu 6(24 G ; các ngành Các sở, ban, ngành",
                "vụ số, sản phẩm công nghệ cao.",
                "Sở Khoa học và Công nghệ",
                "1.15 | Đóng góp của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng.",
                "SGY té",
                "1.16 | 100% cơ sở y tế dùng bệnh án điện tử. Sở Y tế");
        assertThat(rows).extracting(Target::row).containsExactly("1", "1.1", "1.12", "1.13", "1.14", "1.15", "1.16");
        assertThat(rows.get(3).indicator()).doesNotContain("GRDP");
        assertThat(rows.get(4).indicator()).startsWith("Kinh tế số đạt tối thiểu 60% GRDP");
        // a name alone below a row's sentence, even one garbled past reading, is that row's lead cell, not the next row's start
        assertThat(rows.get(4).indicator()).contains("Sở Khoa học và Công nghệ");
        assertThat(rows.get(5).indicator()).contains("SGY té");
    }
}
