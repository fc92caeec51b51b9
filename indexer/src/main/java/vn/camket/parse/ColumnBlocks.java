package vn.camket.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.camket.parse.TaskTableParser.Line;
import vn.camket.table.ColumnKind;
import vn.camket.table.HeaderReader;
import vn.camket.text.Fold;

/**
 * Columns the OCR printed apart below the rows of their page. Without column rules the OCR may read
 * a page's left columns across (task and lead on one line) and its right columns each as a block of
 * its own after them, opened by the column's label ("Phối hợp" ⏎ cells …, "Thời gian thực hiện" ⏎
 * "Tháng 10/2025" ⏎ "2025" …). Such a block holds one short cell per row of the page, in the rows'
 * order; read as lines, its cells would all fall to the page's last row.
 */
final class ColumnBlocks {
    /** A block: its column, its lines [from, to) among the table's lines, and its cells in order. */
    record Block(ColumnKind kind, int from, int to, List<String> cells) {}

    /** Columns that may stand apart this way: the narrow ones right of the task. */
    private static final Set<ColumnKind> APART = Set.of(ColumnKind.LEAD, ColumnKind.COORD, ColumnKind.DEADLINE, ColumnKind.NOTE, ColumnKind.RESULT);
    /** A block's lines are a narrow column's: longer lines are the next page's rows read across. */
    private static final int NARROW = 32;
    private static final HeaderReader HEADERS = HeaderReader.bundled();
    /** A year alone opens a deadline cell too ("2025"). */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("20\\d\\d\\b");
    /** The words a deadline cell opens with, its date on the next line ("Trước ngày" ⏎ "21/04/2025"). */
    private static final java.util.regex.Pattern WORDING = java.util.regex.Pattern.compile("(truoc|trong|quy|thang|nam|giai doan|tu|sau|hang|thuong)\\b");

    private ColumnBlocks() {}

    /**
     * The blocks among {@code lines}, each opened by a label line of one column that the table's
     * reading set aside (a source line between two of {@code lines}).
     */
    static List<Block> find(List<String> source, List<Line> lines, List<ColumnKind> columns) {
        List<Block> out = new ArrayList<>();
        for (int p = 1; p < lines.size(); p++) {
            ColumnKind kind = labelBetween(source, lines.get(p - 1).index() + 1, lines.get(p).index());
            if (kind == null) continue;
            int q = p;
            while (q < lines.size() && lines.get(q).text().length() <= NARROW
                    && (q == p || labelBetween(source, lines.get(q - 1).index() + 1, lines.get(q).index()) == null)) q++;
            // the deadline column's cells may end before the short lines do: the next column's block goes on from
            // there, under a label the OCR garbled past reading ("Che tri" for "Chủ trì")
            ColumnKind next = kind == ColumnKind.DEADLINE ? nextColumn(columns, kind) : null;
            int end = next != null ? deadlineEnd(lines, p, q) : q;
            if (end == p) continue;
            out.add(new Block(kind, p, end, cells(kind, lines.subList(p, end))));
            if (end < q) out.add(new Block(next, end, q, cells(next, lines.subList(end, q))));
            p = q - 1;
        }
        return out;
    }

    /**
     * The column right of {@code kind} in the header, when it is one that may stand apart; a label
     * the header's reading lost there is the lead's when the coordinating column follows it (the
     * genre puts the lead column just left of the coordinating one). Null otherwise.
     */
    private static ColumnKind nextColumn(List<ColumnKind> columns, ColumnKind kind) {
        int at = columns.indexOf(kind);
        ColumnKind next = at >= 0 && at + 1 < columns.size() ? columns.get(at + 1) : null;
        if ((next == ColumnKind.UNKNOWN || next == ColumnKind.OTHER) && !columns.contains(ColumnKind.LEAD) && at + 2 < columns.size()
                && columns.get(at + 2) == ColumnKind.COORD) next = ColumnKind.LEAD;
        return next != null && APART.contains(next) ? next : null;
    }

    /** The one column named by a label line among source lines [from, to), or null. */
    private static ColumnKind labelBetween(List<String> source, int from, int to) {
        ColumnKind found = null;
        for (int i = from; i < to; i++) {
            String t = source.get(i).strip();
            if (t.isEmpty() || t.length() > NARROW) continue;
            // a label may wrap: its last word on the next line ("Thời gian thực" ⏎ "hiện")
            String next = i + 1 < source.size() ? source.get(i + 1).strip() : "";
            ColumnKind k = label(t);
            if (k == null && !next.isEmpty() && next.length() <= NARROW) k = label(t + " " + next);
            if (k != null && APART.contains(k)) found = k;
        }
        return found;
    }

