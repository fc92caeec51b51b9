package vn.camket.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.camket.model.TaskRow;
import vn.camket.table.ColumnKind;
import vn.camket.table.HeaderReader;
import vn.camket.table.RepeatedHeader;
import vn.camket.table.TableHeader;
import vn.camket.text.Fold;
import vn.camket.text.SourceText;

/**
 * Reads the rows of a task table (STT, task, lead, coordinating, result, deadline, note).
 *
 * <p>Rows are found from their numbers, kept only when they follow the running sequence (a number
 * elsewhere in a line is not a row), and from lines that open like a task ("Xây dựng …") where
 * the OCR lost the number. OCR of a scanned table reads it line by line across the columns, and
 * cells are centred vertically, so a row's number may stand in the middle of its task text: the
 * row then starts at the task-like line just above. {@link TaskRowBuilder} then puts each row's
 * cells back in their columns: the task part (the left, widest column), lead agencies, deadline.
 */
public final class TaskTableParser {
    /** Letters the OCR puts for a lone digit before a column rule ("I |" for 1, "g |" for 9). */
    private static final Pattern LETTER_FOR_DIGIT = Pattern.compile("^([Ilgq])(\\s*\\|)");

    /** The line with a letter before its column rule read as the expected row number, when that is the digit the letter resembles. */
    static String readMisreadDigit(String t, int expected) {
        Matcher m = LETTER_FOR_DIGIT.matcher(t);
        if (!m.find()) return t;
        int digit = "Il".indexOf(m.group(1)) >= 0 ? 1 : 9;
        return digit == expected ? expected + t.substring(1) : t;
    }

    /**
     * A row number opening a line. The OCR reads the number cell's dot as a comma or a quote mark
     * ("23, Xây dựng", "27‘ Tiếp tục"): any of those after the number, before a space, closes it.
     */
    static final Pattern ROW_NUMBER = Pattern.compile("^[|(\\[]?\\s*(\\d{1,3})\\s*(?:[.)|:]\\s*|[,‘’'`]\\s+|\\s+|$)(.*)$");
    /** A sub-row under row N: "16.3 | …", or "174 | …" with the dot lost (three digits or more: "31" is row 31). */
    private static final Pattern SUB_ROW = Pattern.compile("^[|(\\[]?\\s*(\\d{1,3})[.,](\\d{1,2})\\s*(?:[.)|:]\\s*|\\s+|$)(.*)$");
    private static final Pattern DOTLESS_SUB_ROW = Pattern.compile("^[|(\\[]?\\s*(\\d{3,4})\\s*\\|\\s*(.*)$");
    private static final Pattern DOTLESS_IN_TURN = Pattern.compile("^(\\d{3,4})\\s+(\\p{Ll}.*)$");
    private static final Pattern ROMAN_GROUP = Pattern.compile("^([IVX]{1,5})(?:\\s*[.|)]\\s*|\\s+)(\\S.*)?$|^([IVX]{1,5})$");
    private static final Pattern LETTER_GROUP = Pattern.compile("^([A-HĐ])\\s*[.)]\\s*(\\S.*)$");
    private static final Pattern STRAY_LEAD = Pattern.compile("^[\\s'’‘\"`~.,;:]+");

    private static final HeaderReader HEADERS = HeaderReader.bundled();

    private final AgencyDirectory agencies;
    private final TaskOpeners openers;
    private final DeadlineParser deadlines;
    private final TaskRowBuilder rowBuilder;
    private final TaskRowBuilder cellRowBuilder;
    private final LexiconCellScorer cellScorer;
    private final BlockCells blockCells;
    private final MergedLeadCells mergedLeads;
    /** The lead and coordinating columns of the table being read (OCR tables only). */
    private LeadColumns leadColumns;
    /** The columns of the table being read (from its header, or the genre's), for the column model; null where it does not apply. */
    private List<ColumnKind> lineColumns;
    /** The columns of the table being read, left to right (from its header, or the genre's). */
    private List<ColumnKind> tableColumns = List.of();
    /** The header's columns when the table has no number column (null otherwise): its rows may be written one per line. */
    private List<ColumnKind> unnumbered;
    /** Whether the table being read is clean Vietnamese text ({@link #isCleanVietnamese}): only such a text is read one cell per line. */
    private boolean cleanText = true;

    public TaskTableParser(AgencyDirectory agencies, TaskOpeners openers, DeadlineParser deadlines, ThemeClassifier themes) {
        this(agencies, agencies, openers, deadlines, themes);
    }

