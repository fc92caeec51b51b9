package vn.camket.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts each word of a table row into its column when the OCR read the row line by line across
 * the columns ("Xây dựng đề án … Sở Nội vụ Các sở, ban, ngành Tháng 3/2026"). A sequence model
 * decoded with Viterbi per line: the states are the columns, left to right; along a line a word
 * stays in its column or moves right (cheaply where a name, a date or a column rule begins, dearly
 * inside one); a line may open in any column (the task's cell ends before the others do). The
 * emission of a word in a column comes from the lexicons (through {@link Word#fit}) and from where
 * the word stands: the task column is the first and widest, so a word far past its width is in
 * another column, and one near the line's start is the task's.
 */
public final class LineSegmenter {
    /** Cost of a column boundary inside a name or a date the lexicons read as one. */
    private static final double INSIDE_SPAN = 2.5;
    /** Cost of a column boundary elsewhere. */
    private static final double BOUNDARY = 0.6;
    /** Cost of a line opening past the first column. */
    private static final double LATE_START = 0.8;
    /** Cost of staying in a column across a column rule. */
    private static final double ACROSS_RULE = 4;
    /** Cost per word of a word of the first column standing past its width, or of another near the line's start. */
    private static final double OUT_OF_PLACE = 1.5;

    /**
     * A word of a line: its character offset, its fit to each column (from the lexicons), whether
     * a name or a date read by the lexicons goes on through it from the word before (no column
     * boundary there), whether a column rule stands before it, and what the lexicons read it as
     * (for the caller; the segmenter uses only the fit).
     */
    public record Word(String text, int offset, double[] fit, boolean continuesSpan, boolean ruleBefore, String kind) {}

    /**
     * The column of each word of each line. {@code firstColumnWidth} is the typical width in
     * characters of the first column's lines.
     */
    public static List<int[]> segment(List<List<Word>> lines, int columns, int firstColumnWidth) {
        List<int[]> out = new ArrayList<>();
        for (List<Word> line : lines) out.add(segmentLine(line, columns, firstColumnWidth));
        return out;
    }

    static int[] segmentLine(List<Word> words, int m, int width) {
        int n = words.size();
        int[] path = new int[n];
        if (n == 0 || m == 1) return path;
        double[][] best = new double[n][m];
        int[][] back = new int[n][m];
        for (int i = 0; i < n; i++) {
            Word w = words.get(i);
            for (int c = 0; c < m; c++) {
                double e = w.fit()[c] + position(w, c, width);
                if (i == 0) {
                    best[0][c] = e - (c > 0 ? LATE_START : 0);
                    continue;
                }
                double top = Double.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p <= c; p++) {
                    double t = best[i - 1][p];
                    if (p == c) {
                        if (w.ruleBefore()) t -= ACROSS_RULE;
                    } else {
                        // a cell opens with a capital: a boundary before a lower-case word is dearer
                        t -= w.continuesSpan() ? INSIDE_SPAN : w.ruleBefore() ? 0
                                : Character.isUpperCase(w.text().codePointAt(0)) ? BOUNDARY : BOUNDARY * 2;
                    }
                    if (t > top) {
                        top = t;
                        arg = p;
                    }
                }
                best[i][c] = top + e;
                back[i][c] = arg;
            }
        }
        int c = 0;
        for (int k = 1; k < m; k++) if (best[n - 1][k] > best[n - 1][c]) c = k;
        for (int i = n - 1; i >= 0; i--) {
            path[i] = c;
            c = back[i][c];
        }
        return path;
    }

    /**
     * The first column holds the line's first characters up to its width; the others stand past
     * most of it, unless the lexicons read the word as theirs (a line whose task piece has ended
     * opens with the next column's words).
     */
    private static double position(Word w, int column, int width) {
        if (column == 0) return w.offset() > width * 1.1 ? -OUT_OF_PLACE : 0;
        return w.offset() < width * 0.45 && w.fit()[column] <= 0 ? -OUT_OF_PLACE : 0;
    }
}
