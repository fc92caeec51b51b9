package vn.camket.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a line of a text made from a PDF stands on its page, as shares of the page's width and
 * height (0 at the top left, 1 at the bottom right), so that any rendering of the page, at any
 * resolution, can be cropped to a record. Kept per line beside the stored text of a plan
 * ({@link #encode}): a record's box is the union of its lines' boxes on its page.
 */
public record PageBox(double left, double top, double right, double bottom) {
    public PageBox {
        if (!(0 <= left && left <= right && right <= 1 && 0 <= top && top <= bottom && bottom <= 1)) {
            throw new IllegalArgumentException("not a box within a page: " + left + "," + top + "," + right + "," + bottom);
        }
    }

    /** A box given in pixels of a page image of the given size, clamped to the page; null for a page of no size. */
    public static PageBox ofPixels(int left, int top, int right, int bottom, int width, int height) {
        if (width <= 0 || height <= 0 || right < left || bottom < top) return null;
        return new PageBox(clamp((double) left / width), clamp((double) top / height),
                clamp((double) right / width), clamp((double) bottom / height));
    }

    /** The smallest box holding both; {@code other} may be null. */
    public PageBox union(PageBox other) {
        if (other == null) return this;
        return new PageBox(Math.min(left, other.left), Math.min(top, other.top), Math.max(right, other.right), Math.max(bottom, other.bottom));
    }

    /** This box grown by a margin on every side (shares of the page), within the page. */
    public PageBox grown(double margin) {
        return new PageBox(clamp(left - margin), clamp(top - margin), clamp(right + margin), clamp(bottom + margin));
    }

    /**
     * The boxes of a text's lines, one per line, written as ten-thousandths of the page
     * ({@code "812,1030,9120,1188"}) separated by spaces, {@code "-"} for a line without one.
     */
    public static String encode(List<PageBox> boxes) {
        StringBuilder b = new StringBuilder();
        for (PageBox box : boxes) {
            if (!b.isEmpty()) b.append(' ');
            if (box == null) b.append('-');
            else b.append(String.format(Locale.ROOT, "%d,%d,%d,%d", tenThousandths(box.left), tenThousandths(box.top),
                    tenThousandths(box.right), tenThousandths(box.bottom)));
        }
        return b.toString();
    }

    /** The boxes written by {@link #encode}, one per line; a part that is not a box (a damaged field) is a line without one. */
    public static List<PageBox> decode(String encoded) {
        List<PageBox> out = new ArrayList<>();
        if (encoded == null || encoded.isBlank()) return out;
        for (String part : encoded.trim().split("\\s+")) out.add(decodeOne(part));
        return out;
    }

    /** The union of the boxes of lines {@code from}..{@code to} (1-based, inclusive) that {@code onPage} accepts; null when none has one. */
    public static PageBox union(List<PageBox> boxes, int from, int to, java.util.function.IntPredicate onPage) {
        PageBox out = null;
        for (int line = Math.max(1, from); line <= Math.min(to, boxes.size()); line++) {
            PageBox b = boxes.get(line - 1);
            if (b != null && onPage.test(line)) out = out == null ? b : out.union(b);
        }
        return out;
    }

    private static PageBox decodeOne(String part) {
        String[] v = part.split(",");
        if (v.length != 4) return null;
        try {
            double[] d = new double[4];
            for (int i = 0; i < 4; i++) d[i] = Integer.parseInt(v[i]) / 10_000.0;
            return new PageBox(d[0], d[1], d[2], d[3]);
        } catch (IllegalArgumentException e) {
            return null; // as said: a line without a box
        }
    }

    private static int tenThousandths(double share) {
        return (int) Math.round(share * 10_000);
    }

    private static double clamp(double share) {
        return Math.max(0, Math.min(1, share));
    }
}
