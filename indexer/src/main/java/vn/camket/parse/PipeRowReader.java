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
import vn.camket.table.HeaderReader;
import vn.camket.table.TableHeader;
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

    private static final List<String> ROMAN_NUMERALS = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
            "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX");

    private final List<ColumnKind> columns;
    private final TaskRowBuilder builder;

    PipeRowReader(List<ColumnKind> columns, TaskRowBuilder builder) {
        this.columns = columns;
        this.builder = builder;
    }

    /**
     * The cells of a line printed between rules, as many as the columns, or null: framed ("| a | b |",
     * Markdown) or with rules between the cells only ("a | b |  | d", a table rebuilt from a page),
     * whichever gives the columns' count.
     */
    static List<String> cells(String line, int columns) {
        String t = line.strip();
        if (t.length() < 3 || t.indexOf('|') < 0) return null;
        String[] parts = null;
        if (t.startsWith("|") && t.endsWith("|")) parts = t.substring(1, t.length() - 1).split("\\|", -1);
        if (parts == null || parts.length != columns) parts = t.split("\\|", -1);
        if (parts.length != columns) return null;
        List<String> out = new ArrayList<>();
        for (String p : parts) out.add(p.replace("**", "").strip());
        return out;
    }

    /**
     * The columns of a header printed between rules ("| STT | Nhiệm vụ | Chủ trì | | Thời hạn |"),
     * one per cell, each cell's label read alone: the cells say where one column's label ends, which
     * the header's words read as a whole do not (a label lost leaves an empty cell, not a column
     * fewer). An empty or unreadable cell takes the kind the genre's column order puts between its
     * neighbours. Null when the line is no such header.
     */
    static List<ColumnKind> headerColumns(String line, HeaderReader headers) {
        String t = line.strip();
        String[] parts;
        if (t.startsWith("|") && t.endsWith("|") && t.length() >= 3) parts = t.substring(1, t.length() - 1).split("\\|", -1);
        else parts = t.split("\\|", -1);
        // a header of three columns at least: a task, who leads, by when
        if (parts.length < 3) return null;
        List<ColumnKind> kinds = new ArrayList<>();
        int labels = 0;
        for (String p : parts) {
            HeaderReader.Reading reading = headers.read(p.replace("**", "").strip());
            // a label cell: most of its words spell the label (a task's or an agency's cell has others)
            if (reading.labelWords() > 0 && reading.labelWords() >= reading.junkWords()) labels++;
            java.util.Set<ColumnKind> read = reading.distinct();
            // two columns' labels in one cell: a border the page's reader missed, or a merged "chủ trì,
            // phối hợp" column; the two look alike, and in the first the rows' cells hold two columns'
            // words interleaved, so neither is read cell by cell here (the table's other readers take it)
            if (read.size() > 1) return null;
            if (read.isEmpty()) kinds.add(ColumnKind.UNKNOWN);
            else kinds.add(reading.kinds().stream().filter(k -> k != ColumnKind.UNKNOWN).findFirst().orElseThrow());
        }
        if (labels < 3 || labels * 2 < parts.length) return null;
        TableHeader h = new TableHeader(kinds, 0, 0, false);
        List<ColumnKind> columns = h.columns();
        return columns.contains(ColumnKind.TASK) || columns.contains(ColumnKind.INDICATOR) ? columns : null;
    }

    /**
     * Where a table's ruled header stands among its lines (a header the OCR garbled past reading
     * as a whole may still read cell by cell): the index of the first line read as one, or -1.
     */
    static int ruledHeaderAt(List<Line> lines, HeaderReader headers) {
        for (int i = 0; i < lines.size(); i++) if (headerColumns(lines.get(i).text(), headers) != null) return i;
        return -1;
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
        int unnumbered = 0;
        boolean headingOnly = false;
        for (Line l : lines) {
            List<String> cells = cells(l.text(), columns.size());
            if (cells == null) {
                // a group's title in a merged cell: its numeral, then its text ("II | TITLE")
                // (groups are numbered I, II, III…: a numeral the OCR misread, "1" or "Il", or read as
                // one already passed, is the next in sequence)
                List<String> two = cells(l.text(), 2);
                if (numberAt < 0 || two == null || !(ROMAN.matcher(two.getFirst()).matches() || capitals(two.get(1)))) continue;
                String numeral = two.getFirst().replaceFirst("\\.$", "");
                int at = ROMAN_NUMERALS.indexOf(numeral), last = ROMAN_NUMERALS.indexOf(group.label());
                if (!numeral.matches("[A-HĐ]") && (at < 0 || at <= last)) numeral = last + 1 < ROMAN_NUMERALS.size() ? ROMAN_NUMERALS.get(last + 1) : numeral;
                cells = new ArrayList<>(java.util.Collections.nCopies(columns.size(), ""));
                cells.set(numberAt, numeral);
                if (taskAt >= 0) cells.set(taskAt, two.get(1));
            }
            String n = numberAt >= 0 ? cells.get(numberAt) : "";
            if (numberAt < 0 && taskAt >= 0) {
                // no number column: a line is a row, its task opening a sentence; a task cell going on
                // lower case is the row above's, wrapped; a line whose only text is its task cell is a
                // group's title (every task of the genre names who leads it and by when)
                String task = cells.get(taskAt);
                long filled = cells.stream().filter(c -> !c.isEmpty()).count();
                boolean opens = row == null || !task.isEmpty() && !Character.isLowerCase(task.codePointAt(0));
                if (opens && filled == 1 && !task.isEmpty() && capitals(task)) {
                    if (row != null) rows.add(builder.fromCells(new RowContext(src, planId, appendix, group, number, planYear), rowLines, row));
                    row = null;
                    rowLines = new ArrayList<>();
                    group = new Group("", task);
                    continue;
                }
                if (opens) n = String.valueOf(++unnumbered);
            }
            Matcher roman = ROMAN.matcher(n);
            Matcher num = ROW_NUMBER.matcher(n);
            if (roman.matches() || num.matches()) {
                headingOnly = taskOnly(row);
                if (row != null) rows.add(builder.fromCells(new RowContext(src, planId, appendix, group, number, planYear), rowLines, row));
                row = null;
                rowLines = new ArrayList<>();
                if (roman.matches()) {
                    group = new Group(roman.group(1), taskAt >= 0 ? cells.get(taskAt) : "");
                    continue;
                }
                // a row whose sub-rows follow (11 ⏎ 11.1 ⏎ 11.2) and that names no one and no date is their heading, not a task
                if (!rows.isEmpty() && num.group(1).startsWith(number + ".") && headingOnly) rows.removeLast();
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

    /** A row holding only its task cell. */
    private static boolean taskOnly(Map<ColumnKind, String> row) {
        return row != null && row.keySet().stream().allMatch(k -> k == ColumnKind.TASK);
    }

    /** Most of the letters are capitals (a group's title). */
    private static boolean capitals(String s) {
        long upper = s.codePoints().filter(Character::isUpperCase).count();
        long letters = s.codePoints().filter(Character::isLetter).count();
        return letters >= 8 && upper * 10 >= letters * 8;
    }
}
