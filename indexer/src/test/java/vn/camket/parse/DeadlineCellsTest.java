package vn.camket.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeadlineCellsTest {
    private static final int WIDTH = 60;

    @Test
    void ignoresTheTasksOwnDatesInTheTaskColumn() {
        assertThat(DeadlineCells.deadlineInTail("Xay dung ke hoach nam 2025 de trien khai cac nhiem vu trong tam cua tinh",
                WIDTH, Integer.MAX_VALUE)).isEmpty();
    }

    @Test
    void takesDeadlineWordsThatCloseTheLine() {
        assertThat(DeadlineCells.deadlineInTail("13 AR f o ox A doanh nghiep Thuong xuyen", WIDTH, Integer.MAX_VALUE))
                .isEqualTo("thuong xuyen");
    }

    @Test
    void takesAMonthWithoutItsYearThatClosesTheLine() {
        assertThat(DeadlineCells.deadlineInTail("Lap danh muc du an uu tien keu goi dau tu So Tai chinh Bao cao Thang 09",
                WIDTH, Integer.MAX_VALUE)).isEqualTo("thang 09");
        // "tháng" of the task's own words, with its year, is the task's
        assertThat(DeadlineCells.deadlineInTail("Tong ket so ket trong thang 7 nam 2024 cac chuong trinh cua tinh da co",
                WIDTH, Integer.MAX_VALUE)).isEmpty();
    }

    @Test
    void takesDeadlineWordsRightOfAnAgencyColumn() {
        String line = "NN , A , S& Noi vu sau khi BO Noi1 vu ban hanh";
        assertThat(DeadlineCells.deadlineInTail(line, WIDTH, Integer.MAX_VALUE)).isEmpty();
        assertThat(DeadlineCells.deadlineInTail(line, WIDTH, 9)).isEqualTo("sau khi");
    }

    @Test
    void takesWordsOfADeadlineThatWaitsOnAnotherBody() {
        String line = "9 Trien khai thi diem ban sao so cho it nhat mot thanh | kien UBND So Khoa hoc va Cong theo Quyet";
        assertThat(DeadlineCells.deadlineInTail(line, 80, Integer.MAX_VALUE)).isEqualTo("theo quyet");
    }

    @Test
    void findsADayDeadlineWhoseWordsStandOnTheLineBefore() {
        assertThat(DeadlineCells.deadlineCell("Kế hoạch Trước ngày  23/02/2026 Quyết định số 05")).startsWith("Trước ngày");
    }

    @Test
    void takesAYearAndTheFollowingYearsSplitOverTwoLines() {
        String first = "DEy manh SO hoa dir lieu, khai thac ung dung cat giam Cac SO, ban, Van phong UBND tinh, 2025 va nhiing";
        // the garbled "những" read through the channel as the deadline word it is
        assertThat(DeadlineCells.deadlineInTail(first, WIDTH, 60)).isEqualTo("2025 va nhung");
        assertThat(DeadlineCells.deadlineInTail("A Y X 2k 2 s S6 KHCN nam ti€p theo", WIDTH, Integer.MAX_VALUE)).isEqualTo("nam tiep theo");
    }

    @Test
    void gathersADeadlineCellWrappedOverTheRowsLines() {
        // a narrow deadline column right of the task: its wording runs on over three lines
        java.util.List<String> lines = java.util.List.of(
                "Xay dung co so du lieu dung chung ve dat dai | So Tai nguyen | Cac xa | Thuong | Bao cao",
                "va tai nguyen nuoc tren dia ban toan tinh     | va Moi truong |        | xuyen, lien",
                "theo huong dan cua co quan cap tren            |               |        | tuc");
        assertThat(DeadlineCells.wrappedCell(lines, 48)).isEqualTo("thuong xuyen lien tuc");
        java.util.List<String> quarter = java.util.List.of(
                "Ban hanh quy che van hanh trung tam du lieu   So Noi vu   Quy IV   Quyet dinh",
                "cua tinh theo mo hinh moi                               nam 2026");
        assertThat(DeadlineCells.wrappedCell(quarter, 48)).isEqualTo("quy iv nam 2026");
    }

    @Test
    void theTasksOwnDatesAndNumbersAreNoPieces() {
        // "năm 2025" in the task's own words, near the line's start; a lone count right of it opens no cell
        java.util.List<String> lines = java.util.List.of("Tong ket nam 2025 cac chuong trinh chuyen doi so cua 12 xa");
        assertThat(DeadlineCells.wrappedCell(lines, 60)).isEmpty();
    }

    @Test
    void aStrokeAfterQuyIsTheQuarterNumeralOne() {
        java.util.List<String> glued = java.util.List.of(
                "Ban hanh ke hoach phat trien ha tang so cua tinh   So Tai chinh   Quy! nam",
                "theo lo trinh cua trung uong                                     2026");
        assertThat(DeadlineCells.wrappedCell(glued, 48)).isEqualTo("quy i nam 2026");
        java.util.List<String> apart = java.util.List.of(
                "Ban hanh ke hoach phat trien ha tang so cua tinh   So Tai chinh   Quy | nam",
                "theo lo trinh cua trung uong                                     2026");
        assertThat(DeadlineCells.wrappedCell(apart, 48)).isEqualTo("quy i nam 2026");
    }

    @Test
    void aDateInTheTasksLastWordsOnAShortLineIsTheTasks() {
        // the task's sentence ends on a short line ("… giai" ⏎ "doan 2026 - 2030 lien"): its period is the task's, not the cell's
        assertThat(DeadlineCells.deadlineInTail("doan 2026 - 2030 lien", 60, Integer.MAX_VALUE)).isEmpty();
        // a year standing past the task's last words on a short line is a cell's piece
        assertThat(DeadlineCells.deadlineInTail("cac dia phuong 2026", 40, Integer.MAX_VALUE)).isEqualTo("2026");
    }
}
