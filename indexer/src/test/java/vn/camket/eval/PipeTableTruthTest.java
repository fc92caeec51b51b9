package vn.camket.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PipeTableTruthTest {
    private static final List<String> TEXT = List.of(
            "PHỤ LỤC",
            "",
            "| STT | Chỉ tiêu | Đơn vị | Cơ quan chủ trì theo dõi |",
            "| --- | --- | --- | --- |",
            "| **I** | **Đến năm 2030** | | |",
            "| 1 | Tỷ lệ hồ sơ trực tuyến toàn trình | % | Văn phòng Chính phủ |",
            "",
            "Danh mục nhiệm vụ",
            "| TT | Tên nhiệm vụ | Kết quả | Cơ quan chủ trì | Cơ quan phối hợp |",
            "|---|---|---|---|---|",
            "| **I.** | Hoàn thiện thể chế | | | |",
            "| 1. | Sửa đổi quy chế quản lý quỹ phát triển | Quyết định | Bộ Tài chính | Các bộ |",
            "|  | khoa học và công nghệ | | | |",
            "| 2. | Xây dựng nền tảng học tập số | Nền tảng | Bộ Giáo dục và Đào tạo, Bộ Nội vụ | |",
            "| **II.** | Hạ tầng số | | | |",
            "| 3. | Phủ sóng mạng di động thế hệ mới | Báo cáo | Các bộ, ngành, địa phương | |",
            "Văn bản tiếp tục.");

    @Test
    void readsTaskRowsByTheirNumberWithColumnsFromTheHeader() {
        PipeTableTruth.Tables t = PipeTableTruth.read(TEXT);
        assertThat(t.tasks()).extracting(TruthRow::row).containsExactly("1", "2", "3");
        assertThat(t.tasks()).extracting(TruthRow::group).containsExactly("I", "I", "II");
        assertThat(t.tasks().get(0).task()).isEqualTo("Sửa đổi quy chế quản lý quỹ phát triển khoa học và công nghệ");
        assertThat(t.tasks().get(0).leadAlternatives()).containsExactly(List.of("Bộ Tài chính"));
        assertThat(t.tasks().get(1).leadAlternatives()).containsExactly(List.of("Bộ Giáo dục và Đào tạo", "Bộ Nội vụ"));
        assertThat(t.tasks().get(2).leadAlternatives()).containsExactly(List.of("Các bộ, ngành, địa phương"));
        assertThat(t.tasks()).allMatch(r -> r.deadlineNorm() == null);
    }

    @Test
    void readsIndicatorsOfATargetTable() {
        assertThat(PipeTableTruth.read(TEXT).indicators()).containsExactly("Tỷ lệ hồ sơ trực tuyến toàn trình");
    }

    @Test
    void linesThatMerelyStartWithABarAreNoTable() {
        assertThat(PipeTableTruth.read(List.of("| một dòng lẻ |", "không có đường kẻ")).tasks()).isEmpty();
    }
}
