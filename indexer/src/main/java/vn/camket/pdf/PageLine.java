package vn.camket.pdf;

/**
 * One line of the text made from a PDF, with the 1-based page it stands on and, where it was read
 * from words on the page, the box around them in pixels of the page image ({@code box} null for a
 * line the reader made, such as a blank between paragraphs).
 */
public record PageLine(String text, int page, Pixels box) {
    /** A box in pixels of the page image, origin top left. */
    public record Pixels(int left, int top, int right, int bottom) {}

    public PageLine(String text, int page) {
        this(text, page, null);
    }

    /** A line made of the given lines' words, with the box around them all. */
    static PageLine around(String text, int page, java.util.List<Line> lines) {
        if (lines.isEmpty()) return new PageLine(text, page);
        int left = Integer.MAX_VALUE, top = Integer.MAX_VALUE, right = Integer.MIN_VALUE, bottom = Integer.MIN_VALUE;
        for (Line l : lines) {
            left = Math.min(left, l.left());
            top = Math.min(top, l.top());
            right = Math.max(right, l.right());
            bottom = Math.max(bottom, l.bottom());
        }
        return new PageLine(text, page, new Pixels(left, top, right, bottom));
    }
}
