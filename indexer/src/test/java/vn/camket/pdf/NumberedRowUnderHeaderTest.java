package vn.camket.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A numbered row standing right under its header, its first line in short pieces (the OCR ran
 * words together: "phápluật", "SởTư pháp"), is the table's first row, not a header label wrapped
 * over another line: a header's labels never open with a row's number. Pages are made here word
 * by word.
 */
class NumberedRowUnderHeaderTest {
    private final WordPages pages = new WordPages(100, 250, 1300, 1800, 2300);

    @Test
    void aNumberedLineRightUnderTheHeaderIsTheFirstRow() {
        pages.line("STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Tiến độ");
        pages.down(12);
        pages.line("5", "Rà soát quy địnhpháp luật", "SởTư pháp", "Sở Nội vụ", "2025");
        pages.line(null, "để tháo gỡ", null, null, null);
        pages.down(40);
        pages.line("6", "Xây dựng cơ sở dữ liệu chuyên ngành", "Sở Y tế", "Sở Tài chính", "2026");
        pages.line(null, "phục vụ quản lý", null, null, null);
        pages.down(40);
        pages.line("7", "Đào tạo nhân lực số", "Sở Nội vụ", "Sở Công Thương", "Quý IV/2026");

        List<String> rows = pages.rebuilt();
        // the header keeps its labels alone; the row under it opens with its number (where the
        // borders fall in a table of three rows is not what is tested here)
        assertThat(rows.getFirst()).startsWith("STT | Nhiệm vụ |").doesNotContain("Rà soát").doesNotContain("5");
        assertThat(rows).anyMatch(r -> r.startsWith("5 | Rà soát quy địnhpháp luật"));
        assertThat(rows).hasSize(4);
    }

    @Test
    void aLineOfColumnNumbersUnderTheHeaderStaysInIt() {
        pages.line("STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Tiến độ");
        pages.line("(1)", "(2)", "(3)", "(4)", "(5)");
        pages.down(40);
        pages.line("1", "Xây dựng cơ sở dữ liệu chuyên ngành", "Sở Y tế", "Sở Tài chính", "2026");

        assertThat(pages.rebuilt()).last().isEqualTo("1 | Xây dựng cơ sở dữ liệu chuyên ngành | Sở Y tế | Sở Tài chính | 2026");
    }
}
