package vn.camket.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Group titles in a task table read from word boxes: a title is told by its Roman numeral or by
 * standing alone in the task column, and its numeral follows the sequence. The page is made here
 * word by word (a header, titles and three-line task rows), as a scan's OCR gives it.
 */
class TableTitlesTest {
    private final WordPages pages = new WordPages(100, 300, 1300, 1800, 2300);

    private void line(String... cells) {
        pages.line(cells);
    }

    private void gap() {
        pages.down(60);
    }

    private void task(String number, String lead) {
        line(number, "Xây dựng kế hoạch", lead, "Sở Nội vụ", "Quý I/2026");
        line(null, "triển khai nền tảng", null, null, null);
        line(null, "số của tỉnh", null, null, null);
        gap();
    }

    private List<String> rebuilt() {
        return pages.rebuilt();
    }

    @Test
    void titlesAreToldByTheirNumeralOrByStandingAloneAndNumberedInSequence() {
        line("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn");
        gap();
        line("I", "Nâng cao nhận thức", null, null, null); // a Roman numeral: a title
        gap();
        task("1.", "Sở Tài chính");
        line(null, "Hoàn thiện thể chế", null, null, null); // its numeral lost, alone in the task column
        gap();
        task("1.", "Sở Y tế");
        task("2.", "Sở Xây dựng");
        line("II", "Phát triển nhân lực", "chất lượng", null, null); // III read as II, its words wrapped into the next column
        gap();
        task("1.", "Công an tỉnh");

        assertThat(rebuilt()).containsExactly(
                "STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn",
                "I | Nâng cao nhận thức",
                "1. | Xây dựng kế hoạch triển khai nền tảng số của tỉnh | Sở Tài chính | Sở Nội vụ | Quý I/2026",
                "II | Hoàn thiện thể chế",
                "1. | Xây dựng kế hoạch triển khai nền tảng số của tỉnh | Sở Y tế | Sở Nội vụ | Quý I/2026",
                "2. | Xây dựng kế hoạch triển khai nền tảng số của tỉnh | Sở Xây dựng | Sở Nội vụ | Quý I/2026",
                "III | Phát triển nhân lực chất lượng",
                "1. | Xây dựng kế hoạch triển khai nền tảng số của tỉnh | Công an tỉnh | Sở Nội vụ | Quý I/2026");
    }

    @Test
    void aTaskWhoseNumberReadsAsANumeralStaysATask() {
        line("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn");
        gap();
        task("I.", "Sở Tài chính"); // "1." read "I.", but the row fills every column: a task
        task("2.", "Sở Y tế");
        assertThat(rebuilt()).hasSize(3).allSatisfy(l -> assertThat(l.split(" \\| ")).hasSize(5));
    }
}
