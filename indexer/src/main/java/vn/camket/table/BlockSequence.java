package vn.camket.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a table whose OCR printed each cell as a block of its own (lines separated by a blank
 * line), cells of a row in column order and rows one after the other: which block is which column,
 * and where each row starts. A hidden Markov model decoded with Viterbi: the states are the
 * columns; a block moves right along the row (a column passed over was an empty cell), stays in
 * its column (a cell the OCR broke in two), or wraps to the row's first columns (a new row). The
 * emission is the {@link CellScorer}'s fit of the block to the column and, where the table shows
 * them, the fit of the block's shape (widest line, words) to what the column's blocks look like.
 * The table's own figures (how often each column is filled, its width, its cells' lengths) are
 * estimated from the table by decoding, counting and decoding again ({@link #decodeAll}).
 */
public final class BlockSequence {
    /** Cost of a cell continued over a blank line. */
    static final double CONTINUE = 2.5;
    /** Cost of starting a row. */
    private static final double NEW_ROW = 1.0;
    /**
     * Cost of a new cell opening in lower case: a cell of the genre's tables opens with a capital
     * (an agency, "Trước", "Thường xuyên", a task's verb), so a block opening in lower case is the
     * rest of a cell the OCR broke over a blank line.
     */
    static final double LOWER_OPENING = 2.0;
    /** Rounds of estimating the table's figures from a decoding and decoding again with them. */
    private static final int ROUNDS = 3;

    private final List<ColumnKind> columns;
    private final CellScorer scorer;

    /** {@code columns} left to right, without the number column (a row's number is a block of its own). */
    public BlockSequence(List<ColumnKind> columns, CellScorer scorer) {
        this.columns = List.copyOf(columns);
        this.scorer = scorer;
    }

    /** One decoded block: its index in the input, its column, and whether a row starts with it. */
    public record Cell(int block, ColumnKind column, boolean rowStart) {}

    /** A block: its lines as printed. */
    public record Block(List<String> lines) {
        public String text() {
            return String.join(" ", lines);
        }

        /** The widest line's length in characters. */
        int width() {
            int w = 0;
            for (String l : lines) w = Math.max(w, l.strip().length());
            return w;
        }

        int words() {
            int n = 0;
            for (String l : lines) if (!l.isBlank()) n += l.strip().split("\\s+").length;
            return n;
        }

        /** Opens with a lower-case letter. */
        public boolean opensLower() {
            for (String l : lines) {
                for (int i = 0; i < l.length(); i++) {
                    char c = l.charAt(i);
                    if (Character.isLetter(c)) return Character.isLowerCase(c);
                    if (Character.isDigit(c)) return false;
                }
            }
            return false;
        }
    }

    /** A run of blocks read as one sequence (between two group titles), with the rows its numbers force. */
    public record Run(List<String> texts, List<Block> blocks, boolean[] startsRow) {}

    /**
     * The column of each block, and where rows start. {@code startsRow[i]} forces a row to start at
     * block i (its number stood just before it).
     */
    public List<Cell> decode(List<String> blocks, boolean[] startsRow) {
        return decode(blocks, null, startsRow, TableModel.prior(columns));
    }

    /**
     * Decodes several runs of one table (its groups) together: the table's figures are estimated
     * from the table itself, by decoding with the lexicons and the genre's priors, counting what
     * each column got, and decoding again with those counts (hard EM), so that a short agency name
     * is not read as a task nor a wide task line as a deadline, whatever the page's widths.
     */
    public List<List<Cell>> decodeAll(List<Run> runs) {
        TableModel model = TableModel.prior(columns);
        List<List<Cell>> out = decodeWith(runs, model);
        for (int round = 1; round < ROUNDS; round++) {
            TableModel next = TableModel.estimate(columns, runs, out);
            if (next.equals(model)) break;
            model = next;
            out = decodeWith(runs, model);
        }
        return out;
    }

    private List<List<Cell>> decodeWith(List<Run> runs, TableModel model) {
        List<List<Cell>> out = new ArrayList<>();
        for (Run r : runs) out.add(decode(r.texts(), r.blocks(), r.startsRow(), model));
        return out;
    }

    private List<Cell> decode(List<String> texts, List<Block> blocks, boolean[] startsRow, TableModel model) {
        int n = texts.size(), m = columns.size();
        if (n == 0 || m == 0) return List.of();
        double[] present = new double[m], empty = new double[m];
        for (int c = 0; c < m; c++) {
            double p = model.filled(columns.get(c));
            present[c] = -Math.log(p);
            empty[c] = -Math.log(1 - p);
        }
        // cost of the empty columns before c at a row's start, and after p at its end
        double[] before = new double[m + 1], after = new double[m + 1];
        for (int c = 0; c < m; c++) before[c + 1] = before[c] + empty[c];
        for (int c = m - 1; c >= 0; c--) after[c] = after[c + 1] + empty[c];
        double[][] best = new double[n][m];
        int[][] back = new int[n][m];
        boolean[][] newRow = new boolean[n][m];
        double[][] emit = new double[n][];
        for (int i = 0; i < n; i++) {
            emit[i] = scorer.scores(texts.get(i), columns);
            if (blocks != null) for (int c = 0; c < m; c++) emit[i][c] += model.shape(blocks.get(i), columns.get(c));
        }
        for (int c = 0; c < m; c++) best[0][c] = emit[0][c] - before[c] - present[c] - NEW_ROW;
        for (int i = 1; i < n; i++) {
            boolean lower = blocks != null && blocks.get(i).opensLower();
            double opening = lower ? LOWER_OPENING : 0;
            double cont = lower ? 0 : CONTINUE;
            for (int c = 0; c < m; c++) {
                double top = Double.NEGATIVE_INFINITY;
                int arg = 0;
                boolean argNew = false;
                for (int p = 0; p < m; p++) {
                    double wrap = -NEW_ROW - after[p + 1] - before[c] - present[c] - opening;
                    double along = c > p ? -(before[c] - before[p + 1]) - present[c] - opening
                            : c == p && !startsRow[i] ? -cont : Double.NEGATIVE_INFINITY;
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
        for (int k = 1; k < m; k++) if (best[n - 1][k] - after[k + 1] > best[n - 1][c] - after[c + 1]) c = k;
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

    /**
     * What one table's columns look like. How often each column is filled in a row (the genre's
     * prior, then counted): a row without a lead is rare, one without a note common. Each column's
     * width in characters: a cell of several lines wraps at its column's width, so its widest line
     * is about that width, whatever the column holds; a cell of one line is no wider than its
     * column. Each column's cell length in words (its median): a task is a sentence of a few lines,
     * an agency or a deadline a few words. Widths and lengths are measured on what a decoding gave
     * each column (two blocks at least); columns not measured add nothing.
     */
    record TableModel(Map<ColumnKind, Double> fill, Map<ColumnKind, Integer> width, Map<ColumnKind, Integer> words) {
        /** How often the genre fills each column, and how many rows' weight this prior has against the table's counts. */
        private static final Map<ColumnKind, Double> GENRE_FILL = Map.of(ColumnKind.TASK, 0.97, ColumnKind.LEAD, 0.9,
                ColumnKind.LEAD_COORD, 0.9, ColumnKind.COORD, 0.7, ColumnKind.RESULT, 0.7, ColumnKind.DEADLINE, 0.85,
                ColumnKind.NOTE, 0.4);
        private static final double PRIOR_ROWS = 4;
        /** Weight of a block's shape being a factor {@link #STEP} off its column's. */
        private static final double WEIGHT = 1.5;
        private static final double STEP = Math.log(1.3);
        private static final double CAP = 5.0;

        static TableModel prior(List<ColumnKind> columns) {
            Map<ColumnKind, Double> fill = new EnumMap<>(ColumnKind.class);
            for (ColumnKind k : columns) fill.put(k, GENRE_FILL.getOrDefault(k, 0.5));
            return new TableModel(Map.copyOf(fill), Map.of(), Map.of());
        }

        double filled(ColumnKind column) {
            return fill.getOrDefault(column, 0.5);
        }

        double shape(Block b, ColumnKind column) {
            double s = 0;
            Integer w = width.get(column);
            int bw = b.width();
            if (w != null && bw > 0) {
                double off = Math.log(bw / (double) w) / STEP;
                // one line may be shorter than its column; none is much wider
                if (b.lines().size() < 2) off = Math.max(0, off - 0.5);
                s -= Math.min(CAP, WEIGHT * Math.abs(off));
            }
            Integer n = words.get(column);
            if (n != null) {
                // a cell the OCR broke in two is shorter than the column's cells: only a block far longer, or far shorter, tells
                double off = Math.log(b.words() / (double) n) / Math.log(2);
                s -= Math.min(CAP, WEIGHT * Math.max(0, Math.abs(off) - 1));
            }
            return s;
        }

        static TableModel estimate(List<ColumnKind> columns, List<Run> runs, List<List<Cell>> decoded) {
            Map<ColumnKind, List<Integer>> widths = new EnumMap<>(ColumnKind.class);
            Map<ColumnKind, List<Integer>> lengths = new EnumMap<>(ColumnKind.class);
            Map<ColumnKind, Integer> filledRows = new EnumMap<>(ColumnKind.class);
            int rows = 0;
            for (int r = 0; r < runs.size(); r++) {
                List<Block> blocks = runs.get(r).blocks();
                if (blocks == null) continue;
                java.util.Set<ColumnKind> inRow = java.util.EnumSet.noneOf(ColumnKind.class);
                List<Cell> cells = decoded.get(r);
                for (int i = 0; i <= cells.size(); i++) {
                    if (i == cells.size() || cells.get(i).rowStart()) {
                        if (!inRow.isEmpty()) {
                            rows++;
                            for (ColumnKind k : inRow) filledRows.merge(k, 1, Integer::sum);
                        }
                        inRow.clear();
                        if (i == cells.size()) break;
                    }
                    Cell c = cells.get(i);
                    Block b = blocks.get(c.block());
                    inRow.add(c.column());
                    lengths.computeIfAbsent(c.column(), k -> new ArrayList<>()).add(b.words());
                    if (b.lines().size() >= 2) widths.computeIfAbsent(c.column(), k -> new ArrayList<>()).add(b.width());
                }
            }
            Map<ColumnKind, Double> fill = new EnumMap<>(ColumnKind.class);
            for (ColumnKind k : columns) {
                double prior = GENRE_FILL.getOrDefault(k, 0.5);
                double p = (filledRows.getOrDefault(k, 0) + PRIOR_ROWS * prior) / (rows + PRIOR_ROWS);
                fill.put(k, Math.min(0.97, Math.max(0.05, p)));
            }
            return new TableModel(Map.copyOf(fill), medians(widths), medians(lengths));
        }

        private static Map<ColumnKind, Integer> medians(Map<ColumnKind, List<Integer>> seen) {
            Map<ColumnKind, Integer> out = new EnumMap<>(ColumnKind.class);
            seen.forEach((k, ws) -> {
                if (ws.size() < 2) return;
                int[] a = ws.stream().mapToInt(Integer::intValue).sorted().toArray();
                out.put(k, Math.max(1, a[a.length / 2]));
            });
            return Map.copyOf(out);
        }
    }
}