    /**
     * {@code cellAgencies} are read where a row's cells are known (tables read cell by cell or
     * between column rules); {@code agencies} in rows whose cells the OCR interleaved.
     */
    public TaskTableParser(AgencyDirectory agencies, AgencyDirectory cellAgencies, TaskOpeners openers, DeadlineParser deadlines,
                           ThemeClassifier themes) {
        this.agencies = agencies;
        this.openers = openers;
        this.deadlines = deadlines;
        this.rowBuilder = new TaskRowBuilder(agencies, openers, deadlines, themes);
        this.cellRowBuilder = new TaskRowBuilder(cellAgencies, openers, deadlines, themes);
        this.cellScorer = new LexiconCellScorer(cellAgencies, openers);
        this.blockCells = new BlockCells(cellAgencies, deadlines);
        this.mergedLeads = new MergedLeadCells(agencies);
    }

    /** A line of the table body with its 0-based index in the source. */
    record Line(int index, String text) {}

    record Group(String label, String title) {}

    private record RowStart(int pos, String number, Group group) {}

    /** A sub-row's number as printed ("16.3"), its place under its row (3) and the text after it. */
    record SubRow(String number, int minor, String after) {}

    /** What a row's fields are built with besides its lines. */
    record RowContext(SourceText src, String planId, Appendix appendix, Group group, String number, String planYear) {}

    public List<TaskRow> parse(SourceText src, String planId, Appendix appendix, String planYear) {
        List<TaskRow> rows = new ArrayList<>(read(src, planId, appendix, planYear));
        rows.removeIf(r -> !isSentence(r.task()));
        // one column for lead and coordinating agencies in an OCR'd table: its words say who leads
        if (!cleanText) rows = new ArrayList<>(mergedLeads.apply(src, rows));
        return rows;
    }

    /** A task is a sentence: a row whose task cell holds no three words (a number column printed apart, debris) is none. */
    static boolean isSentence(String task) {
        int words = 0;
        for (String w : task.split("\\s+")) if (w.codePoints().filter(Character::isLetter).count() >= 2) words++;
        return words >= 3;
    }

    private List<TaskRow> read(SourceText src, String planId, Appendix appendix, String planYear) {
        cleanText = true;
        tableColumns = List.of();
        Body body = body(src, appendix);
        if (body.lines().isEmpty()) return List.of();
        tableColumns = body.columns();
        cleanText = isCleanVietnamese(body.lines());
        lineColumns = body.columns().stream().filter(c -> c != ColumnKind.NUMBER).toList();
        if (lineColumns != null && (lineColumns.isEmpty() || lineColumns.getFirst() != ColumnKind.TASK)) lineColumns = null;
        unnumbered = body.columns().contains(ColumnKind.NUMBER) || body.columns().size() < 3 ? null : body.columns();
        // a header printed between rules gives the columns cell by cell, and rows with as many cells are read by them
        List<ColumnKind> ruled = body.header() == null ? null : PipeRowReader.headerColumns(src.lines().get(body.header().fromLine()), HEADERS);
        List<Line> ruledRows = body.lines();
        if (ruled == null) {
            // a header the OCR garbled past reading as a whole, read cell by cell: just above the body, or in it
            int first = body.lines().getFirst().index();
            for (int i = Math.max(0, first - 3); i < first && ruled == null; i++) ruled = PipeRowReader.headerColumns(src.lines().get(i), HEADERS);
            int at = ruled != null ? -1 : PipeRowReader.ruledHeaderAt(body.lines(), HEADERS);
            if (at >= 0) {
                ruled = PipeRowReader.headerColumns(body.lines().get(at).text(), HEADERS);
                ruledRows = body.lines().subList(at + 1, body.lines().size());
            }
        }
        if (ruled != null && PipeRowReader.applies(ruledRows, ruled.size())) {
            tableColumns = ruled;
            return new PipeRowReader(ruled, cellRowBuilder).read(src, planId, appendix, ruledRows, planYear);
        }
        if (PipeRowReader.applies(body.lines(), body.columns().size())) {
            return new PipeRowReader(body.columns(), cellRowBuilder).read(src, planId, appendix, body.lines(), planYear);
        }
        // line by line throughout, or cell by cell with every row's number on a line of its own (the
        // one-cell-per-line text of a digital PDF, clean Vietnamese): rows are found from their numbers.
        // A table any of whose pages the OCR read across the columns is no clean text, however short its
        // other lines; nor is one the OCR printed without diacritics, whose cells go to the OCR's readers.
        if (!body.anyBlocks() || body.allBlocks() && cleanText && bareNumbers(body.lines()) > 0) {
            return parseLines(src, planId, appendix, body.lines(), planYear, 1, new Group("", ""), body.anyAcross());
        }
        // the OCR printed some pages cell by cell, others line by line: each region read its own way, in
        // turn; or, where row numbers run through the whole table, the table read line by line as one.
        // The reading that finds more rows with a lead or a deadline in their cells explains more of it.
        List<TaskRow> regionWise = byRegion(src, planId, appendix, body, planYear);
        if (bareNumbers(body.lines()) == 0) return regionWise;
        List<TaskRow> whole = parseLines(src, planId, appendix, body.lines(), planYear, 1, new Group("", ""), body.anyAcross());
        return staffed(whole) > staffed(regionWise) ? whole : regionWise;
    }

