package vn.camket.parse;

import java.util.ArrayList;
import java.util.List;
import vn.camket.model.Deadline;
import vn.camket.model.TaskRow;
import vn.camket.parse.TaskTableParser.Line;
import vn.camket.table.ColumnKind;

/**
 * Gives the cells of columns the OCR printed apart ({@link ColumnBlocks}) to the rows of their
 * page, in order: the k-th cell of a page's lead or deadline block is the k-th row's. A page's rows
 * are those that start after the block run before it (and after the form feed that opens the page)
 * and before its own run. A row whose lines go
 * on past the run was printed across below the blocks, its cells on its own lines: it takes no cell
 * of the block when its lines name the column's value already. Where the cells and the rows are not
 * as many, which cell is whose is not known, and the rows keep what their lines say.
 */
final class BlockCells {
    private final AgencyDirectory agencies;
    private final DeadlineParser deadlines;

    BlockCells(AgencyDirectory agencies, DeadlineParser deadlines) {
        this.agencies = agencies;
        this.deadlines = deadlines;
    }

    /** {@code source}: the plan's lines, where an OCR'd page opens with a form feed. */
    List<TaskRow> give(List<String> source, List<TaskRow> rows, List<Line> lines, List<ColumnBlocks.Block> blocks, String planYear) {
        List<TaskRow> out = new ArrayList<>(rows);
        int pageFrom = -1, runFrom = -1, runTo = -1;
        for (int k = 0; k < blocks.size(); k++) {
            ColumnBlocks.Block b = blocks.get(k);
            // blocks one after another are the same page's columns: its rows stand before the first of them
            boolean sameRun = k > 0 && blocks.get(k - 1).to() == b.from();
            if (!sameRun) {
                if (k > 0) pageFrom = lines.get(blocks.get(k - 1).to() - 1).index();
                runFrom = lines.get(b.from()).index();
                // the page the run was printed on starts at its form feed: rows above it were the page before's
                for (int i = runFrom; i > pageFrom + 1; i--) {
                    if (i < source.size() && source.get(i).startsWith("\f")) {
                        pageFrom = i - 1;
                        break;
                    }
                }
                int end = k;
                while (end + 1 < blocks.size() && blocks.get(end).to() == blocks.get(end + 1).from()) end++;
                runTo = lines.get(blocks.get(end).to() - 1).index();
            }
            if (b.kind() != ColumnKind.DEADLINE && b.kind() != ColumnKind.LEAD) continue;
            List<Integer> page = pageRows(out, b.kind(), pageFrom, runFrom, runTo);
            if (page.size() != b.cells().size()) {
                // the rows that lack the column's value, as many as the cells
                page.removeIf(r -> has(out.get(r), b.kind()));
                if (page.size() != b.cells().size()) continue;
            }
            for (int c = 0; c < page.size(); c++) {
                int r = page.get(c);
                out.set(r, with(out.get(r), b.kind(), b.cells().get(c), planYear));
            }
        }
        return out;
    }

    /** The rows of the page before a block run [runFrom, runTo], without those printed across below it with the value on their own lines. */
    private static List<Integer> pageRows(List<TaskRow> rows, ColumnKind kind, int pageFrom, int runFrom, int runTo) {
        List<Integer> page = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            TaskRow row = rows.get(r);
            int first = row.lines()[0] - 1, last = row.lines()[1] - 1;
            if (first <= pageFrom || first >= runFrom) continue;
            if (last > runTo && has(row, kind)) continue;
            page.add(r);
        }
        return page;
    }

    private static boolean has(TaskRow row, ColumnKind kind) {
        return kind == ColumnKind.LEAD ? !row.lead().isEmpty() : row.deadline().kind() != Deadline.Kind.unknown;
    }

    /** The row with the block's cell for its lead (every agency a lead cell names leads) or its deadline; a cell naming none leaves it as it was. */
    private TaskRow with(TaskRow row, ColumnKind kind, String cell, String planYear) {
        if (kind == ColumnKind.DEADLINE) {
            Deadline d = deadlines.parse(cell, planYear);
            return d.kind() == Deadline.Kind.unknown ? row : TaskRowBuilder.withDeadline(row, d);
        }
        List<String> lead = agencies.resolve(cell);
        return lead.isEmpty() ? row : TaskRowBuilder.withLead(row, lead, cell.strip());
    }
}
