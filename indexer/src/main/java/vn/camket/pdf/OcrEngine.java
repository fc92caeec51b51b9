package vn.camket.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;

/** Reads the words of one page image. Implementations must be safe to call from several threads. */
public interface OcrEngine {
    /** The words of a page rendered at {@link PdfPlanReader#DPI}, in its pixels. */
    List<Word> read(BufferedImage page) throws IOException;

    /** The words of a page rendered at {@code dpi}, in its pixels; engines that look at sizes in pixels override it. */
    default List<Word> read(BufferedImage page, float dpi) throws IOException {
        return read(page);
    }

    /** Names the engine and its settings; part of the OCR cache key, so changing them reads again. */
    String id();
}