    /** Rows whose cells named a lead or a deadline. */
    private static long staffed(List<TaskRow> rows) {
        return rows.stream().filter(r -> !r.lead().isEmpty() || r.deadline().kind() != vn.camket.model.Deadline.Kind.unknown).count();
    }

    private List<TaskRow> byRegion(SourceText src, String planId, Appendix appendix, Body body, String planYear) {
        List<TaskRow> rows = new ArrayList<>();
        BlockTableReader.State state = new BlockTableReader.State();
        BlockTableReader blocks = new BlockTableReader(body.columns(), cellScorer, cellRowBuilder);
        for (Region r : body.regions()) {
            List<Line> part = body.lines().subList(r.from(), r.to());
            if (part.isEmpty()) continue;
            List<TaskRow> found;
            if (r.blocks()) {
                found = blocks.read(src, planId, appendix, part, planYear, state);
            } else {
                int next;
                try {
                    next = Integer.parseInt(state.lastNumber.replaceAll("\\..*", "")) + 1;
                } catch (NumberFormatException e) {
                    next = 1;
                }
                found = parseLines(src, planId, appendix, part, planYear, next, state.group, r.across());
                if (!found.isEmpty()) {
                    TaskRow last = found.getLast();
                    state.lastNumber = last.row();
                    if (!last.group().equals(state.group.label())) state.group = new Group(last.group(), "");
                }
            }
            rows.addAll(found);
        }
        return rows;
    }

    private List<TaskRow> parseLines(SourceText src, String planId, Appendix appendix, List<Line> lines, String planYear,
                                     int firstExpected, Group firstGroup) {
        return parseLines(src, planId, appendix, lines, planYear, firstExpected, firstGroup, false);
    }

