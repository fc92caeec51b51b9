package vn.camket.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.camket.model.TaskRow;
import vn.camket.table.ColumnKind;
import vn.camket.table.HeaderReader;
import vn.camket.text.SourceText;

/** Tables written with rules between their cells (as the PDF reader rebuilds them): each cell read as its header column's. */
class RuledRowsTest {
    private final TaskTableParser parser = new TaskTableParser(AgencyDirectory.load(), AgencyDirectory.loadWithCentral(),
            TaskOpeners.load(), new DeadlineParser(), ThemeClassifier.load());

    private List<TaskRow> parse(List<String> lines) {
        return parser.parse(new SourceText("t.txt", lines), "p", new Appendix("I", 0, lines.size()), "2026");
    }

    @Test
    void aDeadlineColumnBeforeTheLeadColumnIsReadByTheHeader() {
        List<TaskRow> rows = parse(List.of(
                "Phụ lục I",
                "STT | Nội dung nhiệm vụ | Thời hạn | Cơ quan chủ trì | Cơ quan phối hợp",
                "I | XÂY DỰNG CHÍNH QUYỀN SỐ VÀ DỮ LIỆU DÙNG CHUNG",
                "1. | Nâng cấp cổng dịch vụ công của tỉnh, kết nối với Sở Tư pháp | Quý III/2026 | Sở Nội vụ | Sở Tư pháp",
                "2. | Xây dựng kho dữ liệu đất đai dùng chung | Năm 2027 | Sở Tài chính | ",
                " | đáp ứng yêu cầu của Công an tỉnh |  |  | Công an tỉnh",
                "II | PHÁT TRIỂN NHÂN LỰC SỐ",
                "1. | Tổ chức đào tạo kỹ năng số cho cán bộ cấp xã | Tháng 6/2026 | Sở Y tế | Sở Nội vụ"));
        assertThat(rows).extracting(TaskRow::row).containsExactly("1", "2", "1");
        assertThat(rows).extracting(TaskRow::group).containsExactly("I", "I", "II");
        assertThat(rows.get(0).lead()).containsExactly("Sở Nội vụ");
        assertThat(rows.get(0).deadline().normalized()).isEqualTo("2026-Q3");
        assertThat(rows.get(1).task()).endsWith("yêu cầu của Công an tỉnh");
        assertThat(rows.get(1).lead()).containsExactly("Sở Tài chính");
        assertThat(rows.get(2).lead()).containsExactly("Sở Y tế");
        assertThat(rows.get(2).deadline().normalized()).isEqualTo("2026-06");
    }

    @Test
    void localGovernmentInTheLeadCellKeepsTheLeadBesideADepartmentThatCoordinates() {
        List<TaskRow> rows = parse(List.of(
                "Phụ lục I",
                "STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn",
                "1. | Rà soát điểm phục vụ dịch vụ công trực tuyến ở cơ sở | UBND các xã, phường | Sở Y tế | Quý II/2026"));
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().lead()).containsExactly("Ủy ban nhân dân các xã, phường");
        assertThat(rows.getFirst().coordinating()).containsExactly("Sở Y tế");
    }

    @Test
    void aHeaderGarbledAsAWholeIsReadCellByCell() {
        List<String> header = List.of("TT | Tên nhiệm vụ | xq Cơ quan chủ tì | zz ˆ Cơ quan phối hợp | Kqủa | ,, Tiến độ");
        assertThat(PipeRowReader.headerColumns(header.getFirst(), HeaderReader.bundled()))
                .containsExactly(ColumnKind.NUMBER, ColumnKind.TASK, ColumnKind.LEAD, ColumnKind.COORD, ColumnKind.RESULT, ColumnKind.DEADLINE);
        // a task's row is no header, though its cells name a column word
        assertThat(PipeRowReader.headerColumns("3. | Triển khai nhiệm vụ chuyển đổi số | Sở Nội vụ | Các sở, ngành | Báo cáo | Năm 2026",
                HeaderReader.bundled())).isNull();
    }

    @Test
    void rowsUnderAGarbledHeaderKeepTheirCells() {
        List<TaskRow> rows = parse(List.of(
                "Phụ lục I",
                "TT | Tên nhiệm vụ | xq Cơ quan chủ tì | zz ˆ Cơ quan phối hợp | Kqủa | ,, Tiến độ",
                "Nâng cao nhận thức về chuyển đổi số",
                "1. | Triển khai nền tảng học tập trực tuyến cho người dân | Sở Giáo dục và Đào tạo | Sở Nội vụ | Nền tảng | Quý I/2026",
                "2. | Tổ chức hội nghị tổng kết chuyển đổi số | Sở Công Thương | Các sở, ngành | Báo cáo | Năm 2027"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).task()).startsWith("Triển khai nền tảng");
        assertThat(rows.get(0).lead()).containsExactly("Sở Giáo dục và Đào tạo");
        assertThat(rows.get(0).deadline().normalized()).isEqualTo("2026-Q1");
        assertThat(rows.get(1).lead()).containsExactly("Sở Công Thương");
    }

    @Test
    void aRowWhoseSubRowsFollowIsTheirHeading() {
        List<TaskRow> rows = parse(List.of(
                "Phụ lục I",
                "STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành",
                "1. | Xây dựng kho dữ liệu đất đai dùng chung | Sở Tài chính | Sở Nội vụ | Năm 2027",
                "2 | Lĩnh vực giáo dục và đào tạo |  |  | ",
                "2.1 | Phổ cập kỹ năng số cho học sinh trung học | Sở Giáo dục và Đào tạo | Sở Nội vụ | Năm 2026",
                "2.2 | Xây dựng kho học liệu số dùng chung | Sở Giáo dục và Đào tạo |  | Năm 2027"));
        assertThat(rows).extracting(TaskRow::row).containsExactly("1", "2.1", "2.2");
    }

    @Test
    void aTableWithoutANumberColumnHasARowALine() {
        List<TaskRow> rows = parse(List.of(
                "Phụ lục I",
                "Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn",
                "Nâng cấp cổng dịch vụ công của tỉnh | Sở Nội vụ | Sở Tư pháp | Năm 2026",
                "kết nối với hệ thống quốc gia |  |  | ",
                "Xây dựng kho dữ liệu đất đai dùng chung | Sở Tài chính | Sở Nội vụ | Quý II/2027"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).task()).endsWith("hệ thống quốc gia");
        assertThat(rows.get(1).lead()).containsExactly("Sở Tài chính");
        assertThat(rows.get(1).deadline().normalized()).isEqualTo("2027-Q2");
    }
}
