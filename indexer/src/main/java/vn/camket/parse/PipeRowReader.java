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
import vn.camket.table.ColumnKind;
import vn.camket.text.SourceText;

/**
 * Reads a table whose rows are printed between column rules, one cell per rule, as many cells as
 * the header has columns ("| 7. | Xây dựng … | Sở Nội vụ | | Kế hoạch | 6/2025 |", the Markdown
 * form of a table extracted from a digital document): each cell is its column's, no guessing. A
 * row whose number cell is a Roman numeral is a group's title; one with an empty number cell goes
 * on the row above.
 */
final class PipeRowReader {
    private static final Pattern ROW_NUMBER = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,2})*)\\.?$");
    private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,5}|[A-HĐ])\\.?$");

    private final List<ColumnKind> columns;
    private final TaskRowBuilder builder;

    PipeRowReader(List<ColumnKind> columns, TaskRowBuilder builder) {
        this.columns = columns;
        this.builder = builder;
    }

    /** The cells of a line printed between rules, as many as the columns, or null. */
    static List<String> cells(String line, int columns) {
        String t = line.strip();
        if (!t.startsWith("|") || !t.endsWith("|") || t.length() < 3) return null;
        String[] parts = t.substring(1, t.length() - 1).split("\\|", -1);
        if (parts.length != columns) return null;
        List<String> out = new ArrayList<>();
        for (String p : parts) out.add(p.replace("**", "").strip());
        return out;
    }

    /** Whether most of the table's lines are such rows. */
    static boolean applies(List<Line> lines, int columns) {
        long text = lines.stream().filter(l -> !l.text().isEmpty()).count();
        long rows = lines.stream().filter(l -> cells(l.text(), columns) != null).count();
        return text > 0 && rows * 10 >= text * 6;
    }

    List<TaskRow> read(SourceText src, String planId, Appendix appendix, List<Line> lines, String planYear) {
        int numberAt = columns.indexOf(ColumnKind.NUMBER);
        int taskAt = columns.indexOf(ColumnKind.TASK);
        List<TaskRow> rows = new ArrayList<>();
        Group group = new Group("", "");
        Map<ColumnKind, String> row = null;
        List<Line> rowLines = new ArrayList<>();
        String number = null;
        for (Line l : lines) {
            List<String> cells = cells(l.text(), columns.size());
            if (cells == null) continue;
            String n = numberAt >= 0 ? cells.get(numberAt) : "";
            Matcher roman = ROMAN.matcher(n);
            Matcher num = ROW_NUMBER.matcher(n);
            if (roman.matches() || num.matches()) {
                if (row != null) rows.add(builder.fromCells(new RowContext(src, planId, appendix, group, number, planYear), rowLines, row));
                row = null;
                rowLines = new ArrayList<>();
                if (roman.matches()) {
                    group = new Group(roman.group(1), taskAt >= 0 ? cells.get(taskAt) : "");
                    continue;
                }
                number = num.group(1);
                row = new EnumMap<>(ColumnKind.class);
            }
            if (row == null) continue;
            rowLines.add(l);
            for (int c = 0; c < columns.size(); c++) {
                String cell = cells.get(c);
                if (cell.isEmpty() || c == numberAt) continue;
                row.merge(columns.get(c), cell, (a, b) -> a + " " + b);
            }
        }
        if (row != null) rows.add(builder.fromCells(new RowContext(src, planId, appendix, group, number, planYear), rowLines, row));
        return rows;
    }
}