    /** {@code across}: the lines are known to run across the columns (an OCR page), never one cell per line. */
    private List<TaskRow> parseLines(SourceText src, String planId, Appendix appendix, List<Line> lines, String planYear,
                                     int firstExpected, Group firstGroup, boolean across) {
        if (lines.isEmpty()) return List.of();
        boolean stacked = !across && cleanText && isStacked(lines);
        int width = taskWidth(lines);
        Integer measured = lineColumns != null && !stacked ? cellRowBuilder.taskWidth(lines.stream().map(Line::text).toList(), lineColumns) : null;
        int cellWidth = measured != null ? measured : width;
        leadColumns = stacked ? null : new LeadColumns(agencies, lines.stream().map(Line::text).toList(), width);
        // columns the OCR printed apart below their page's rows: their cells are set aside, then given to the rows in order
        List<ColumnBlocks.Block> apart = stacked ? List.of() : ColumnBlocks.find(src.lines(), lines, tableColumns);
        if (!apart.isEmpty()) {
            lines = new ArrayList<>(lines);
            for (ColumnBlocks.Block b : apart) for (int p = b.from(); p < b.to(); p++) lines.set(p, new Line(lines.get(p).index(), ""));
        }

        // pass 1: group headings and numbered rows that follow the running sequence
        List<RowStart> starts = new ArrayList<>();
        boolean[] isGroup = new boolean[lines.size()];
        Group group = firstGroup;
        int expected = firstExpected;
        // a region after another: its numbering goes on from the first row number printed in it, if near the one due
        for (Line l : lines) {
            Matcher n = ROW_NUMBER.matcher(l.text());
            if (firstExpected > 1 && n.matches() && !n.group(2).isBlank()) {
                int num = Integer.parseInt(n.group(1));
                if (Math.abs(num - firstExpected) <= 10) expected = num;
                break;
            }
        }
        // the next sub-row of the last numbered row ("16.1", "16.2" under row 16)
        int nextMinor = 1;
        int lastStart = -1;
        for (int p = 0; p < lines.size(); p++) {
            String t = TableLines.groupRead(TableLines.romanRead(lines.get(p).text(), group.label()), group.label());
            Matcher g = ROMAN_GROUP.matcher(t);
            Matcher lg = LETTER_GROUP.matcher(t);
            if (g.matches() && isGroupHeading(g, t)) {
                String label = g.group(1) != null ? g.group(1) : g.group(3);
                StringBuilder title = new StringBuilder(g.group(2) == null ? "" : g.group(2));
                isGroup[p] = true;
                // a title centred on its numeral opens on the line above ("Thu hút và trọng dụng nhân lực …, tổ" ⏎ "IV | chức nghiên cứu …")
                int above = p - 1;
                while (above > lastStart && lines.get(above).text().isEmpty()) above--;
                if (above > lastStart && !title.isEmpty() && Character.isLowerCase(title.codePointAt(0))
                        && startsUpper(lines.get(above).text()) && lines.get(above).text().length() >= width) {
                    isGroup[above] = true;
                    title.insert(0, lines.get(above).text() + " ");
                }
                // a group title may wrap onto following lines until the next row
                while (p + 1 < lines.size() && !startsRow(lines.get(p + 1).text(), expected)
                        && isGroupContinuation(lines.get(p + 1).text(), title)) {
                    p++;
                    isGroup[p] = true;
                    title.append(title.isEmpty() ? "" : " ").append(lines.get(p).text());
                }
                group = new Group(label, title.toString());
                if (!isContinuingNumbering(lines, p + 1, expected)) expected = 1;
                lastStart = p;
                continue;
            }
            if (lg.matches() && startsUpper(lg.group(2)) && lg.group(2).length() < 60 && isReadable(lg.group(2))) {
                isGroup[p] = true;
                group = new Group(lg.group(1), lg.group(2));
                expected = 1;
                lastStart = p;
                continue;
            }
            SubRow sub = expected > 1 ? subRow(t, expected - 1, nextMinor) : null;
            String number, after;
            boolean outOfTurn;
            if (sub != null) {
                number = sub.number();
                after = sub.after().strip();
                outOfTurn = sub.minor() > nextMinor;
            } else {
                Matcher n = ROW_NUMBER.matcher(readMisreadDigit(t, expected));
                if (!n.matches()) continue;
                int num = Integer.parseInt(n.group(1));
                number = n.group(1);
                after = n.group(2).strip();
                // a number that goes on ("15/2025", "12 2025", "1.000") is no row number; lone digits of debris before words may follow one
                if (after.startsWith("/") || after.startsWith("%") || (after.matches("^[,.]?\\d.*") && !after.matches("^(\\d\\s+){1,3}\\p{L}.*"))) continue;
                if (num < expected || num > expected + 6) continue;
                outOfTurn = num > expected;
            }
            int pos = p;
            // number in the middle of the row: the row began at the task-like line above; a capital
            // that opens no task ("15 | Nông nghiệp tại …") may be a name inside the sentence
            boolean midSentence = !opensCell(after);
            if (!after.isEmpty() && !stacked && (midSentence || !openers.opens(after))) {
                int opener = -1, capital = -1;
                // a sub-row is short and centred on its number: its text starts a few lines up at most, below its row's own
                int reach = sub != null ? Math.max(lastStart, p - 4) : lastStart;
                for (int q = p - 1; q > reach && !isGroup[q]; q--) {
                    String up = lines.get(q).text();
                    if (opener < 0 && openers.opens(up) && !looksLikeDeadline(up)) opener = q;
                    if (capital < 0 && opensCell(up) && up.length() >= width * 0.6) capital = q;
                }
                if (opener >= 0) pos = opener;
                // a number out of turn inside a sentence, no task opening near and no column rule after it: debris
                else if (outOfTurn && midSentence && !t.matches("^\\s*[\\d.]{1,5}\\s*\\|.*")) continue;
                else if (capital >= 0 && midSentence) pos = capital;
            }
            starts.add(new RowStart(pos, number, group));
            if (sub != null) {
                nextMinor = sub.minor() + 1;
            } else {
                expected = Integer.parseInt(number) + 1;
                nextMinor = 1;
            }
            lastStart = p;
        }

        // pass 2: task-like lines where the OCR lost the row number
        List<RowStart> all = new ArrayList<>(starts);
        // (clean one-cell-per-line tables keep their numbers: a short cell there is no row)
        for (int p = 0; p < lines.size() && !stacked; p++) {
            if (isGroup[p]) continue;
            String t = lines.get(p).text();
            // a number the OCR misread ("1" for 11) before the task's opening words
            Matcher misnumbered = ROW_NUMBER.matcher(t);
            String opening = misnumbered.matches() ? misnumbered.group(2).strip() : t;
            boolean whole = wholeRow(t);
            if (!whole && (!openers.opens(opening) || t.length() < width * 0.6 || looksLikeDeadline(opening))) continue;
            if (!whole && isFullWidthHeading(t, width)) continue;
            if (!apart.isEmpty() && isTitleAmongCells(lines, p) || inCapitals(t)) {
                        isGroup[p] = true;
                continue;
            }
            if (insideNumberedRow(starts, lines, p) || followsBareNumber(starts, lines, p)) continue;
            all.add(new RowStart(p, null, groupAt(p, starts, firstGroup)));
        }
        all.sort((a, b) -> Integer.compare(a.pos(), b.pos()));

        List<TaskRow> rows = new ArrayList<>();
        String lastNumber = "0";
        for (int r = 0; r < all.size(); r++) {
            RowStart s = all.get(r);
            int end = r + 1 < all.size() ? all.get(r + 1).pos() : lines.size();
            List<Line> rowLines = new ArrayList<>();
            for (int p = s.pos(); p < end; p++) if (!isGroup[p]) rowLines.add(lines.get(p));
            if (rowLines.isEmpty()) continue;
            String number = s.number() != null ? s.number() : nextNumber(lastNumber);
            lastNumber = number;
            RowContext ctx = new RowContext(src, planId, appendix, s.group(), number, yearOf(s.group(), planYear));
            // the non-empty line above the row, where a cell centred on the row may begin
            String above = null;
            for (int p = s.pos() - 1; p >= 0 && r > 0 && !isGroup[p] && above == null; p--) {
                if (!lines.get(p).text().isEmpty()) above = lines.get(p).text();
            }
            if (stacked) rows.add(rowBuilder.stacked(ctx, rowLines));
            else {
                TaskRow read = rowBuilder.interleaved(ctx, rowLines, width, above, leadColumns);
                if (lineColumns != null) read = TaskRowBuilder.filledFrom(read, cellRowBuilder.segmented(ctx, rowLines, lineColumns, cellWidth));
                rows.add(read);
            }
        }
        return apart.isEmpty() ? rows : blockCells.give(src.lines(), rows, lines, apart, planYear);
    }

