package vn.camket.pdf;

import java.util.Arrays;
import java.util.List;

/**
 * One printed line of a page: its words left to right, in page coordinates corrected for the
 * page's skew, and the line's box. {@code coreTop}/{@code coreBottom} are the median top and
 * bottom of its words: a tall mark (a stroke of a ruled line read as a letter, a stamp) widens the
 * box but not the core, so gaps between lines are measured between cores.
 */
public record Line(int page, List<Word> words, int left, int top, int right, int bottom, int coreTop, int coreBottom) {
    static Line of(int page, List<Word> words) {
        int l = Integer.MAX_VALUE, t = Integer.MAX_VALUE, r = Integer.MIN_VALUE, b = Integer.MIN_VALUE;
        int[] tops = new int[words.size()], bottoms = new int[words.size()];
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            l = Math.min(l, w.left());
            t = Math.min(t, w.top());
            r = Math.max(r, w.right());
            b = Math.max(b, w.bottom());
            tops[i] = w.top();
            bottoms[i] = w.bottom();
        }
        Arrays.sort(tops);
        Arrays.sort(bottoms);
        return new Line(page, List.copyOf(words), l, t, r, b, tops[tops.length / 2], bottoms[bottoms.length / 2]);
    }

    public int height() {
        return coreBottom - coreTop;
    }

    /** The words joined by single spaces. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Word w : words) sb.append(sb.isEmpty() ? "" : " ").append(w.text());
        return sb.toString();
    }
}
