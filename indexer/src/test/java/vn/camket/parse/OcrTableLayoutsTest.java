package vn.camket.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.camket.model.TaskRow;
import vn.camket.text.SourceText;

/**
 * OCR'd task tables in layouts of our own making, diacritics lost as an English OCR model loses
 * them: a page read column by column, a merged lead/coordinating column read across, group titles
 * printed without their numeral, and "Sở" glued to the department's name.
 */
class OcrTableLayoutsTest {
    private final TaskTableParser parser = new TaskTableParser(AgencyDirectory.load(), AgencyDirectory.loadWithCentral(),
            TaskOpeners.load(), new DeadlineParser(), ThemeClassifier.load());

    private List<TaskRow> parse(List<String> lines) {
        return parser.parse(new SourceText("t.txt", lines), "p", new Appendix("I", 0, lines.size()), "2026");
    }

    @Test
    void aPageReadColumnByColumnGivesEachRowTheDeadlineAndLeadOfItsPlaceInTheBlocks() {
        // the header names task, deadline, a lead label the OCR garbled ("Chd tri"), coordinating; the page
        // below it printed the task cells first, then the deadline column, then the lead column under its
        // garbled label (a deadline wording garbled too: "Truc ngay"), one cell per row in the rows' order
        List<TaskRow> rows = parse(List.of(
                "Noi dung nhiem vu Thoi han Chd tri Phoi hop",
                "",
                "Xay dung co so du lieu ve doanh nghiep khoi nghiep sang",
                "tao tren dia ban tinh",
                "",
                "Ban hanh quy che quan ly, khai thac du lieu dung chung",
                "cua cac co quan nha nuoc",
                "",
                "To chuc dao tao ky nang so cho can bo, cong chuc cap",
                "xa trong toan tinh",
                "",
                "Thoi han",
                "Quy III nam 2026",
                "",
                "Truc ngay",
                "15/10/2026",
                "",
                "Thuong xuyen",
                "",
                "Chd tri",
                "S6 Tai chinh",
                "",
                "Cong an tinh",
                "",
                "S6 Noi vu",
                "",
                "Phoi hop",
                "Cac so, ban, nganh",
                "",
                "S6 Y te",
                "",
                "Thanh tra tinh"));
        assertThat(rows).hasSize(3);
        assertThat(rows).extracting(r -> r.deadline().normalized()).containsExactly("2026-Q3", "2026-10-15", "ongoing");
        assertThat(rows).extracting(TaskRow::lead).containsExactly(List.of("Sở Tài chính"), List.of("Công an tỉnh"), List.of("Sở Nội vụ"));
    }

    @Test
    void aMergedLeadAndCoordinatingCellReadAcrossLeadsWithTheNamesBeforeChuTri() {
        // lead and coordinating agencies in one column, the OCR reading the table line by line across it:
        // the name the cell says leads ("... chu tri") may stand after another the cell names first
        List<TaskRow> rows = parse(List.of(
                "STT Noi dung nhiem vu Co quan chu tri, phoi hop Thoi gian",
                "1 Xay dung ke hoach chuyen doi so trong cac co Cac so, nganh phoi hop;  Quy IV/2026",
                "quan nha nuoc va doanh nghiep nho va vua S6 Tu phap chu tri",
                "2 Trien khai nen tang hoc tap so cho hoc sinh va S6 Y te, Cong an tinh chu  Nam 2027",
                "giao vien tren toan dia ban tinh tri; Thanh tra tinh phoi hop"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).lead()).containsExactly("Sở Tư pháp");
        assertThat(rows.get(1).lead()).startsWith("Sở Y tế");
    }

    @Test
    void aLineInCapitalsOpensNoTask() {
        assertThat(TaskTableParser.inCapitals("THUC DAY MANH ME HOAT DONG KHOA HOC, CONG NGHE TRONG DOANH NGHIEP")).isTrue();
        assertThat(TaskTableParser.inCapitals("Xay dung Trung tam doi moi sang tao ve du lieu")).isFalse();
        assertThat(TaskTableParser.inCapitals("UBND tinh")).isFalse();
    }

    @Test
    void sOGluedToTheDepartmentsNameIsReadApart() {
        AgencyDirectory agencies = AgencyDirectory.load();
        assertThat(agencies.resolve("SOY te")).containsExactly("Sở Y tế");
        assertThat(agencies.resolve("S6Yte; Thanh tra tinh")).containsExactly("Sở Y tế", "Thanh tra tỉnh");
        assertThat(agencies.resolve("SOTaichinh chu tri")).containsExactly("Sở Tài chính");
        // a word of capitals that opens with S is no department for it ("SANG TAO", "STT")
        assertThat(agencies.resolve("SANG TAO VA CHUYEN DOI SO")).isEmpty();
        assertThat(agencies.resolve("STT Noi dung")).isEmpty();
    }
}