    /** A stretch of the table's lines [from, to) under one header: printed cell by cell ({@code blocks}) or line by line. */
    record Region(int from, int to, boolean blocks, boolean across) {
        Region(int from, int to, boolean blocks) {
            this(from, to, blocks, false);
        }
    }

    /** The table's lines, its columns (from its header, or the genre's when it has none) and its regions. */
    record Body(List<Line> lines, TableHeader header, List<ColumnKind> columns, List<Region> regions) {
        boolean anyBlocks() {
            return regions.stream().anyMatch(Region::blocks);
        }

        boolean allBlocks() {
            return regions.stream().allMatch(Region::blocks);
        }

        /** Some page of the table read line by line across its columns (by the OCR): no clean one-cell-per-line text. */
        boolean anyAcross() {
            return regions.stream().anyMatch(Region::across);
        }
    }

    private static final List<ColumnKind> GENRE_COLUMNS = List.of(ColumnKind.NUMBER, ColumnKind.TASK, ColumnKind.LEAD,
            ColumnKind.COORD, ColumnKind.RESULT, ColumnKind.DEADLINE, ColumnKind.NOTE);

    /**
     * The lines of the table proper: after its header (read by {@link HeaderReader}; without one,
     * after the first line that reads as a header row, or from the appendix's top), without the
     * header repeated on later pages and without page marks. A header the OCR printed one label per
     * line (three lines or more) tells that the page below it was read cell by cell.
     */
    private static Body body(SourceText src, Appendix a) {
        List<String> all = src.lines();
        TableHeader header = HEADERS.findHeader(all, a.from(), a.to());
        int start = header != null ? header.toLine() + 1 : -1;
        for (int i = a.from(); i < a.to() && start < 0; i++) {
            if (TableLines.isHeader(STRAY_LEAD.matcher(all.get(i)).replaceFirst("").strip())) start = i + 1;
        }
        if (start < 0) start = a.from();
        List<Line> out = new ArrayList<>();
        List<Region> regions = new ArrayList<>();
        boolean blocks = header != null && isStackedHeader(all, header);
        RepeatedHeader first = header != null ? new RepeatedHeader(all, header.fromLine(), header.toLine()) : null;
        int regionFrom = 0;
        for (int i = start; i < a.to(); i++) {
            String t = STRAY_LEAD.matcher(all.get(i)).replaceFirst("").strip();
            if (t.isEmpty()) {
                out.add(new Line(i, ""));
                continue;
            }
            TableHeader repeated = HEADERS.headerAt(all, i);
            int repeatEnd = repeated != null ? repeated.toLine() : first != null ? first.endAt(all, i) : -1;
            if (repeatEnd >= 0) {
                regions.add(new Region(regionFrom, out.size(), blocks));
                regionFrom = out.size();
                blocks = repeated != null ? isStackedHeader(all, repeated) : nonBlank(all, i, repeatEnd) >= 3;
                i = repeatEnd;
                continue;
            }
            if (TableLines.isHeader(t) || TableLines.isNoise(t)) continue;
            out.add(new Line(i, t));
        }
        regions.add(new Region(regionFrom, out.size(), blocks));
        regions = readAcross(regions, out);
        // trim leading blanks
        int lead = 0;
        while (lead < out.size() && out.get(lead).text().isEmpty()) lead++;
        if (lead > 0) {
            int shift = lead;
            out = new ArrayList<>(out.subList(lead, out.size()));
            regions = regions.stream().map(r -> new Region(Math.max(0, r.from() - shift), Math.max(0, r.to() - shift), r.blocks(), r.across())).toList();
        }
        List<ColumnKind> columns = header != null ? header.columns() : GENRE_COLUMNS;
        return new Body(out, header, columns, regions);
    }

