package vn.camket.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rows of a task table without a number column, read from word boxes: a row starts where the task
 * cell starts a sentence (a capital) after a gap wider than the lines' own spacing, even when the
 * gap is narrower than the one that closes a row by itself (a scan's rows stand closer), and at the
 * top of a page; a capital inside a row's lines (a name) opens nothing. Pages are made here word by word.
 */
class UnnumberedRowsTest {
    private final WordPages pages = new WordPages(100, 1300, 1800, 2300);

    private void line(String... cells) {
        pages.line(cells);
    }

    /** A row's border: a gap of 22 pixels, wider than the lines' spacing but under the limit that closes a row by itself. */
    private void border() {
        pages.down(12);
    }

    private void page() {
        pages.page();
    }

    private void task(String first, String lead) {
        line(first, lead, "Sở Nội vụ", "Quý I/2026");
        line("triển khai theo", null, null, null);
        line("Nghị quyết của tỉnh", null, null, null); // a capital inside the row: a name, not a new task
        border();
    }

    private List<String> rebuilt() {
        return pages.rebuilt();
    }

    @Test
    void aTaskStartingASentenceAfterAWiderGapOpensARow() {
        line("Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Tiến độ");
        pages.down(40);
        task("Xây dựng kế hoạch", "Sở Tài chính");
        task("Ban hành quy chế", "Sở Y tế");
        task("Tổ chức hội nghị", "Công an tỉnh");
        task("Rà soát văn bản", "Sở Xây dựng");

        assertThat(rebuilt()).containsExactly(
                "Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Tiến độ",
                "Xây dựng kế hoạch triển khai theo Nghị quyết của tỉnh | Sở Tài chính | Sở Nội vụ | Quý I/2026",
                "Ban hành quy chế triển khai theo Nghị quyết của tỉnh | Sở Y tế | Sở Nội vụ | Quý I/2026",
                "Tổ chức hội nghị triển khai theo Nghị quyết của tỉnh | Công an tỉnh | Sở Nội vụ | Quý I/2026",
                "Rà soát văn bản triển khai theo Nghị quyết của tỉnh | Sở Xây dựng | Sở Nội vụ | Quý I/2026");
    }

    @Test
    void aTaskAtThePageTopOpensARowAndARowsRestGoesOn() {
        line("Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Tiến độ");
        pages.down(40);
        task("Xây dựng kế hoạch", "Sở Tài chính");
        task("Ban hành quy chế", "Sở Y tế");
        line("Tổ chức hội nghị", "Công an tỉnh", "Sở Nội vụ", "Quý I/2026");
        page();
        line("triển khai theo", null, null, null); // the rest of the row above, past the page break
        line("Nghị quyết của tỉnh", null, null, null);
        border();
        task("Rà soát văn bản", "Sở Xây dựng");
        page();
        task("Kiểm tra việc thực hiện", "Sở Tư pháp"); // a task at the top of the page: a row of its own
        task("Đánh giá kết quả", "Thanh tra tỉnh");

        assertThat(rebuilt()).containsExactly(
                "Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Tiến độ",
                "Xây dựng kế hoạch triển khai theo Nghị quyết của tỉnh | Sở Tài chính | Sở Nội vụ | Quý I/2026",
                "Ban hành quy chế triển khai theo Nghị quyết của tỉnh | Sở Y tế | Sở Nội vụ | Quý I/2026",
                "Tổ chức hội nghị triển khai theo Nghị quyết của tỉnh | Công an tỉnh | Sở Nội vụ | Quý I/2026",
                "Rà soát văn bản triển khai theo Nghị quyết của tỉnh | Sở Xây dựng | Sở Nội vụ | Quý I/2026",
                "Kiểm tra việc thực hiện triển khai theo Nghị quyết của tỉnh | Sở Tư pháp | Sở Nội vụ | Quý I/2026",
                "Đánh giá kết quả triển khai theo Nghị quyết của tỉnh | Thanh tra tỉnh | Sở Nội vụ | Quý I/2026");
    }

    @Test
    void aRowRightUnderARepeatedHeaderIsNoPartOfItThoughItNamesAColumnWord() {
        line("Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Tiến độ hoàn");
        line(null, null, null, "thành");
        pages.down(40);
        task("Xây dựng kế hoạch", "Sở Tài chính");
        task("Ban hành quy chế", "Sở Y tế");
        page();
        line("Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Tiến độ hoàn"); // the header repeated
        line(null, null, null, "thành");
        // the first row right under it, its task naming a column's word ("đề án", as "Nhiệm vụ" does)
        line("Tổ chức các đề án về hạ tầng số của tỉnh", "Sở Công Thương", "Sở Nội vụ", "Quý I/2026");
        line("và các xã, phường", null, null, null);
        border();
        task("Rà soát văn bản", "Sở Xây dựng");

        assertThat(rebuilt()).containsExactly(
                "Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Tiến độ hoàn thành",
                "Xây dựng kế hoạch triển khai theo Nghị quyết của tỉnh | Sở Tài chính | Sở Nội vụ | Quý I/2026",
                "Ban hành quy chế triển khai theo Nghị quyết của tỉnh | Sở Y tế | Sở Nội vụ | Quý I/2026",
                "Tổ chức các đề án về hạ tầng số của tỉnh và các xã, phường | Sở Công Thương | Sở Nội vụ | Quý I/2026",
                "Rà soát văn bản triển khai theo Nghị quyết của tỉnh | Sở Xây dựng | Sở Nội vụ | Quý I/2026");
    }
}
