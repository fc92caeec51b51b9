package vn.camket.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.camket.model.TaskRow;
import vn.camket.parse.TaskTableParser.Group;
import vn.camket.parse.TaskTableParser.Line;
import vn.camket.parse.TaskTableParser.RowContext;
import vn.camket.table.BlockSequence;
import vn.camket.table.ColumnKind;
import vn.camket.table.ColumnMajorSequence;
import vn.camket.text.SourceText;

/**
 * Reads the part of a task table where the OCR printed each cell as a block of lines of its own
 * (a blank line between cells, a row's cells in column order). Blocks are put in their columns by
 * {@link BlockSequence} with the columns the table's header names; a block that is a number alone
 * starts a row, a block in capitals (after its Roman numeral, if printed) is a group's title.
 */
final class BlockTableReader {
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,3}(?:[.,]\\d{1,2})?)\\s*[.)]?\\s*(.*)$");
    private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,5})\\s*[.|)]?\\s*(.*)$");

    private final BlockSequence sequence;
    private final ColumnMajorSequence byColumn;
    private final TaskRowBuilder builder;
    private final LexiconCellScorer scorer;
    private final List<ColumnKind> cellColumns;

    BlockTableReader(List<ColumnKind> columns, LexiconCellScorer scorer, TaskRowBuilder builder) {
        List<ColumnKind> cells = columns.stream().filter(c -> c != ColumnKind.NUMBER).toList();
        this.sequence = new BlockSequence(cells, scorer);
        this.byColumn = new ColumnMajorSequence(cells, scorer);
        this.builder = builder;
        this.scorer = scorer;
        this.cellColumns = cells;
    }

    /** Where the reading stands between regions of a table: the group and the last row number. */
    static final class State {
        Group group = new Group("", "");
        String lastNumber = "0";
    }

    private record Block(List<Line> lines, String text) {}

    /**
     * The blocks between two group titles, read as one sequence under their group; {@code printed}:
     * the row numbers printed as blocks of their own, in turn.
     */
    private record Run(Group group, List<Block> cells, List<String> numbers, List<String> printed) {}

    List<TaskRow> read(SourceText src, String planId, Appendix appendix, List<Line> lines, String planYear, State state) {
        List<Block> blocks = blocks(lines);
        int cellWidth = cellWidth(lines);
        List<Run> runs = new ArrayList<>();
        List<Block> cells = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        List<String> printed = new ArrayList<>();
        String pendingNumber = null;
        String pendingRoman = null;
        boolean afterTitle = false;
        Group group = state.group;
        for (Block b : blocks) {
            // a title the OCR broke over a blank line goes on in capitals
            if (afterTitle && isCapitals(b.text(), 5)) {
                group = new Group(group.label(), group.title() + " " + b.text());
                continue;
            }
            afterTitle = false;
            Matcher n = NUMBER.matcher(b.text());
            Matcher r = ROMAN.matcher(b.text());
            if (r.matches() && (r.group(2).isEmpty() || isTitle(r.group(2)))) {
                if (r.group(2).isEmpty()) {
                    pendingRoman = r.group(1);
                    continue;
                }
                cells = close(runs, group, cells, numbers, printed);
                numbers = new ArrayList<>();
                printed = new ArrayList<>();
                group = new Group(r.group(1), r.group(2));
                pendingRoman = null;
                afterTitle = true;
                continue;
            }
            if (isTitle(b.text()) || spansTable(b, cellWidth)) {
                cells = close(runs, group, cells, numbers, printed);
                numbers = new ArrayList<>();
                printed = new ArrayList<>();
                String label = pendingRoman != null ? pendingRoman : TableLines.nextRoman(group.label());
                group = new Group(label, b.text());
                pendingRoman = null;
                afterTitle = true;
                continue;
            }
            if (n.matches()) {
                if (n.group(2).isEmpty()) {
                    pendingNumber = n.group(1).replace(',', '.');
                    printed.add(pendingNumber);
                    continue;
                }
                if (!n.group(2).matches("^[/%\\d].*")) {
                    pendingNumber = n.group(1).replace(',', '.');
                    b = new Block(b.lines(), n.group(2));
                }
            }
            cells.add(b);
            numbers.add(pendingNumber);
            pendingNumber = null;
        }
        close(runs, group, cells, numbers, printed);
        List<BlockSequence.Run> sequences = runs.stream().map(BlockTableReader::sequenceRun).toList();
        List<List<BlockSequence.Cell>> decoded = sequence.decodeAll(sequences);
        List<TaskRow> rows = new ArrayList<>();
        for (int k = 0; k < runs.size(); k++) {
            state.group = runs.get(k).group();
            if (ColumnMajorSequence.readsColumnByColumn(decoded.get(k), sequences.get(k).blocks())) {
                rows.addAll(rowsByColumn(src, planId, appendix, planYear, state, runs.get(k), sequences.get(k).blocks()));
            } else {
                rows.addAll(rows(src, planId, appendix, planYear, state, runs.get(k), decoded.get(k)));
            }
        }
        state.group = group;
        return rows;
    }

    private static List<Block> close(List<Run> runs, Group group, List<Block> cells, List<String> numbers, List<String> printed) {
        if (!cells.isEmpty()) runs.add(new Run(group, cells, numbers, printed));
        return new ArrayList<>();
    }

    private static BlockSequence.Run sequenceRun(Run run) {
        boolean[] starts = new boolean[run.cells().size()];
        for (int i = 0; i < starts.length; i++) starts[i] = run.numbers().get(i) != null;
        List<BlockSequence.Block> blocks = run.cells().stream()
                .map(b -> new BlockSequence.Block(b.lines().stream().map(Line::text).toList())).toList();
        return new BlockSequence.Run(run.cells().stream().map(Block::text).toList(), blocks, starts);
    }

    /** The rows of one run of blocks, from their decoded columns. */
    private List<TaskRow> rows(SourceText src, String planId, Appendix appendix, String planYear, State state, Run run,
                               List<BlockSequence.Cell> decoded) {
        List<TaskRow> rows = new ArrayList<>();
        List<Block> cells = run.cells();
        int i = 0;
        while (i < decoded.size()) {
            int j = i + 1;
            while (j < decoded.size() && !decoded.get(j).rowStart()) j++;
            Map<ColumnKind, String> row = new EnumMap<>(ColumnKind.class);
            List<Line> rowLines = new ArrayList<>();
            for (int k = i; k < j; k++) {
                Block b = cells.get(k);
                row.merge(decoded.get(k).column(), b.text(), (a, c) -> a + " " + c);
                rowLines.addAll(b.lines());
            }
            // a task is a sentence: a short block alone (a cell's broken-off end, a stray date) starts no row
            if (row.containsKey(ColumnKind.TASK) && (words(row.get(ColumnKind.TASK)) >= 4 || row.size() > 1)) {
                String number = run.numbers().get(i) != null ? run.numbers().get(i) : TaskTableParser.nextNumberAfter(state.lastNumber);
                state.lastNumber = number;
                RowContext ctx = new RowContext(src, planId, appendix, state.group, number, planYear);
                rows.add(builder.fromCells(ctx, rowLines, row));
            }
            i = j;
        }
        return rows;
    }

    /**
     * The rows of a run the OCR printed column by column: the k-th task is the k-th row, and so
     * the k-th cell of every other column; its number is the k-th number printed, when the page
     * printed one per task.
     */
    private List<TaskRow> rowsByColumn(SourceText src, String planId, Appendix appendix, String planYear, State state, Run run,
                                       List<BlockSequence.Block> blocks) {
        List<ColumnMajorSequence.Placed> decoded = byColumn.decode(blocks);
        List<TaskRow> rows = new ArrayList<>();
        int sweeps = decoded.isEmpty() ? 0 : decoded.getLast().sweep() + 1;
        for (int sweep = 0; sweep < sweeps; sweep++) {
            Map<ColumnKind, List<List<Block>>> columns = new EnumMap<>(ColumnKind.class);
            for (ColumnMajorSequence.Placed c : decoded) {
                if (c.sweep() != sweep) continue;
                List<List<Block>> cells = columns.computeIfAbsent(c.column(), k -> new ArrayList<>());
                if (c.opensCell() || cells.isEmpty()) cells.add(new ArrayList<>());
                cells.getLast().add(run.cells().get(c.block()));
            }
            List<List<Block>> tasks = columns.getOrDefault(ColumnKind.TASK, List.of());
            for (int k = 0; k < tasks.size(); k++) {
                // a block the sweep had to leave in the task column (a list of agencies, a deliverable) opens no row
                if (!readsAsTask(tasks.get(k))) continue;
                Map<ColumnKind, String> row = new EnumMap<>(ColumnKind.class);
                List<Line> rowLines = new ArrayList<>();
                for (Map.Entry<ColumnKind, List<List<Block>>> e : columns.entrySet()) {
                    if (k >= e.getValue().size()) continue;
                    for (Block b : e.getValue().get(k)) {
                        row.merge(e.getKey(), b.text(), (a, c) -> a + " " + c);
                        rowLines.addAll(b.lines());
                    }
                }
                rowLines.sort(java.util.Comparator.comparingInt(Line::index));
                boolean numbered = sweeps == 1 && run.printed().size() == tasks.size();
                String number = numbered ? run.printed().get(k) : TaskTableParser.nextNumberAfter(state.lastNumber);
                state.lastNumber = number;
                rows.add(builder.fromCells(new RowContext(src, planId, appendix, state.group, number, planYear), rowLines, row));
            }
        }
        return rows;
    }

    /** Whether a cell reads as a task rather than as any other column's cell. */
    private boolean readsAsTask(List<Block> cell) {
        String text = String.join(" ", cell.stream().map(Block::text).toList());
        double[] fit = scorer.scores(text, cellColumns);
        double task = scorer.score(text, ColumnKind.TASK);
        for (double f : fit) if (f > task) return false;
        return true;
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    /** A line of a merged cell across the table is at least this many times as wide as the widest column's lines. */
    private static final double SPAN = 1.5;

    /**
     * The width in characters of the widest column's lines (the task's) on a page printed cell by
     * cell: the longest quarter of the lines are the task column's, the other columns are narrower.
     */
    private static int cellWidth(List<Line> lines) {
        int[] lengths = lines.stream().mapToInt(l -> l.text().length()).filter(n -> n > 0).sorted().toArray();
        return lengths.length < 8 ? Integer.MAX_VALUE : lengths[lengths.length * 3 / 4];
    }

    /**
     * A group's title printed in sentence case: a merged cell across the whole table, so its lines
     * are far wider than any column's cells ({@link #SPAN} times the task column's), and it
     * names no agency and no deadline (a line the OCR read across the columns does).
     */
    private boolean spansTable(Block b, int cellWidth) {
        String first = b.lines().getFirst().text();
        return first.length() >= 45 && first.length() >= cellWidth * SPAN && Character.isUpperCase(first.codePointAt(0))
                && words(b.text()) >= 8 && scorer.namesNoCell(b.text());
    }

    /** A group's title: several words, nearly all in capitals. */
    private static boolean isTitle(String text) {
        return isCapitals(text, 15) && text.split("\\s+").length >= 4;
    }

    private static boolean isCapitals(String text, int minLetters) {
        int letters = 0, upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) upper++;
            }
        }
        return letters >= minLetters && upper >= letters * 0.85;
    }

    /** Runs of non-blank lines. */
    private static List<Block> blocks(List<Line> lines) {
        List<Block> out = new ArrayList<>();
        List<Line> run = new ArrayList<>();
        for (Line l : lines) {
            if (l.text().isEmpty()) {
                if (!run.isEmpty()) out.add(block(run));
                run = new ArrayList<>();
            } else {
                run.add(l);
            }
        }
        if (!run.isEmpty()) out.add(block(run));
        return out;
    }

    private static Block block(List<Line> run) {
        StringBuilder b = new StringBuilder();
        for (Line l : run) {
            String t = l.text();
            // a word broken at the line's end with a hyphen is joined
            if (!b.isEmpty() && b.charAt(b.length() - 1) == '-' && !t.isEmpty() && Character.isLowerCase(t.charAt(0))) {
                b.setLength(b.length() - 1);
            } else if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(t);
        }
        return new Block(List.copyOf(run), b.toString());
    }
}