    private static int nonBlank(List<String> all, int from, int to) {
        int n = 0;
        for (int i = from; i <= to; i++) if (!all.get(i).isBlank()) n++;
        return n;
    }

    /**
     * A page read cell by cell has lines no wider than a cell; a page read line by line across the
     * columns has lines as wide as the table. A header the OCR printed label by label does not tell
     * how the page under it was read (the body may still run across the columns): the lines do.
     * Where some pages of the table have lines far narrower than its widest page read across the
     * columns (the longest tenth of their lines under {@link #NARROW} of that page's), those pages
     * were read cell by cell and the others across the columns, whatever their headers looked like.
     * A table with no page read across (a clean text, one cell per line) is left as its headers say.
     */
    private static List<Region> readAcross(List<Region> regions, List<Line> lines) {
        int[] p90 = new int[regions.size()];
        int widest = 0;
        for (int k = 0; k < regions.size(); k++) {
            Region r = regions.get(k);
            int[] lengths = lines.subList(r.from(), r.to()).stream().mapToInt(l -> l.text().length()).filter(n -> n > 0).sorted().toArray();
            p90[k] = lengths.length < 5 ? -1 : lengths[lengths.length * 9 / 10];
            if (!r.blocks()) widest = Math.max(widest, p90[k]);
        }
        boolean anyNarrow = false;
        for (int w : p90) anyNarrow |= w >= 0 && w < widest * NARROW;
        if (!anyNarrow) return regions;
        List<Region> out = new ArrayList<>();
        for (int k = 0; k < regions.size(); k++) {
            Region r = regions.get(k);
            if (p90[k] < 0) out.add(r);
            else out.add(p90[k] < widest * NARROW ? new Region(r.from(), r.to(), r.blocks()) : new Region(r.from(), r.to(), false, true));
        }
        return out;
    }

    /** A page read cell by cell: its long lines are under this share of the widest page's. */
    private static final double NARROW = 0.6;

    private static final Pattern BARE_NUMBER = Pattern.compile("^\\d{1,3}(\\.\\d{1,2})?\\.?$");

    private static long bareNumbers(List<Line> lines) {
        return lines.stream().filter(l -> BARE_NUMBER.matcher(l.text()).matches()).count();
    }

    private static boolean isStackedHeader(List<String> all, TableHeader h) {
        return h.stacked();
    }

    /** Share of a clean Vietnamese text's words that hold a letter only Vietnamese writes: in a clean text two thirds do, in OCR that lost the diacritics none. */
    private static final double VIETNAMESE_SHARE = 0.2;

    /**
     * Text printed with its diacritics (a digital document's, or an OCR that kept them), not OCR
     * that lost them: at least {@link #VIETNAMESE_SHARE} of its words hold a letter only Vietnamese
     * writes (ă â đ ê ô ơ ư ĩ ũ, or a vowel with a tone mark of Vietnamese's own: "ạ", "ả", "ế" …;
     * "é", "à", "ó" the OCR's English model prints too, so they tell nothing).
     */
    static boolean isCleanVietnamese(List<Line> lines) {
        int words = 0, vietnamese = 0;
        for (Line l : lines) {
            for (String w : l.text().split("\\s+")) {
                if (w.codePoints().noneMatch(Character::isLetter)) continue;
                words++;
                if (w.codePoints().anyMatch(TaskTableParser::isVietnameseLetter)) vietnamese++;
            }
        }
        return words > 0 && vietnamese >= words * VIETNAMESE_SHARE;
    }

    private static boolean isVietnameseLetter(int c) {
        return "ăâđêôơưĩũ".indexOf(Character.toLowerCase(c)) >= 0 || c >= 0x1EA0 && c <= 0x1EF9;
    }

    /** One cell per line (clean text extracted from a digital PDF): most lines are short. */
    private static boolean isStacked(List<Line> lines) {
        int[] lengths = lines.stream().filter(l -> !l.text().isEmpty()).mapToInt(l -> l.text().length()).sorted().toArray();
        return lengths.length > 0 && lengths[lengths.length / 2] < 32;
    }

    /** Typical width in characters of a full line of the task column: lines with no agency and no date in them. */
    private int taskWidth(List<Line> lines) {
        int[] lengths = lines.stream().map(Line::text)
                .filter(t -> t.length() > 20 && !t.contains("|"))
                .filter(t -> agencies.find(t).isEmpty() && !DeadlineCells.DEADLINE_START.matcher(Fold.ocrFold(t)).find())
                .mapToInt(String::length).sorted().toArray();
        if (lengths.length < 5) return 50;
        return lengths[(int) (lengths.length * 0.75)];
    }

