package vn.camket.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineParserTest {
    private final DeadlineParser parser = new DeadlineParser();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Tháng 12/2025 | 2025-12",
            "1212025 | 2025-12",
            "Năm 2025 và tháng 3l2026 | 2026-03",
            "Hoàn thành trong tháng 6/2025; trình HĐND vào tháng 12/2025 | 2025-12",
            "Trước 20/3/2025 | 2025-03-20",
            "Quý II/2025 | 2025-Q2",
            // the numeral's strokes misread as digits or letters: a quarter is never past IV
            "Quy 11/2027 | 2027-Q2",
            "Quy 1/2029 | 2029-Q1",
            "Quý lV năm 2028 | 2028-Q4",
            "Quy 1v/2031 | 2031-Q4",
            "Quy Ill/2030 | 2030-Q3",
            "Quý 3/2032 | 2032-Q3",
            // a serif II read as H, the numeral glued to "Quý", the slash a fraction slash or doubled
            "Quý H/2027 | 2027-Q2",
            "QuýIV năm 2028 | 2028-Q4",
            "Quý III⁄2029 | 2029-Q3",
            "Quý ll/⁄2027 | 2027-Q2",
            "Trước 18⁄6⁄2027 | 2027-06-18",
            "Năm 2025 | 2025",
            // dates written out in words: the month or the day, not the bare year
            "Tháng 9 năm 2027 | 2027-09",
            "Truoc ngay 14 thang 5 nam 2028 | 2028-05-14",
            "Tháng 3 năm 2027; tháng 10 năm 2027 | 2027-10",
            "Hoan thang trong ndm 2025 | 2025",
            "2025-2030 | 2025..2030",
            "Giai đoạn 2026 - 2030 | 2026..2030",
            "Từ năm 2025 | 2025..",
            "Thường xuyên | ongoing",
            "2025 và những năm tiếp theo | ongoing",
            "Thuong xuyén, hang nam | ongoing",
            "Hằng năm | annual",
            "Hang ndm | annual",
            // "nhiệm" is a word of its own, no misread "năm" (one letter too long)
            "Thang nhiem 7/2027 | 2027-07",
            "Sau khi Bộ Khoa học và Công nghệ ban hành hướng dẫn | conditional",
            "Trudng hop duoc lua chon | conditional",
            "theo Quyét dinh cua Thu tuong | conditional",
            "Theo huéng dan cia B6 Khoa hoc | conditional",
            "theo D€ an cua B06 Khoa hoc va Cong nghé | conditional",
            "theo Dé an, hoan thanh nam 2026 | 2026",
            "Hoan thanh trong nam | unknown",
            "'' | unknown",
    })
    void normalizes(String raw, String expected) {
        assertThat(parser.parse(raw).normalized()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} in a 2027 plan -> {1}")
    @CsvSource(delimiter = '|', value = {
            // the date of a cited decision beside the cell is no due date of a plan issued later
            "Thuong xuyen Quyet dinh so 12/QD-UBND ngay 3/4/2026 | ongoing",
            "Quý II/2027 theo Kế hoạch ngày 15/8/2026 | 2027-Q2",
            "ngày 9/10/2026 | unknown",
            "Giai đoạn 2026 - 2030 | 2026..2030"})
    void aDateOfAnEarlierYearIsACitedDocumentsNotTheDueDate(String raw, String expected) {
        assertThat(parser.parse(raw, "2027").normalized()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} in a 2026 plan -> {1}")
    @CsvSource(delimiter = '|', value = {"Tháng 02 | 2026-02", "Trước 23/02 | 2026-02-23", "Tháng 3/2027 | 2027-03"})
    void completesDatesWithoutYearFromThePlanYear(String raw, String expected) {
        assertThat(parser.parse(raw, "2026").normalized()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Tháng 12/2025 | dated", "2025-2030 | period", "Hằng năm | annual"})
    void keepsRawAndKind(String raw, String kind) {
        var d = parser.parse(raw);
        assertThat(d.raw()).isEqualTo(raw);
        assertThat(d.kind().name()).isEqualTo(kind);
    }

    @Test
    void readsAYearNoPlanOfItsYearSetsADeadlineInAsTheOcrsMisreading() {
        assertThat(parser.parse("Trước 15/12/2046", "2026").normalized()).isEqualTo("2026-12-15");
        // a letter for the year's last digit, a digit too many: still the plan's year
        assertThat(parser.parse("Trước ngày 31/3/202q", "2026").normalized()).isEqualTo("2026-03-31");
        assertThat(parser.parse("Năm 29026", "2026").normalized()).isEqualTo("2026");
        // no deadline has a time of day: a colon in a date is its slash misread
        assertThat(parser.parse("Quý II:2025", "2025").normalized()).isEqualTo("2025-Q2");
        assertThat(parser.parse("11:2025", "2025").normalized()).isEqualTo("2025-11");
        assertThat(parser.parse("Giai đoạn 2026-2030", "2026").normalized()).isEqualTo("2026..2030");
    }

    @Test
    void readsAStandingDutyWhoseWordsTheOcrGarbled() {
        assertThat(parser.parse("Nhiémvu thudng xuyén", "2026").kind()).isEqualTo(vn.camket.model.Deadline.Kind.ongoing);
    }

    @Test
    void readsTheYearsAfterAStageAsAPeriodWhereTheOcrLostTheirDash() {
        assertThat(parser.parse("Giai doan 2027 2031", "2027").normalized()).isEqualTo("2027..2031");
        assertThat(parser.parse("Giai đoạn 2027 – 2031", "2027").normalized()).isEqualTo("2027..2031");
        // two years side by side without the stage's word are two milestones: the later one
        assertThat(parser.parse("Năm 2027 2031", "2027").normalized()).isEqualTo("2031");
    }
}
