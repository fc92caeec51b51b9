package vn.camket.pdf;

/**
 * One word on a page with its box in pixels of the page image (origin top left) and the OCR's
 * confidence (0-100; 100 for a text layer). {@code line} is the reader's own line id, when it has
 * one (Tesseract's block/paragraph/line), used only to estimate the page's skew.
 */
public record Word(String text, int left, int top, int right, int bottom, double conf, String line) {
    public int width() {
        return right - left;
    }

    public int height() {
        return bottom - top;
    }

    public double centerX() {
        return (left + right) / 2.0;
    }

    public double centerY() {
        return (top + bottom) / 2.0;
    }
}
