package vn.camket.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.camket.model.ParsedPlan;
import vn.camket.model.TaskRow;
import vn.camket.parse.PlanParser;
import vn.camket.text.Fold;
import vn.camket.text.SourceText;
import vn.camket.text.SourceTextLoader;

/**
 * PDFs with a text layer, in several table layouts: the text made has one line per row, its cells
 * in column order separated by " | ", on the page the row was printed on, and the parser reads
 * the rows back with their leads.
 */
class PdfTextLayerTest {
    @TempDir Path dir;

    static List<Object[]> layouts() {
        return List.of(
                new Object[] {new PlanPdfs.Layout(List.of("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian hoàn thành"),
                        true, false, true, true, 10), List.of("stt", "task", "lead", "coord", "result", "deadline")},
                new Object[] {new PlanPdfs.Layout(List.of("TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"),
                        false, true, false, false, 10), List.of("stt", "task", "lead", "coord", "deadline")},
                new Object[] {new PlanPdfs.Layout(List.of("STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành", "Kết quả/sản phẩm", "Ghi chú"),
                        true, true, false, true, 11), List.of("stt", "task", "lead", "deadline", "result", "note")});
    }

    private static final Consumer<String> QUIET = m -> { };

    @ParameterizedTest
    @MethodSource("layouts")
    void rowsComeBackAsPipeLinesOnTheirPages(PlanPdfs.Layout layout, List<String> kinds) throws Exception {
        Path pdf = dir.resolve("plan.pdf");
        List<PlanPdfs.Row> rows = PlanPdfs.rows(24, kinds);
        List<Integer> pages = PlanPdfs.write(pdf, layout, rows);
        PlanSource source = new PlanSource(new SourceTextLoader(), new PdfPlanReader(null, "no OCR in this test", OcrCache.none(), 1, 300, QUIET), QUIET);
        SourceText text = source.load(pdf);

        assertThat(text.lines()).contains(String.join(" | ", layout.labels()));
        assertThat(pages.getLast()).as("the table runs over pages").isGreaterThan(2);
        for (int i = 0; i < rows.size(); i++) {
            String expected = String.join(" | ", rows.get(i).cells());
            int at = text.lines().indexOf(expected);
            assertThat(at).as("row %d as one line", i + 1).isGreaterThanOrEqualTo(0);
            assertThat(text.page(at + 1)).as("page of row %d", i + 1).isEqualTo(pages.get(i));
        }
        assertThat(text.lines()).contains("Thực hiện chuyển đổi số và đổi mới sáng tạo năm 2026");
        assertThat(text.page(1)).isEqualTo(1);

        ParsedPlan parsed = PlanParser.withDefaults().parse(text);
        int lead = kinds.indexOf("lead");
        long found = rows.stream().filter(r -> parsed.tasks().stream().anyMatch(t -> sameRow(t, r, lead))).count();
        assertThat(found).as("rows the parser reads with their lead, of %s", parsed.tasks().stream()
                        .map(t -> t.row() + " " + t.task().substring(0, Math.min(30, t.task().length())) + " / " + t.leadRaw()).toList())
                .isGreaterThanOrEqualTo(rows.size() * 9L / 10);
    }

    private static boolean sameRow(TaskRow t, PlanPdfs.Row r, int lead) {
        return Fold.fold(t.task()).startsWith(Fold.fold(r.cells().get(1)).substring(0, 25))
                && t.leadRaw() != null && Fold.fold(t.leadRaw()).contains(Fold.fold(r.cells().get(lead)));
    }
}
