package vn.camket.table;

import java.util.ArrayList;
import java.util.List;
import vn.camket.table.BlockSequence.Block;
import vn.camket.table.BlockSequence.Cell;

/**
 * Reads a page of a table that the OCR printed column by column: a table without rules is often
 * read as text columns, so the page gives every task of the page, then every lead, then every
 * result and every deadline, each cell a block of its own. A hidden Markov model decoded with
 * Viterbi: the states are the columns, left to right; a block stays in the cell before it (a cell
 * the OCR broke over a blank line), opens the next cell of the same column, or opens a column
 * further right, never one to the left. The emission is the {@link CellScorer}'s fit of the block
 * to the column. The k-th cell of each column is the k-th row's. A later page printed the same
 * way starts a new sweep over the columns, back at the first.
 */
public final class ColumnMajorSequence {
    /** Cost of a cell continued over a blank line: as in the row-by-row reading. */
    private static final double CONTINUE = BlockSequence.CONTINUE;
    /** Cost of a new cell in the same column. */
    private static final double NEW_CELL = 0.3;
    /** Cost of a column passed over (empty on the page). */
    private static final double SKIPPED = 1.0;
    /**
     * Cost of a sweep going back to an earlier column: the next page (or the rest of a page the
     * OCR read in two parts) printed column by column again.
     */
    private static final double SWEEP = 4.0;
    /** Cost of a cell opening in lower case: the genre's cells open with a capital (see {@link BlockSequence}). */
    private static final double LOWER_OPENING = BlockSequence.LOWER_OPENING;

    private final List<ColumnKind> columns;
    private final CellScorer scorer;

    /** {@code columns} left to right, without the number column. */
    public ColumnMajorSequence(List<ColumnKind> columns, CellScorer scorer) {
        this.columns = List.copyOf(columns);
        this.scorer = scorer;
    }

    /** A decoded block: its index, its column, whether it opens a cell, and the sweep over the columns it belongs to (0, 1, …). */
    public record Placed(int block, ColumnKind column, boolean opensCell, int sweep) {}

    /** Each block's column, whether it opens a cell, and its sweep. */
    public List<Placed> decode(List<Block> blocks) {
        int n = blocks.size(), m = columns.size();
        if (n == 0 || m == 0) return List.of();
        double[][] best = new double[n][m];
        int[][] back = new int[n][m];
        boolean[][] opens = new boolean[n][m];
        boolean[][] swept = new boolean[n][m];
        for (int c = 0; c < m; c++) best[0][c] = scorer.score(blocks.get(0).text(), columns.get(c)) - SKIPPED * c;
        for (int i = 1; i < n; i++) {
            Block b = blocks.get(i);
            double[] emit = scorer.scores(b.text(), columns);
            double opening = b.opensLower() ? LOWER_OPENING : 0;
            double cont = b.opensLower() ? 0 : CONTINUE;
            for (int c = 0; c < m; c++) {
                double top = Double.NEGATIVE_INFINITY;
                int arg = 0;
                boolean open = true;
                boolean sweep = false;
                for (int p = c + 1; p < m; p++) {
                    double back1 = best[i - 1][p] - opening - SWEEP - SKIPPED * c;
                    if (back1 > top) {
                        top = back1;
                        arg = p;
                        sweep = true;
                    }
                }
                for (int p = 0; p <= c; p++) {
                    double stay = p == c ? best[i - 1][p] - cont : Double.NEGATIVE_INFINITY;
                    double next = best[i - 1][p] - opening - (p == c ? NEW_CELL : SKIPPED * (c - p - 1));
                    if (stay > top) {
                        top = stay;
                        arg = p;
                        open = false;
                        sweep = false;
                    }
                    if (next > top) {
                        top = next;
                        arg = p;
                        open = true;
                        sweep = false;
                    }
                }
                best[i][c] = top + emit[c];
                back[i][c] = arg;
                opens[i][c] = open;
                swept[i][c] = sweep;
            }
        }
        int c = 0;
        for (int k = 1; k < m; k++) if (best[n - 1][k] - SKIPPED * (m - 1 - k) > best[n - 1][c] - SKIPPED * (m - 1 - c)) c = k;
        int[] path = new int[n];
        boolean[] open = new boolean[n];
        boolean[] newSweep = new boolean[n];
        for (int i = n - 1; i >= 0; i--) {
            path[i] = c;
            open[i] = i == 0 || opens[i][c];
            newSweep[i] = i > 0 && swept[i][c];
            c = back[i][c];
        }
        List<Placed> out = new ArrayList<>();
        int sweep = 0;
        for (int i = 0; i < n; i++) {
            if (newSweep[i]) sweep++;
            out.add(new Placed(i, columns.get(path[i]), open[i], sweep));
        }
        return out;
    }

    /**
     * Whether a row-by-row decoding of blocks reads like a page printed column by column: cells of
     * the genre open with a capital, and a row has one cell per column, so a block opening with a
     * capital in the same column as the block before it is a cell of the next row printed under
     * it. Where there are as many of those as rows, the page was read one column after the other.
     */
    public static boolean readsColumnByColumn(List<Cell> rowWise, List<Block> blocks) {
        int rows = 0, under = 0;
        for (int i = 0; i < rowWise.size(); i++) {
            Cell c = rowWise.get(i);
            if (c.rowStart()) rows++;
            else if (i > 0 && rowWise.get(i - 1).column() == c.column() && !blocks.get(c.block()).opensLower()) under++;
        }
        return rows >= 1 && under >= rows && rowWise.size() >= 8;
    }
}
