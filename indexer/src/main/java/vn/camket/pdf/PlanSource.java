package vn.camket.pdf;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import vn.camket.text.PlanFileException;
import vn.camket.text.PlanLoader;
import vn.camket.text.SourceText;
import vn.camket.text.SourceTextLoader;

/**
 * A plan file of the corpus, whatever its kind: a {@code .pdf} is read through {@link PdfPlanReader}
 * (text layer or OCR) into a text with pages, anything else as a UTF-8 text file. Problems that do
 * not cost the whole file (a page whose OCR failed) go to {@code report}.
 */
public final class PlanSource implements PlanLoader {
    private final SourceTextLoader texts;
    private final PdfPlanReader pdfs;
    private final Consumer<String> report;

    public PlanSource(SourceTextLoader texts, PdfPlanReader pdfs, Consumer<String> report) {
        this.texts = texts;
        this.pdfs = pdfs;
        this.report = report;
    }

    /** Text files as always; PDFs through Tesseract (when installed), OCR kept in {@code ocrCache}; messages on stderr. */
    public static PlanSource withDefaults(Path ocrCache) {
        Consumer<String> err = m -> System.err.println(m);
        return new PlanSource(new SourceTextLoader(), PdfPlanReader.withTesseract(new OcrCache(ocrCache), err), err);
    }

    public static boolean isPdf(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    @Override
    public SourceText load(Path file) throws PlanFileException {
        if (!isPdf(file)) return texts.load(file);
        PdfPlanReader.Result r = pdfs.read(file);
        r.problems().forEach(report);
        SourceText t = PdfText.of(file.getFileName().toString(), r.pages());
        if (t.lines().isEmpty()) throw new PlanFileException(file.getFileName() + ": no text found in the PDF, skipped");
        return t;
    }
}