    /**
     * "II | Tập trung nguồn lực …", "I" alone, or the middle line of a centred heading ("IV | chức
     * nghiên cứu …"); not a task row that the OCR numbered in Roman ("VII | Xây dựng … | Sở … | Giai đoạn").
     */
    private boolean isGroupHeading(Matcher g, String line) {
        if (g.group(3) != null) return true;
        String rest = g.group(2);
        if (!isReadable(rest)) return false;
        boolean bar = line.matches("^[IVX]{1,5}\\s*\\|.*");
        if (!startsUpper(rest) && !(bar && g.group(1).length() >= 2)) return false;
        long bars = line.chars().filter(c -> c == '|').count();
        if (bars >= 2) return false;
        String restFolded = Fold.ocrFold(rest);
        boolean cells = !agencies.find(rest).isEmpty() && DeadlineCells.DEADLINE_START.matcher(restFolded).find();
        return !cells;
    }

    /**
     * A group heading whose Roman numeral the OCR lost spans the whole table: far wider than the
     * task column, with no agency, no deadline and no column rule in it.
     */
    private boolean isFullWidthHeading(String t, int width) {
        return t.length() > width * 1.5 && t.indexOf('|') < 0 && agencies.find(t).isEmpty()
                && !DeadlineCells.DEADLINE_START.matcher(Fold.ocrFold(t)).find();
    }

    /** A group title's line is this many times as wide as the task cells' lines around it, on a page read column by column. */
    private static final double TITLE_SPAN = 1.5;

    /**
     * On a page the OCR read column by column, the task column's cells are printed as narrow as
     * the column, and a group title, a merged cell across the table, as wide as the table: a line
     * standing alone (blank lines around it, or a row's start after it) far wider than the lines
     * around it is a title, not a task. Read across, every line is as wide as the table.
     */
    private boolean isTitleAmongCells(List<Line> lines, int p) {
        int len = lines.get(p).text().length();
        if (p + 1 < lines.size() && !lines.get(p + 1).text().isEmpty() && !openers.opens(lines.get(p + 1).text())) return false;
        int widest = 0, near = 0;
        for (int q = Math.max(0, p - 12); q < Math.min(lines.size(), p + 13); q++) {
            int n = lines.get(q).text().length();
            if (q == p || n < 20) continue;
            widest = Math.max(widest, n);
            near++;
        }
        return near >= 4 && len >= widest * TITLE_SPAN;
    }

