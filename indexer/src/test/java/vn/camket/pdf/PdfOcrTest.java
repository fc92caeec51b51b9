package vn.camket.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camket.model.ParsedPlan;
import vn.camket.parse.PlanParser;
import vn.camket.text.Fold;
import vn.camket.text.Similarity;
import vn.camket.text.SourceText;
import vn.camket.text.SourceTextLoader;

/**
 * The whole OCR path: a plan printed to PDF, its pages turned into a scan (200 dpi, turned by a
 * degree, blurred, images only), read by Tesseract through the corpus loader; the rows come back
 * as pipe lines with their cells close to what was printed, and the parser reads them.
 * Needs Tesseract with its Vietnamese model (.ci/run installs it); skipped without.
 */
class PdfOcrTest {
    @TempDir Path dir;

    @Test
    void aScannedTurnedBlurredPlanComesBackRowByRow() throws Exception {
        TesseractOcr tesseract = new TesseractOcr();
        Assumptions.assumeTrue(tesseract.problem().isEmpty(), "Tesseract with 'vie' not available (" + tesseract.problem().orElse("")
                + "): " + TesseractOcr.INSTALL_HINT + "; OCR test skipped");
        PlanPdfs.Layout layout = new PlanPdfs.Layout(List.of("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian hoàn thành"),
                true, false, true, true, 11);
        List<PlanPdfs.Row> rows = PlanPdfs.rows(10, List.of("stt", "task", "lead", "coord", "result", "deadline"));
        Path printed = dir.resolve("printed.pdf"), scan = dir.resolve("scan.pdf");
        PlanPdfs.write(printed, layout, rows);
        PlanPdfs.scan(printed, scan, 200, 1.0);

        List<String> log = new ArrayList<>();
        PdfPlanReader reader = new PdfPlanReader(tesseract, null, new OcrCache(dir.resolve("ocr")), 2, 300, log::add);
        SourceText text = new PlanSource(new SourceTextLoader(), reader, log::add).load(scan);

        int close = 0;
        for (PlanPdfs.Row r : rows) {
            String number = r.cells().getFirst();
            for (String line : text.lines()) {
                String[] cells = line.split(" \\| ", -1);
                if (cells.length == 6 && cells[0].strip().equals(number) && similar(cells[1], r.cells().get(1)) && similar(cells[2], r.cells().get(2))
                        && similar(cells[5], r.cells().get(5))) {
                    close++;
                    break;
                }
            }
        }
        assertThat(close).as("rows read back in their columns, of:%n%s", String.join("\n", text.lines())).isGreaterThanOrEqualTo(9);
        assertThat(text.lines()).anyMatch(l -> similar(l, "Thực hiện chuyển đổi số và đổi mới sáng tạo năm 2026"));

        ParsedPlan parsed = PlanParser.withDefaults().parse(text);
        assertThat(parsed.tasks().size()).as("rows the parser reads").isBetween(8, 11);
    }

    /** Within 10 % of characters, case and marks as printed. */
    private static boolean similar(String read, String printed) {
        String a = read.strip(), b = printed.strip();
        if (b.isEmpty()) return a.isEmpty();
        return Similarity.levenshtein(a, b) <= Math.max(1, b.length() / 10) || Fold.fold(a).equals(Fold.fold(b));
    }
}
