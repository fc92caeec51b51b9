package vn.camket.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A header repeated over a continued page whose line holds a piece of marks beside the labels
 * (a rule's end read as "Ì,HB", a stroke read as "J") keeps the table's columns: a piece naming
 * no column is no label, and the page's rows keep as many cells as the header the table was
 * opened with. Pages are made here word by word.
 */
class RepeatedHeaderMarksTest {
    private final WordPages pages = new WordPages(100, 1300, 1800, 2300, 2750);

    private void task(String first, String lead) {
        pages.line(first, lead, "Sở Nội vụ", "Quý I/2026");
        pages.line("triển khai theo", null, null, null);
        pages.line("Nghị quyết của tỉnh", null, null, null);
        pages.down(12);
    }

    @Test
    void marksBesideARepeatedHeaderMakeNoColumn() {
        pages.line("Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Tiến độ");
        pages.down(40);
        task("Xây dựng kế hoạch", "Sở Tài chính");
        task("Ban hành quy chế", "Sở Y tế");
        pages.page();
        pages.line("Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Tiến độ", "Ì,HB");
        pages.down(40);
        task("Tổ chức hội nghị", "Công an tỉnh");
        task("Rà soát văn bản", "Sở Xây dựng");

        assertThat(pages.rebuilt()).containsExactly(
                "Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Tiến độ",
                "Xây dựng kế hoạch triển khai theo Nghị quyết của tỉnh | Sở Tài chính | Sở Nội vụ | Quý I/2026",
                "Ban hành quy chế triển khai theo Nghị quyết của tỉnh | Sở Y tế | Sở Nội vụ | Quý I/2026",
                "Tổ chức hội nghị triển khai theo Nghị quyết của tỉnh | Công an tỉnh | Sở Nội vụ | Quý I/2026",
                "Rà soát văn bản triển khai theo Nghị quyết của tỉnh | Sở Xây dựng | Sở Nội vụ | Quý I/2026");
    }
}