    /** A task is a sentence, a group's title may be printed in capitals: a line of four words or more nearly all in capitals opens no task. */
    static boolean inCapitals(String t) {
        int letters = 0, upper = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isLetter(c)) continue;
            letters++;
            if (Character.isUpperCase(c)) upper++;
        }
        return letters >= 15 && upper >= letters * 0.85 && t.strip().split("\\s+").length >= 4;
    }

    /** Real words, not OCR debris ("X Ne o1~ . A A"): few one-letter tokens. */
    static boolean isReadable(String s) {
        String[] tokens = s.trim().split("\\s+");
        long shortOnes = Arrays.stream(tokens).filter(t -> t.replaceAll("[^\\p{L}\\p{N}]", "").length() <= 1).count();
        return tokens.length >= 2 && shortOnes * 4 <= tokens.length;
    }

    private static boolean startsUpper(String s) {
        return s != null && !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
    }

    /** A cell's first word: a capital letter then lower case ("Xây", not "ISy" or "o"). */
    private static boolean opensCell(String s) {
        return (s.matches("^[\\p{Lu}][\\p{Ll}].*") || s.matches("^[\\p{Lu}]{3,}[\\s,].*") && s.length() > 25) && isReadable(s);
    }

    private static boolean isGroupContinuation(String next, CharSequence title) {
        if (next.isEmpty()) return false;
        boolean upperTitle = !title.isEmpty() && title.toString().equals(title.toString().toUpperCase());
        if (title.isEmpty()) return true;
        if (upperTitle) return next.equals(next.toUpperCase()) && next.length() > 3;
        return Character.isLowerCase(next.codePointAt(0));
    }

    /**
     * A row of a table without a number column written whole on one line, a cell per column ("Xây
     * dựng … | Sở Y tế | Sở Nội vụ | Quý IV/2025 | ", as a PDF's table is rebuilt from its words):
     * as many cells as the header has columns, the task cell opening a sentence, and beside it a cell
     * the genre fills (who leads, by when). Such a line is a row however short its task.
     */
    private boolean wholeRow(String t) {
        if (unnumbered == null || t.startsWith("|")) return false;
        String[] cells = t.split("\\s*\\|\\s*", -1);
        if (cells.length != unnumbered.size()) return false;
        int task = unnumbered.indexOf(ColumnKind.TASK);
        if (task < 0 || !opensCell(cells[task].strip())) return false;
        for (int c = 0; c < cells.length; c++) if (c != task && !cells[c].isBlank()) return true;
        return false;
    }

    private static boolean startsRow(String t, int expected) {
        Matcher n = ROW_NUMBER.matcher(t);
        return n.matches() && Integer.parseInt(n.group(1)) == expected;
    }

    /** After a group heading, numbering either restarts at 1 or goes on: look at the next numbered line. */
    private static boolean isContinuingNumbering(List<Line> lines, int from, int expected) {
        for (int p = from; p < Math.min(lines.size(), from + 12); p++) {
            Matcher n = ROW_NUMBER.matcher(lines.get(p).text());
            if (n.matches()) {
                int num = Integer.parseInt(n.group(1));
                if (num == 1) return false;
                if (num >= expected && num <= expected + 2) return true;
            }
        }
        return false;
    }

    private static boolean looksLikeDeadline(String t) {
        String f = Fold.ocrFold(t);
        return f.startsWith("hoan thanh trong") || f.startsWith("hoan thanh vao") || f.startsWith("hoan thanh truoc")
                || f.startsWith("trinh ") || f.startsWith("thuong xuyen");
    }

    /** Whether line p lies between a mid-row numbered row's start and its number line. */
    private static boolean insideNumberedRow(List<RowStart> starts, List<Line> lines, int p) {
        for (RowStart s : starts) {
            if (s.pos() == p) return true;
        }
        for (int k = 0; k < starts.size(); k++) {
            RowStart s = starts.get(k);
            int numberLine = s.pos();
            for (int q = s.pos(); q < lines.size(); q++) {
                if (afterNumber(lines.get(q).text(), s.number()) != null) {
                    numberLine = q;
                    break;
                }
                if (q - s.pos() > 15) break;
            }
            if (p > s.pos() && p <= numberLine) return true;
        }
        return false;
    }

    /** Sub-row major.k of line t, for k from {@code minor} up to three past it (the OCR may lose a sub-row's number), or null. */
    static SubRow subRow(String t, int major, int minor) {
        Matcher m = SUB_ROW.matcher(t);
        if (m.matches() && Integer.parseInt(m.group(1)) == major) {
            int k = Integer.parseInt(m.group(2));
            if (k >= minor && k <= minor + 3) return new SubRow(major + "." + k, k, m.group(3));
        }
        m = DOTLESS_SUB_ROW.matcher(t);
        String prefix = Integer.toString(major);
        if (m.matches() && m.group(1).startsWith(prefix)) {
            int k = Integer.parseInt(m.group(1).substring(prefix.length()));
            if (k >= minor && k <= minor + 3) return new SubRow(major + "." + k, k, m.group(2));
        }
        // without its column rule only the very next sub-row is read so ("175 nước, hoàn thiện …" after 17.4)
        m = DOTLESS_IN_TURN.matcher(t);
        if (m.matches() && m.group(1).equals(prefix + minor)) return new SubRow(major + "." + minor, minor, m.group(2));
        return null;
    }

    /** The text after row number {@code number} ("7", or sub-row "16.3") when line t opens with it, else null. */
    static String afterNumber(String t, String number) {
        int dot = number.indexOf('.');
        // a row numbered by its place after an unnumbered one ("3.1+") has no printed number to find
        if (!number.matches("\\d+(\\.\\d+)?")) return null;
        if (dot > 0) {
            SubRow s = subRow(t, Integer.parseInt(number.substring(0, dot)), Integer.parseInt(number.substring(dot + 1)));
            return s != null && s.number().equals(number) ? s.after() : null;
        }
        Matcher n = ROW_NUMBER.matcher(t);
        return n.matches() && n.group(1).equals(number) ? n.group(2) : null;
    }

    /** A task line right under a row number standing alone ("3" then the task) belongs to that row. */
    private static boolean followsBareNumber(List<RowStart> starts, List<Line> lines, int p) {
        int q = p - 1;
        while (q >= 0 && lines.get(q).text().isEmpty()) q--;
        if (q < 0) return false;
        Matcher n = ROW_NUMBER.matcher(lines.get(q).text());
        if (!n.matches() || !n.group(2).isBlank()) return false;
        for (RowStart s : starts) if (s.pos() == q) return true;
        return false;
    }

    /** The group of the numbered row before line p (a row found without its number belongs to it). */
    private static Group groupAt(int p, List<RowStart> starts, Group first) {
        Group g = first;
        for (RowStart s : starts) if (s.pos() < p) g = s.group();
        return g;
    }

    /** The year a group heading names ("A. NĂM 2025"): deadlines in its rows printed without a year are that year's. */
    private static String yearOf(Group g, String planYear) {
        Matcher m = Pattern.compile("\\b(20[2-5]\\d)\\b").matcher(Fold.ocrFold(g.title()));
        return m.find() ? m.group(1) : planYear;
    }

    static String nextNumberAfter(String last) {
        return nextNumber(last);
    }

    private static String nextNumber(String last) {
        try {
            return Integer.toString(Integer.parseInt(last) + 1);
        } catch (NumberFormatException e) {
            return last + "+";
        }
    }
}
