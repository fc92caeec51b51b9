package vn.camket.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each page of a text made from a PDF begins: the page's number and its first line (1-based).
 * Kept beside the stored text of a plan instead of a page per line: a plan has a few dozen pages and
 * thousands of lines. Written as {@code "1:1 2:57 3:120"}.
 */
public final class PageStarts {
    private PageStarts() {}

    /** One page's beginning: the page number and its first line. */
    public record Start(int page, int line) {}

    /** The beginnings of the pages of a text, from the page of each line; none for a text without pages. */
    public static List<Start> of(SourceText text) {
        List<Start> out = new ArrayList<>();
        int last = 0;
        for (int line = 1; line <= text.pages().size(); line++) {
            int page = text.page(line);
            if (page > 0 && page != last) out.add(new Start(page, line));
            last = page;
        }
        return out;
    }

    /** The page the given 1-based line stands on, by where the pages begin (0 before the first). */
    public static int pageOf(List<Start> starts, int line) {
        int page = 0;
        for (Start s : starts) {
            if (s.line() > line) break;
            page = s.page();
        }
        return page;
    }

    public static String encode(List<Start> starts) {
        StringBuilder b = new StringBuilder();
        for (Start s : starts) b.append(b.isEmpty() ? "" : " ").append(s.page()).append(':').append(s.line());
        return b.toString();
    }

    /** The starts written by {@link #encode}; anything else in the string (a damaged field) is skipped. */
    public static List<Start> decode(String encoded) {
        List<Start> out = new ArrayList<>();
        if (encoded == null) return out;
        for (String part : encoded.trim().split("\\s+")) {
            int colon = part.indexOf(':');
            if (colon < 1) continue;
            try {
                int page = Integer.parseInt(part.substring(0, colon)), line = Integer.parseInt(part.substring(colon + 1));
                if (page > 0 && line > 0) out.add(new Start(page, line));
            } catch (NumberFormatException e) {
                // skipped, as said
            }
        }
        return out;
    }
}
