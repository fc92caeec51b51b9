package vn.camket.pdf;

import java.util.List;

/**
 * The words read from one page (1-based {@code number}), the page's size in the same pixels, and
 * how they were read ({@code ocr} or {@code text-layer}). {@code error} is set when the page could
 * not be read: the page then has no words and the rest of the plan is kept.
 */
public record PageWords(int number, int width, int height, List<Word> words, String source, String error) {
    public static PageWords failed(int number, String error) {
        return new PageWords(number, 0, 0, List.of(), "ocr", error);
    }

    public boolean failed() {
        return error != null;
    }
}