    private static final DeadlineParser DEADLINES = new DeadlineParser();
    /** A wording that goes on past the line ("Trước ngày" ⏎ "21/04/2025", "Giai đoạn 2025-" ⏎ "2029", "Quý III năm" ⏎ "2025"). */
    private static final java.util.regex.Pattern GOES_ON = java.util.regex.Pattern.compile(".*(?:[-–—/]|\\b(?:nam|ngay|thang|doan|truoc|den|quy|tu))$");

    /** A deadline cell that reads as a deadline and whose wording does not go on onto the next line. */
    private static boolean complete(CharSequence cell) {
        String f = Fold.ocrFold(cell.toString()).strip();
        return DEADLINES.parse(cell.toString()).kind() != vn.camket.model.Deadline.Kind.unknown && !GOES_ON.matcher(f).matches();
    }

    /** The one column a line of labels names, or null. */
    private static ColumnKind label(String text) {
        HeaderReader.Reading r = HEADERS.read(text);
        // a label opens its line: a cell that shares a label's words after its own ("Các cơ quan, đơn vị liên quan") is none
        return r.isAllLabels() && r.distinct().size() == 1 && r.leadingJunk() == 0 ? r.distinct().iterator().next() : null;
    }

    /**
     * Where a deadline block ends: at a cell (after a blank line, the cell before it complete) that
     * opens no deadline. A deadline cell is a date or a wording of the grammar; what follows that is
     * none is the next column's label or cells, printed after it ("Chủ trì" ⏎ "Sở Công Thương" …),
     * whose label the OCR may have garbled past reading.
     */
    private static int deadlineEnd(List<Line> lines, int from, int to) {
        StringBuilder cell = new StringBuilder();
        int p = from;
        while (p < to) {
            while (p < to && lines.get(p).text().isBlank()) p++;
            int start = p;
            StringBuilder next = new StringBuilder();
            while (p < to && !lines.get(p).text().isBlank()) next.append(next.isEmpty() ? "" : " ").append(lines.get(p++).text().strip());
            if (next.isEmpty()) break;
            boolean deadline = readsAsDeadline(next.toString());
            if (!deadline && !cell.isEmpty() && complete(cell)) return start;
            if (deadline && (cell.isEmpty() || complete(cell))) cell.setLength(0);
            cell.append(cell.isEmpty() ? "" : " ").append(next);
        }
        return to;
    }

    /** The lines from {@code from} to the next blank one, joined. */
    private static String chunk(List<Line> lines, int from) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < lines.size() && !lines.get(i).text().isBlank(); i++) b.append(b.isEmpty() ? "" : " ").append(lines.get(i).text().strip());
        return b.toString();
    }

    private static boolean readsAsDeadline(String t) {
        return opensDeadline(t) || DEADLINES.parse(t).kind() != vn.camket.model.Deadline.Kind.unknown;
    }

    private static boolean opensDeadline(String t) {
        String f = Fold.ocrFold(vn.camket.lexicon.DeadlineWords.read(t));
        return DeadlineCells.DEADLINE_START.matcher(f).lookingAt() || YEAR.matcher(f).lookingAt() || WORDING.matcher(f).lookingAt();
    }

    /**
     * A block's cells: a deadline block's cell opens at each line that opens a deadline ("Tháng
     * 8/2025" under "Thường xuyên" is the next row's); the others' at a blank line. Words before the
     * first cell are the label's own end ("hiện" of "Thời gian thực" ⏎ "hiện").
     */
    private static List<String> cells(ColumnKind kind, List<Line> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = null;
        boolean blank = true;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text().strip();
            if (t.isEmpty()) {
                blank = true;
                continue;
            }
            // the wording as the OCR channel reads it: "Trudc ngay" is "Trước ngày"
            String f = Fold.ocrFold(vn.camket.lexicon.DeadlineWords.read(t));
            // a deadline cell opens with a wording or a date, or after a blank line with lines that read as a deadline,
            // once the cell before it is complete ("Trong tháng 10/2025" ⏎ ⏎ "Trc ngày" ⏎ "17/11/2025": a wording
            // the OCR garbled past reading; not the next page's row numbers "12" ⏎ "13" printed after the column)
            boolean opens = kind == ColumnKind.DEADLINE
                    ? (DeadlineCells.DEADLINE_START.matcher(f).lookingAt() || YEAR.matcher(f).lookingAt() || WORDING.matcher(f).lookingAt()
                            || blank && readsAsDeadline(chunk(lines, i)))
                            && (cell == null || complete(cell))
                    : blank;
            if (opens) {
                if (cell != null) out.add(cell.toString());
                cell = new StringBuilder(t);
            } else if (cell != null) {
                cell.append(' ').append(t);
            }
            blank = false;
        }
        if (cell != null) out.add(cell.toString());
        return out;
    }
}
