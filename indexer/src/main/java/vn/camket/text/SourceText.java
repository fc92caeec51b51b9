package vn.camket.text;

import java.util.List;

/**
 * A plan text split into lines, normalized (NFKC) but otherwise as printed. Line numbers are
 * 1-based, as shown to users and stored in records. {@code pages} gives, for a text made from a
 * PDF, the 1-based page of each line (same length as {@code lines}); it is empty for a text file.
 * {@code boxes} gives, for a text made from a PDF, where each line stands on its page (an entry
 * may be null: a line the reader made, such as a blank between paragraphs); empty otherwise.
 */
public record SourceText(String source, List<String> lines, List<Integer> pages, List<PageBox> boxes) {
    public SourceText(String source, List<String> lines) {
        this(source, lines, List.of(), List.of());
    }

    public SourceText(String source, List<String> lines, List<Integer> pages) {
        this(source, lines, pages, List.of());
    }

    public int size() {
        return lines.size();
    }

    /** The line with the given 1-based number. */
    public String line(int number) {
        return lines.get(number - 1);
    }

    /** The page the given 1-based line stands on, or 0 when the text has no pages. */
    public int page(int number) {
        return pages.isEmpty() || number < 1 || number > pages.size() ? 0 : pages.get(number - 1);
    }
}
