package vn.camket.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a table whose OCR printed each cell as a block of its own (lines separated by a blank
 * line), cells of a row in column order and rows one after the other: which block is which column,
 * and where each row starts. A hidden Markov model decoded with Viterbi: the states are the
 * columns; a block moves right along the row (skipping a column costs: the cell was empty), stays
 * in its column (a cell the OCR broke in two), or wraps to the row's first columns (a new row).
 * The emission is the {@link CellScorer}'s fit of the block to the column.
 */
public final class BlockSequence {
    /** Cost of a column skipped (an empty cell): empty cells are common in the last columns only. */
    private static final double SKIP = 1.5;
    /** Cost of a cell continued over a blank line. */
    private static final double CONTINUE = 2.5;
    /** Cost of starting a row. */
    private static final double NEW_ROW = 1.0;

    private final List<ColumnKind> columns;
    private final CellScorer scorer;

    /** {@code columns} left to right, without the number column (a row's number is a block of its own). */
    public BlockSequence(List<ColumnKind> columns, CellScorer scorer) {
        this.columns = List.copyOf(columns);
        this.scorer = scorer;
    }

    /** One decoded block: its index in the input, its column, and whether a row starts with it. */
    public record Cell(int block, ColumnKind column, boolean rowStart) {}

    /**
     * The column of each block, and where rows start. {@code startsRow[i]} forces a row to start at
     * block i (its number stood just before it).
     */
    public List<Cell> decode(List<String> blocks, boolean[] startsRow) {
        int n = blocks.size(), m = columns.size();
        if (n == 0 || m == 0) return List.of();
        double[][] best = new double[n][m];
        int[][] back = new int[n][m];
        boolean[][] newRow = new boolean[n][m];
        double[][] emit = new double[n][];
        for (int i = 0; i < n; i++) emit[i] = scorer.scores(blocks.get(i), columns);
        for (int c = 0; c < m; c++) best[0][c] = emit[0][c] - SKIP * c - NEW_ROW;
        for (int i = 1; i < n; i++) {
            for (int c = 0; c < m; c++) {
                double top = Double.NEGATIVE_INFINITY;
                int arg = 0;
                boolean argNew = false;
                for (int p = 0; p < m; p++) {
                    double wrap = -NEW_ROW - SKIP * c;
                    double along = c > p ? -SKIP * (c - p - 1) : c == p && !startsRow[i] ? -CONTINUE : Double.NEGATIVE_INFINITY;
                    if (startsRow[i]) along = Double.NEGATIVE_INFINITY;
                    boolean isNew = wrap > along;
                    double t = best[i - 1][p] + Math.max(wrap, along);
                    if (t > top) {
                        top = t;
                        arg = p;
                        argNew = isNew;
                    }
                }
                best[i][c] = top + emit[i][c];
                back[i][c] = arg;
                newRow[i][c] = argNew;
            }
        }
        int c = 0;
        for (int k = 1; k < m; k++) if (best[n - 1][k] > best[n - 1][c]) c = k;
        int[] path = new int[n];
        boolean[] starts = new boolean[n];
        for (int i = n - 1; i >= 0; i--) {
            path[i] = c;
            starts[i] = i == 0 || newRow[i][c];
            c = back[i][c];
        }
        List<Cell> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new Cell(i, columns.get(path[i]), starts[i]));
        return out;
    }

}
