package vn.camket.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A header cell whose label names two columns ("Chủ trì" and "Phối hợp" read as one piece, the
 * rule between them read as a stroke joining them) is cut where the rows' words leave a gutter under
 * it, so every row keeps its lead and coordinating agencies apart; a column whose label names both
 * and whose rows' words run across it (a merged "chủ trì, phối hợp" column) stays one.
 * Pages are made here word by word.
 */
class SplitHeaderCellTest {
    /** The rule between the two labels, read as one long stroke that joins them into one piece. */
    private static final String STROKE = "_______________";

    private static void task(WordPages pages, String task, String lead, String coordinating) {
        pages.line(task, lead, coordinating, "Quý I/2026");
        pages.line("triển khai theo", null, null, null);
        pages.line("Nghị quyết của tỉnh", null, null, null);
        pages.down(12);
    }

    @Test
    void aCellNamingTwoColumnsIsCutAtTheBodysGutter() {
        WordPages pages = new WordPages(100, 1300, 1800, 2300);
        pages.at(100, "Nhiệm vụ");
        pages.at(1300, "Chủ trì " + STROKE + " Phối hợp");
        pages.at(2300, "Tiến độ");
        pages.line();
        pages.down(40);
        task(pages, "Xây dựng kế hoạch", "Sở Tài chính", "Sở Nội vụ");
        task(pages, "Ban hành quy chế", "Sở Y tế", "Sở Tư pháp");
        task(pages, "Tổ chức hội nghị", "Công an tỉnh", "Sở Công Thương");
        task(pages, "Rà soát văn bản", "Sở Xây dựng", "Thanh tra tỉnh");

        List<String> rows = pages.rebuilt();
        assertThat(rows.getFirst().split(" \\| ")).hasSize(4);
        assertThat(rows.subList(1, rows.size())).containsExactly(
                "Xây dựng kế hoạch triển khai theo Nghị quyết của tỉnh | Sở Tài chính | Sở Nội vụ | Quý I/2026",
                "Ban hành quy chế triển khai theo Nghị quyết của tỉnh | Sở Y tế | Sở Tư pháp | Quý I/2026",
                "Tổ chức hội nghị triển khai theo Nghị quyết của tỉnh | Công an tỉnh | Sở Công Thương | Quý I/2026",
                "Rà soát văn bản triển khai theo Nghị quyết của tỉnh | Sở Xây dựng | Thanh tra tỉnh | Quý I/2026");
    }

    @Test
    void aMergedColumnWhoseRowsRunAcrossItStaysOne() {
        WordPages pages = new WordPages(100, 1300, 2300);
        pages.at(100, "Nhiệm vụ");
        pages.at(1300, "Chủ trì, phối hợp");
        pages.at(2300, "Tiến độ");
        pages.line();
        pages.down(40);
        // each row's lead, then its coordinating agency on the line below, both from the column's left
        for (String[] r : List.of(new String[] {"Xây dựng kế hoạch", "Sở Tài chính,", "Sở Nội vụ"},
                new String[] {"Ban hành quy chế", "Sở Y tế;", "Sở Tư pháp"},
                new String[] {"Tổ chức hội nghị", "Công an tỉnh;", "các sở"},
                new String[] {"Rà soát văn bản", "Sở Xây dựng,", "Thanh tra"})) {
            pages.line(r[0], r[1], "Quý I/2026");
            pages.line("triển khai theo", r[2], null);
            pages.line("Nghị quyết của tỉnh", null, null);
            pages.down(12);
        }

        assertThat(pages.rebuilt()).containsExactly(
                "Nhiệm vụ | Chủ trì, phối hợp | Tiến độ",
                "Xây dựng kế hoạch triển khai theo Nghị quyết của tỉnh | Sở Tài chính, Sở Nội vụ | Quý I/2026",
                "Ban hành quy chế triển khai theo Nghị quyết của tỉnh | Sở Y tế; Sở Tư pháp | Quý I/2026",
                "Tổ chức hội nghị triển khai theo Nghị quyết của tỉnh | Công an tỉnh; các sở | Quý I/2026",
                "Rà soát văn bản triển khai theo Nghị quyết của tỉnh | Sở Xây dựng, Thanh tra | Quý I/2026");
    }
}
