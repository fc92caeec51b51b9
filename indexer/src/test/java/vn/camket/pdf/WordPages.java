package vn.camket.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Pages made word by word, as a scan's OCR gives them, for the table tests: lines of cells standing
 * at the given columns' x, each 40 pixels high and 50 below the one before, words 22 pixels a letter.
 */
final class WordPages {
    private final int[] columns;
    private final List<PageWords> pages = new ArrayList<>();
    private List<Word> words = new ArrayList<>();
    private int y = 100;

    WordPages(int... columns) {
        this.columns = columns;
    }

    /** One line of cells (null: an empty cell). */
    void line(String... cells) {
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] == null) continue;
            int x = columns[c];
            for (String w : cells[c].split(" ")) {
                words.add(new Word(w, x, y, x + 22 * w.length(), y + 40, 95, null));
                x += 22 * w.length() + 15;
            }
        }
        y += 50;
    }

    /** Words standing from x on the line being made, wherever the columns are (the next {@link #line} ends it). */
    void at(int x, String text) {
        for (String w : text.split(" ")) {
            words.add(new Word(w, x, y, x + 22 * w.length(), y + 40, 95, null));
            x += 22 * w.length() + 15;
        }
    }

    /** Space of {@code pixels} more below the last line. */
    void down(int pixels) {
        y += pixels;
    }

    /** Ends the page; the next one starts below its top margin. */
    void page() {
        pages.add(new PageWords(pages.size() + 1, 2550, 3300, words, "ocr", null));
        words = new ArrayList<>();
        y = 300;
    }

    /** The table lines ("… | …") of the text made from the pages, the page being made ended. */
    List<String> rebuilt() {
        page();
        return PdfText.of("plan.pdf", pages).lines().stream().filter(l -> l.contains("|")).toList();
    }
}
