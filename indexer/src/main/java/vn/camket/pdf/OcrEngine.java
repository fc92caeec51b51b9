package vn.camket.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;

/** Reads the words of one page image. Implementations must be safe to call from several threads. */
public interface OcrEngine {
    List<Word> read(BufferedImage page) throws IOException;

    /** Names the engine and its settings; part of the OCR cache key, so changing them reads again. */
    String id();
}
