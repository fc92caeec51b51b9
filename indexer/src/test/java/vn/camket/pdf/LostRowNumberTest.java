package vn.camket.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * In a numbered table, a row whose number the OCR lost, standing closer under the row above than
 * the table's other rows (a scan's boxes), still opens a row where its task starts a sentence
 * after a gap wider than the lines' own spacing; a wrapped line of a task that starts with a
 * capital (a name) right below its line stays in its row. Pages are made here word by word.
 */
class LostRowNumberTest {
    private final WordPages pages = new WordPages(100, 250, 1300, 1800, 2300);

    private void row(String number, String first, String second, String lead, int below) {
        pages.line(number, first, lead, "Sở Tài chính", "Năm 2026");
        pages.line(null, second, null, null, null);
        pages.line(null, "trên địa bàn tỉnh", null, null, null);
        pages.down(below);
    }

    @Test
    void aRowWithoutItsNumberOpensWhereItsTaskStartsASentence() {
        pages.line("STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Tiến độ");
        pages.down(30);
        row("1", "Xây dựng kế hoạch", "Nghị quyết số 57", "Sở Nội vụ", 30);
        row("2", "Ban hành quy chế", "quản lý dữ liệu", "Sở Y tế", 10);
        row(null, "Tổ chức hội nghị", "về chuyển đổi số", "Công an tỉnh", 30);
        row("4", "Rà soát văn bản", "pháp luật hiện hành", "Sở Tư pháp", 30);

        List<String> rows = pages.rebuilt();
        assertThat(rows).hasSize(5);
        assertThat(rows.get(1)).startsWith("1 | Xây dựng kế hoạch Nghị quyết số 57 trên địa bàn tỉnh");
        assertThat(rows.get(2)).startsWith("2 | Ban hành quy chế quản lý dữ liệu trên địa bàn tỉnh |");
        assertThat(rows.get(3)).startsWith("3 | Tổ chức hội nghị về chuyển đổi số trên địa bàn tỉnh |");
    }
}
