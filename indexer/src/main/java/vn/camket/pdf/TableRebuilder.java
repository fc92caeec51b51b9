package vn.camket.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import vn.camket.text.Fold;

/**
 * Turns the lines of a PDF's pages into plan text, rebuilding tables from where the words stand.
 * A table starts at a header ({@link TableHeader}); its columns are the header's cells, the border
 * between two columns put where, between their labels, the fewest words of the table's lines stand
 * (the gutter, or the ruled line the OCR dropped). Each word goes to the column its centre is in.
 * Rows: a number in the number column opens one, and a vertical gap wider than the table's line
 * spacing closes it, so a number centred in its row takes the lines above it that the gap before
 * joins to it. A row also opens where the task cell starts a sentence (a capital) after a gap
 * wider than midway from the lines' own spacing to that limit: the only mark of a row in a table
 * without a number column, and of a row whose number the OCR lost in one with it (on a scan the
 * row gap may fall short of the limit); and at the top of a page (a row going on past the break
 * starts lower case). Each row becomes one line, its cells in column order separated by " | " (an empty
 * cell kept empty), the way pipe tables are written; a line whose text runs across the columns
 * (a group's title in a merged cell) becomes "number | title". Lines outside tables are kept as
 * printed. A table goes on over the following pages (with its header repeated or not) until an
 * appendix heading, another header, or a page that is no table.
 */
public final class TableRebuilder {
    private static final Pattern ROW_NUMBER = Pattern.compile("^(\\d{1,3}(\\.\\d{1,3})*\\.?|[IVXLC]{1,6}\\.?|[a-zđ][).])$");
    private static final Pattern TABLE_END = Pattern.compile("^(phu luc|noi nhan)\\b");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-–—]?\\s*(trang\\s*)?\\d{1,3}\\s*[-–—]?$");

    private final List<PageLine> out = new ArrayList<>();
    private Table table;
    private Row row;
    /** The last row number read in the table, to name a row whose number the OCR lost. */
    private String lastNumber = "";
    /** The numeral of the table's last group title ("" before the first). */
    private String lastGroup = "";
    /** The most labels a header of the table being read was read with: a repeated header that lost one is doubted. */
    private long mostLabels;
    /** The row gap measured on the table's last page with lines enough to tell it. */
    private double lastGapLimit = -1;

    /** The columns of the table being read. */
    private record Table(int[] bounds, List<String> labels, boolean numbered) {
        int columns() {
            return bounds.length + 1;
        }

        int column(double x) {
            int c = 0;
            while (c < bounds.length && x >= bounds[c]) c++;
            return c;
        }
    }

    /** A row being gathered: its lines, the page it starts on, its number when the sequence gave it. */
    private static final class Row {
        final int page;
        final List<Line> lines = new ArrayList<>();
        String inferredNumber = "";

        Row(int page) {
            this.page = page;
        }
    }

    private TableRebuilder() {}

    /** The plan text of the given pages' lines (pages in order, each line with its page). */
    public static List<PageLine> rebuild(List<PageWords> pages, List<List<Line>> lines) {
        TableRebuilder r = new TableRebuilder();
        for (int p = 0; p < pages.size(); p++) r.page(pages.get(p), lines.get(p));
        if (r.table != null) r.closeTable();
        return r.out;
    }

    private void page(PageWords page, List<Line> all) {
        List<Line> lines = withoutPageNumbers(page, all);
        if (lines.isEmpty()) return;
        double typical = typicalHeight(lines);
        int at = 0;
        if (table != null) {
            // a continued table: its header may be repeated at the top of the page
            TableHeader.Found h = TableHeader.find(lines, 0, typical);
            if (h != null && h.from() <= 2) {
                // the header repeated over a continued table: its columns are measured again, not printed again;
                // it is the same table, so a number column it had, it still has
                boolean numbered = table.numbered();
                Table measured = columns(h, lines, typical);
                // a repeated header the OCR garbled (a label lost, two run together) gives wrong borders,
                // and the task text falls into another column: where the header has fewer labels than the
                // table's best reading had, the table's own columns moved to this page's gutters are tried
                // too, and kept unless they cut through more of the page's words, or as many with a
                // column narrower than a letter (two borders in one gutter: no column holds so little)
                List<Line> body = lines.subList(h.to() + 1, Math.max(h.to() + 1, bodyEnd(lines, h.to() + 1, typical)));
                if (labelled(measured) < mostLabels) {
                    Table kept = shifted(table, body, typical);
                    int cutKept = wordsCut(kept, body), cutMeasured = wordsCut(measured, body);
                    if (cutKept < cutMeasured || cutKept == cutMeasured && !hasSliver(kept, typical)) measured = kept;
                }
                // the header was written once, with the table's columns: every page's rows keep as many
                // cells, or the parser cannot read them by it; a column this page's gutters added (no label
                // over it) joins a neighbour, and a page measured with fewer columns keeps the table's own
                // (unless this page's header reads more labels than the table's first did: there the first was wrong)
                if (measured.columns() > table.columns()) measured = merged(measured, table.columns(), body);
                if (measured.columns() != table.columns() && labelled(measured) <= mostLabels) measured = shifted(table, body, typical);
                mostLabels = Math.max(mostLabels, labelled(measured));
                table = measured;
                if (numbered && !table.numbered()) table = new Table(table.bounds(), table.labels(), true);
                at = h.to() + 1;
            } else {
                List<Line> body = lines.subList(0, bodyEnd(lines, 0, typical));
                if (!looksTabular(body, typical)) {
                    closeTable();
                } else {
                    table = shifted(table, body, typical);
                }
            }
        }
        while (at < lines.size()) {
            if (table == null) {
                TableHeader.Found h = TableHeader.find(lines, at, typical);
                int plainEnd = h == null ? lines.size() : h.from();
                for (int i = at; i < plainEnd; i++) {
                    if (i > at && blankBetween(lines.get(i - 1), lines.get(i), typical)) out.add(new PageLine("", page.number()));
                    out.add(PageLine.around(plain(lines.get(i), typical), page.number(), List.of(lines.get(i))));
                }
                if (h == null) return;
                table = columns(h, lines, typical);
                mostLabels = labelled(table);
                emitHeader(table, page.number(), lines.subList(h.from(), h.to() + 1));
                lastNumber = "";
                lastGroup = "";
                lastGapLimit = -1;
                at = h.to() + 1;
            }
            int end = bodyEnd(lines, at, typical);
            rows(lines.subList(at, end), typical);
            at = end;
            if (end < lines.size()) closeTable();
        }
    }

    private void closeTable() {
        closeRow();
        table = null;
    }

    /** Where the table's lines on this page end: an appendix heading, "Nơi nhận", another header, or the page's end. */
    private static int bodyEnd(List<Line> lines, int from, double typical) {
        TableHeader.Found next = TableHeader.find(lines, from, typical);
        int end = next == null ? lines.size() : next.from();
        for (int i = from; i < end; i++) if (TABLE_END.matcher(Fold.fold(lines.get(i).text())).find()) return i;
        return end;
    }

    // ---- columns ----

    private Table columns(TableHeader.Found h, List<Line> lines, double typical) {
        List<TableHeader.Cell> cells = new ArrayList<>(h.cells());
        cells.removeIf(c -> !isLabel(c.label()));
        List<Line> body = lines.subList(h.to() + 1, Math.max(h.to() + 1, bodyEnd(lines, h.to() + 1, typical)));
        int[] cov = coverage(body, width(lines));
        // two header pieces with no gutter of the body between them are one column's label read in pieces
        int busy = Math.max(1, body.size() / 6);
        for (int i = 0; i + 1 < cells.size(); ) {
            TableHeader.Cell a = cells.get(i), b = cells.get(i + 1);
            if (b.left() <= a.right() || minCoverage(cov, a.right(), b.left()) > busy) {
                List<Word> words = new ArrayList<>(a.words());
                words.addAll(b.words());
                cells.set(i, new TableHeader.Cell(Math.min(a.left(), b.left()), Math.max(a.right(), b.right()), a.label() + " " + b.label(), words));
                cells.remove(i + 1);
            } else {
                i++;
            }
        }
        cells = splitAtGutters(cells, cov, body.size(), typical);
        // borders between the header's cells; and where the OCR lost a label, the body's own gutters
        int left = Integer.MAX_VALUE, right = 0;
        for (Line l : body) {
            left = Math.min(left, l.left());
            right = Math.max(right, l.right());
        }
        int quiet = Math.max(1, body.size() / 20), wide = (int) Math.round(typical * 0.3);
        List<Integer> bounds = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        if (!cells.isEmpty() && left < cells.getFirst().left()) {
            for (int[] g : gutters(cov, left, cells.getFirst().left(), quiet, wide)) {
                bounds.add((g[0] + g[1]) / 2);
                labels.add("");
            }
        }
        for (int i = 0; i < cells.size(); i++) {
            labels.add(cells.get(i).label());
            if (i + 1 == cells.size()) break;
            List<int[]> gs = gutters(cov, cells.get(i).right(), cells.get(i + 1).left(), quiet, wide);
            if (gs.size() >= 2) {
                for (int k = 0; k < gs.size(); k++) {
                    bounds.add((gs.get(k)[0] + gs.get(k)[1]) / 2);
                    if (k + 1 < gs.size()) labels.add("");
                }
            } else {
                bounds.add(leastCovered(cov, cells.get(i).right(), cells.get(i + 1).left()));
            }
        }
        if (!cells.isEmpty() && right > cells.getLast().right()) {
            for (int[] g : gutters(cov, cells.getLast().right(), right, quiet, wide)) {
                bounds.add((g[0] + g[1]) / 2);
                labels.add("");
            }
        }
        int[] b = bounds.stream().mapToInt(Integer::intValue).toArray();
        boolean labelled = !labels.isEmpty() && !cells.isEmpty() && labels.getFirst().equals(cells.getFirst().label()) && cells.getFirst().isNumber();
        Table t = new Table(b, List.copyOf(labels), labelled);
        return labelled ? t : new Table(b, List.copyOf(labels), numbersFirst(t, body, typical));
    }

    /**
     * The header's cells with each cell whose label names two kinds of column ("Chủ trì Phối hợp")
     * cut in two where the body leaves a gutter under it: the OCR missed the rule between two
     * labels, and the rows' words still stand apart in their two columns. A column whose label
     * names both of what it holds ("Cơ quan chủ trì, phối hợp") has its rows' words running across
     * it, no gutter, and stays whole; so does a cell whose words do not fall on both sides of the
     * gutter with a column's name on each.
     */
    static List<TableHeader.Cell> splitAtGutters(List<TableHeader.Cell> cells, int[] cov, int lines, double typical) {
        List<TableHeader.Cell> out = new ArrayList<>();
        for (TableHeader.Cell c : cells) {
            int at = c.kinds() >= 2 && lines >= 3 ? valley(cov, c.left(), c.right(), (int) Math.round(typical * 0.3)) : -1;
            List<TableHeader.Cell> parts = at < 0 ? null : cutAt(c, at);
            // a cell over three columns (their two rules lost) is cut again in its parts
            if (parts == null) out.add(c);
            else out.addAll(splitAtGutters(parts, cov, lines, typical));
        }
        return out;
    }

    /**
     * The middle of the body's gutter in [from, to], or -1: the widest run of x where at most a
     * third as many lines have a word as at the busiest x on each side of it (a group's title
     * running across the columns still covers a gutter, and a column's text its whole width), at
     * least {@code wide} pixels across. The cell's margins, where no line reaches, are no gutter:
     * they have no column on their outer side.
     */
    static int valley(int[] cov, int from, int to, int wide) {
        from = Math.max(0, from);
        to = Math.min(cov.length - 1, to);
        if (to - from < 3 * wide) return -1;
        int[] leftMax = new int[to - from + 1], rightMax = new int[to - from + 1];
        for (int x = from, m = 0; x <= to; x++) leftMax[x - from] = m = Math.max(m, cov[x]);
        for (int x = to, m = 0; x >= from; x--) rightMax[x - from] = m = Math.max(m, cov[x]);
        int best = -1, bestWidth = 0;
        for (int x = from; x <= to; ) {
            if (!deep(cov[x], leftMax[x - from], rightMax[x - from])) {
                x++;
                continue;
            }
            int s = x;
            while (x <= to && deep(cov[x], leftMax[x - from], rightMax[x - from])) x++;
            if (x - s > bestWidth) {
                bestWidth = x - s;
                best = (s + x - 1) / 2;
            }
        }
        return bestWidth >= wide ? best : -1;
    }

    /** Whether x, with so many lines over it, lies in a gutter between two columns of at least four lines. */
    private static boolean deep(int covered, int leftMax, int rightMax) {
        int peak = Math.min(leftMax, rightMax);
        return peak >= 4 && covered * 3 <= peak;
    }

    /** The cell cut at x, or null when the cut does not leave a column's name on each side. */
    private static List<TableHeader.Cell> cutAt(TableHeader.Cell c, int at) {
        List<Word> left = new ArrayList<>(), right = new ArrayList<>();
        for (Word w : c.words()) (w.centerX() < at ? left : right).add(w);
        if (left.isEmpty() || right.isEmpty()) return null;
        TableHeader.Cell a = part(left), b = part(right);
        if (a.kinds() == 0 || b.kinds() == 0) return null;
        // the border stands in the body's gutter, not where a speck read beside a label reaches
        return List.of(new TableHeader.Cell(a.left(), Math.min(a.right(), at - 1), a.label(), a.words()),
                new TableHeader.Cell(Math.max(b.left(), at + 1), b.right(), b.label(), b.words()));
    }

    private static TableHeader.Cell part(List<Word> words) {
        int l = Integer.MAX_VALUE, r = 0;
        StringBuilder label = new StringBuilder();
        for (Word w : words) {
            l = Math.min(l, w.left());
            r = Math.max(r, w.right());
            label.append(label.isEmpty() ? "" : " ").append(w.text());
        }
        return new TableHeader.Cell(l, r, label.toString(), words);
    }

    /**
     * The table with columns no label stands over joined to a neighbour until it has {@code columns}:
     * of the two borders of such a column, the one more words stand across goes.
     */
    private static Table merged(Table t, int columns, List<Line> body) {
        int[] cov = coverage(body, width(body));
        List<Integer> bounds = new ArrayList<>();
        for (int b : t.bounds()) bounds.add(b);
        List<String> labels = new ArrayList<>(t.labels());
        while (labels.size() > columns) {
            int c = -1;
            for (int i = t.numbered() ? 1 : 0; i < labels.size() && c < 0; i++) if (labels.get(i).isBlank()) c = i;
            if (c < 0) break;
            int left = c - 1, right = c < bounds.size() ? c : -1;
            int at = left < 0 ? right : right < 0 ? left : coverageAt(cov, bounds.get(right)) > coverageAt(cov, bounds.get(left)) ? right : left;
            if (at < 0) break;
            bounds.remove(at);
            labels.remove(c);
        }
        return new Table(bounds.stream().mapToInt(Integer::intValue).toArray(), List.copyOf(labels), t.numbered());
    }

    private static int coverageAt(int[] cov, int x) {
        return x >= 0 && x < cov.length ? cov[x] : 0;
    }

    /** Whether two of the table's borders stand closer than a letter's height. */
    private static boolean hasSliver(Table t, double typical) {
        for (int i = 1; i < t.bounds().length; i++) if (t.bounds()[i] - t.bounds()[i - 1] < typical) return true;
        return false;
    }

    /** How many of the lines' words a border of the table runs through. */
    private static int wordsCut(Table t, List<Line> body) {
        int cut = 0;
        for (Line l : body) {
            for (Word w : l.words()) {
                for (int b : t.bounds()) {
                    if (w.left() < b && b < w.right()) {
                        cut++;
                        break;
                    }
                }
            }
        }
        return cut;
    }

    private static long labelled(Table t) {
        // a label naming a column kind: a piece of marks the OCR read under a rule ("Ì,HB") makes no column
        return t.labels().stream().filter(l -> !TableHeader.concepts(l).isEmpty()).count();
    }

    /**
     * Whether a header piece can be a column's label: two letters at least. A lone letter ("J",
     * "l") is a rule's stroke the OCR read as one; counted as a label it would make a column of
     * the gutter, and a repeated header that read it one column more than the table has.
     */
    static boolean isLabel(String piece) {
        return piece.codePoints().filter(Character::isLetter).count() >= 2;
    }

    /** The first column holds row numbers: most of its filled cells are numbers, and there are a few. */
    private boolean numbersFirst(Table t, List<Line> body, double typical) {
        Table saved = table;
        table = t;
        int filled = 0, numbers = 0;
        for (Line l : body) {
            String c = trimMarks(place(l, typical).cells()[0]);
            if (!hasAlnum(c) || c.length() == 1 && !Character.isDigit(c.charAt(0))) continue; // a speck or a stroke, not a cell
            filled++;
            if (ROW_NUMBER.matcher(rowNumber(firstToken(c))).matches()) numbers++;
        }
        table = saved;
        return numbers >= 2 && numbers * 10 >= filled * 7;
    }

    /** Runs of x in (from, to) over which at most {@code quiet} lines have a word, at least {@code wide} across. */
    private static List<int[]> gutters(int[] cov, int from, int to, int quiet, int wide) {
        List<int[]> runs = new ArrayList<>();
        from = Math.max(0, from);
        to = Math.min(cov.length - 1, to);
        for (int x = from; x <= to; ) {
            if (cov[x] > quiet) {
                x++;
                continue;
            }
            int s = x;
            while (x <= to && cov[x] <= quiet) x++;
            if (x - s >= wide && s > from && x <= to) runs.add(new int[] {s, x - 1});
        }
        return runs;
    }

    private static int minCoverage(int[] cov, int from, int to) {
        int min = Integer.MAX_VALUE;
        for (int x = Math.max(0, from); x <= Math.min(to, cov.length - 1); x++) min = Math.min(min, cov[x]);
        return min == Integer.MAX_VALUE ? 0 : min;
    }

    /** The same columns on a page without a header: each border moved to the gutter near it on this page. */
    private static Table shifted(Table t, List<Line> body, double typical) {
        int[] cov = coverage(body, width(body));
        int reach = (int) Math.round(typical * 0.8);
        int[] b = t.bounds().clone();
        for (int i = 0; i < b.length; i++) {
            int lo = Math.max(i == 0 ? 0 : b[i - 1] + 1, b[i] - reach), hi = Math.min(i + 1 < b.length ? t.bounds()[i + 1] - 1 : cov.length - 1, b[i] + reach);
            if (lo < hi) b[i] = leastCoveredNear(cov, lo, hi, b[i]);
        }
        return new Table(b, t.labels(), t.numbered());
    }

    /** The middle of the stretch of least coverage in [from, to] nearest to {@code near}. */
    private static int leastCoveredNear(int[] cov, int from, int to, int near) {
        int min = minCoverage(cov, from, to), best = near, bestDistance = Integer.MAX_VALUE;
        for (int x = Math.max(0, from); x <= Math.min(to, cov.length - 1); ) {
            if (cov[x] != min) {
                x++;
                continue;
            }
            int s = x;
            while (x <= to && x < cov.length && cov[x] == min) x++;
            int mid = (s + x - 1) / 2, d = near >= s && near < x ? 0 : Math.min(Math.abs(near - s), Math.abs(near - (x - 1)));
            if (d < bestDistance) {
                bestDistance = d;
                best = d == 0 ? mid : mid;
            }
        }
        return best;
    }

    /** How many lines have a word over each x. */
    private static int[] coverage(List<Line> body, int width) {
        int[] diff = new int[width + 2];
        for (Line l : body) {
            for (Word w : l.words()) {
                int a = Math.max(0, Math.min(width, w.left())), b = Math.max(0, Math.min(width, w.right()));
                diff[a]++;
                diff[b + 1]--;
            }
        }
        int[] cov = new int[width + 1];
        int run = 0;
        for (int x = 0; x <= width; x++) cov[x] = run += diff[x];
        return cov;
    }

    /** The middle of the longest stretch of least coverage in [from, to]. */
    private static int leastCovered(int[] cov, int from, int to) {
        from = Math.max(0, Math.min(from, cov.length - 1));
        to = Math.max(0, Math.min(to, cov.length - 1));
        if (to <= from) return (from + to) / 2;
        int min = Integer.MAX_VALUE;
        for (int x = from; x <= to; x++) min = Math.min(min, cov[x]);
        int bestStart = from, bestLen = 0;
        for (int x = from; x <= to; ) {
            if (cov[x] != min) {
                x++;
                continue;
            }
            int s = x;
            while (x <= to && cov[x] == min) x++;
            if (x - s > bestLen) {
                bestLen = x - s;
                bestStart = s;
            }
        }
        return bestStart + bestLen / 2;
    }

    private static int width(List<Line> lines) {
        int w = 1;
        for (Line l : lines) w = Math.max(w, l.right());
        return w + 1;
    }

    /** A page goes on with the table unless most of its lines run across the columns (paragraphs of text). */
    private boolean looksTabular(List<Line> body, double typical) {
        if (body.isEmpty()) return true;
        int across = 0;
        for (Line l : body) if (place(l, typical).spanning()) across++;
        return across * 2 < body.size();
    }

    // ---- rows ----

    /** A line's words by column, and whether its text runs across borders (a merged cell). */
    private record Placed(String[] cells, boolean spanning, int used) {}

    private Placed place(Line l, double typical) {
        String[] cells = new String[table.columns()];
        Arrays.fill(cells, "");
        int[] cols = new int[l.words().size()];
        for (int k = 0; k < l.words().size(); k++) {
            Word w = l.words().get(k);
            int c = table.column(w.centerX());
            cols[k] = c;
            cells[c] = cells[c].isEmpty() ? w.text() : cells[c] + " " + w.text();
        }
        java.util.BitSet crossed = new java.util.BitSet();
        for (int k = 0; k < l.words().size(); k++) {
            Word w = l.words().get(k);
            for (int i = 0; i < table.bounds().length; i++) {
                int b = table.bounds()[i];
                // a word over a border, or two words on both sides of it no further apart than words are
                if (w.left() < b - typical * 0.3 && w.right() > b + typical * 0.3) crossed.set(i);
                if (k > 0 && cols[k - 1] != cols[k] && l.words().get(k - 1).right() < b && w.left() >= b
                        && w.left() - l.words().get(k - 1).right() < typical * 0.45) crossed.set(i);
            }
        }
        int used = 0;
        for (String c : cells) if (!c.isEmpty()) used++;
        // one border crossed may be a border misplaced; a title runs over several
        boolean spanning = crossed.cardinality() >= Math.min(2, table.bounds().length);
        return new Placed(cells, spanning && !crossed.isEmpty(), used);
    }

    /**
     * The rows among a page's table lines. Lines are cut into blocks where the vertical gap is
     * well over the table's line spacing (a row's border and padding). In a block, each line
     * with a number in the number column opens a row, and the lines above the first number join
     * it (a number centred in its row). A block without a number is the rest of the row above when
     * it opens the page (a row going on past a page break), a title when its text runs across the
     * columns, and otherwise a row whose number the OCR lost.
     */
    private void rows(List<Line> body, double typical) {
        if (body.isEmpty()) return;
        double limit = gapLimit(body, typical, lastGapLimit);
        lastGapLimit = limit;
        // a row whose number is lost (or a table without a number column) is marked only where its
        // task starts: a sentence (a capital) after a gap wider than the lines' own spacing, if not as
        // wide as the limit (a scan's rows stand closer or farther apart by the OCR's boxes)
        double opening = (spacing(body, limit, typical) + limit) / 2;
        List<List<Line>> blocks = new ArrayList<>();
        List<Line> cur = new ArrayList<>();
        for (Line l : body) {
            double gap = cur.isEmpty() ? 0 : l.coreTop() - cur.getLast().coreBottom();
            if (!cur.isEmpty() && (gap > limit || gap > opening && startsSentence(l, typical))) {
                blocks.add(cur);
                cur = new ArrayList<>();
            }
            cur.add(l);
        }
        blocks.add(cur);
        for (int bi = 0; bi < blocks.size(); bi++) {
            List<Line> block = blocks.get(bi);
            // rows open at a number; a title (a line across the columns) opens a row of its own too,
            // its wrapped lines joining it until the next number
            List<Integer> starts = new ArrayList<>();
            if (table.numbered()) {
                boolean inTitle = false;
                for (int i = 0; i < block.size(); i++) {
                    boolean numbered = number(block.get(i), typical) != null;
                    boolean across = place(block.get(i), typical).spanning();
                    if (numbered || (across && !inTitle && i > 0)) starts.add(i);
                    inTitle = across || (inTitle && !numbered);
                }
            }
            if (starts.isEmpty()) {
                // at the top of a page, a table without numbers goes on with the row above unless a task starts
                if (row != null && (bi == 0 && table.numbered() || !opensRow(block.getFirst(), typical))) {
                    row.lines.addAll(block);
                } else {
                    closeRow();
                    row = new Row(block.getFirst().page());
                    row.lines.addAll(block);
                    if (table.numbered() && !place(block.getFirst(), typical).spanning()) row.inferredNumber = next(lastNumber);
                }
                continue;
            }
            // lines above the first number whose task cell goes on lower case are the rest of the row
            // above (tasks open with a capital), not the top of a row whose number stands centred
            int head = 0;
            if (row != null && goesOn(block.getFirst(), typical)) {
                head = 1;
                while (head < starts.getFirst() && !startsSentence(block.get(head), typical)) head++;
                row.lines.addAll(block.subList(0, head));
            }
            for (int k = 0; k < starts.size(); k++) {
                int from = k == 0 ? head : starts.get(k), to = k + 1 < starts.size() ? starts.get(k + 1) : block.size();
                closeRow();
                row = new Row(block.get(from).page());
                row.lines.addAll(block.subList(from, to));
                String n = number(block.get(starts.get(k)), typical);
                if (n != null) lastNumber = n;
            }
        }
    }

    /**
     * Whether a block without a number opens a row of its own (its number lost) rather than
     * going on with the row above: its first line runs across the columns (a title), or its
     * task cell starts a sentence. A row's wrapped rest starts lower case or in other columns.
     */
    private boolean opensRow(Line first, double typical) {
        return place(first, typical).spanning() || startsSentence(first, typical);
    }

    /** Whether the line's task cell goes on a sentence: its first letter lower case. */
    private boolean goesOn(Line l, double typical) {
        int task = table.numbered() ? 1 : 0;
        String[] cells = place(l, typical).cells();
        if (task >= cells.length || number(l, typical) != null) return false;
        String t = trimMarks(cells[task]);
        return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
    }

    /** Whether the line's task cell starts a sentence: its first letter a capital. */
    private boolean startsSentence(Line l, double typical) {
        int task = table.numbered() ? 1 : 0;
        String[] cells = place(l, typical).cells();
        if (task >= cells.length) return false;
        String t = trimMarks(cells[task]);
        return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0));
    }

    /** The lines' own spacing: the median gap between them (the limit's when there are too few to tell). */
    private static double spacing(List<Line> body, double limit, double typical) {
        double median = medianGap(body);
        return median >= 0 ? median : Math.max(0, Math.min(limit - typical * 0.35, limit / 1.6));
    }

    /** The median gap between the lines, or -1 when they are too few (under five) to tell. */
    private static double medianGap(List<Line> body) {
        List<Double> gaps = new ArrayList<>();
        for (int i = 1; i < body.size(); i++) gaps.add((double) (body.get(i).coreTop() - body.get(i - 1).coreBottom()));
        if (gaps.size() < 4) return -1;
        gaps.sort(null);
        return Math.max(0, gaps.get(gaps.size() / 2));
    }

    /** The row number a line opens with in the number column, or null. */
    private String number(Line l, double typical) {
        String first = rowNumber(firstToken(trimMarks(place(l, typical).cells()[0])));
        return !first.isEmpty() && ROW_NUMBER.matcher(first).matches() ? first : null;
    }

    /** A row number as the OCR may print it, its stop doubled or read as a comma or colon ("13..", "13,"): "13.". */
    static String rowNumber(String token) {
        return token.matches("\\d{1,3}(\\.\\d{1,3})*[.,:;]{1,3}") ? token.replaceFirst("[.,:;]+$", ".") : token;
    }

    /** The number after {@code n} in its sequence (7 → 8, 11.2 → 11.3); empty when there is none to tell. */
    static String next(String n) {
        java.util.regex.Matcher m = Pattern.compile("^(.*?)(\\d+)(\\.?)$").matcher(n);
        if (!m.matches()) return "";
        return m.group(1) + (Integer.parseInt(m.group(2)) + 1) + m.group(3);
    }

    /** The vertical gap above which two lines are in different rows: well over the table's line spacing. */
    private static double gapLimit(List<Line> body, double typical, double before) {
        double spacing = medianGap(body);
        if (spacing < 0) return before > 0 ? before : typical;
        return Math.max(spacing + typical * 0.35, spacing * 1.6);
    }

    private void closeRow() {
        if (row == null || table == null) {
            row = null;
            return;
        }
        Row r = row;
        row = null;
        double typical = typicalHeight(r.lines);
        List<StringBuilder> cells = new ArrayList<>();
        for (int c = 0; c < table.columns(); c++) cells.add(new StringBuilder());
        for (Line l : r.lines) {
            Placed p = place(l, typical);
            for (int c = 0; c < p.cells().length; c++) {
                if (p.cells()[c].isEmpty()) continue;
                cells.get(c).append(cells.get(c).isEmpty() ? "" : " ").append(p.cells()[c]);
            }
        }
        List<String> text = new ArrayList<>();
        for (StringBuilder sb : cells) text.add(trimMarks(sb.toString()));
        if (text.stream().allMatch(String::isEmpty)) return;
        String number = table.numbered() ? firstToken(text.getFirst()) : "";
        boolean spans = place(r.lines.getFirst(), typical).spanning(), title = spans;
        String printed = number;
        number = title ? romanRead(number) : rowNumber(number);
        if (!ROW_NUMBER.matcher(number).matches()) number = printed = "";
        // groups are numbered in Roman numerals, tasks in Arabic: a Roman numeral opens a title, even one whose
        // words wrapped into the next column; not a row that fills most columns (a task whose "1" was read "I")
        long filled = text.stream().skip(1).filter(t -> !t.isEmpty()).count();
        if (!title && number.matches("[IVXLC]+\\.?") && filled <= 2) title = true;
        // every task of the genre names who leads it and by when: a row without a number whose only
        // text is in the task column is a group's title in a cell that was not merged across
        boolean taskOnly = table.numbered() && text.size() > 2 && !text.get(1).isEmpty()
                && text.subList(2, text.size()).stream().allMatch(String::isEmpty);
        if (!title && number.isEmpty() && taskOnly) {
            title = true;
            // its numeral, as the OCR read it, in the number column or where the title's text starts
            for (String token : List.of(firstToken(text.get(0)), firstToken(text.get(1)))) {
                String read = romanRead(token);
                if (read.matches("[IVXLC]+\\.?")) {
                    number = read;
                    printed = token;
                    break;
                }
            }
        }
        if (title && table.numbered()) {
            // groups are numbered I, II, III...: a title whose numeral the OCR lost (in capitals, or standing
            // alone in the task column) takes the next one
            // and in order: a numeral read again (III read as II) is the next one
            if (number.matches("[IVXLC]+\\.?")) {
                String read = number.replace(".", "");
                if (!lastGroup.isEmpty() && romanIndex(read) >= 0 && romanIndex(read) <= romanIndex(lastGroup)) {
                    read = nextRoman(lastGroup);
                    number = read + (number.endsWith(".") ? "." : "");
                }
                lastGroup = read;
            }
            // (a line across the columns is a title whatever its case: some plans write titles in sentence case)
            else if (number.isEmpty() && (spans || capitals(r.lines) || taskOnly)) number = lastGroup = nextRoman(lastGroup);
        }
        String line;
        if (title) {
            // a merged cell (a group's title): the number, then the words in reading order
            StringBuilder rest = new StringBuilder();
            boolean skipped = number.isEmpty();
            for (Line l : r.lines) {
                for (Word w : l.words()) {
                    if (!skipped && w.text().equals(printed)) {
                        skipped = true;
                        continue;
                    }
                    rest.append(rest.isEmpty() ? "" : " ").append(w.text());
                }
            }
            String words = trimMarks(rest.toString().replace('|', ' '));
            line = number.isEmpty() ? words : number + " | " + words;
        } else {
            if (table.numbered()) text.set(0, number.isEmpty() ? r.inferredNumber : number);
            line = cells(text);
        }
        out.add(PageLine.around(line, r.page, r.lines));
    }

    /**
     * A row's cells in column order, separated by " | ", as many as the table has columns, an empty
     * cell kept empty ("3. | task | lead |  | 2026"): the text parser reads each cell as its
     * column's. A rule the OCR read inside a cell (a stroke printed "|") is no border.
     */
    static String cells(List<String> cells) {
        List<String> clean = new ArrayList<>();
        for (String c : cells) clean.add(c.replace('|', ' ').strip().replaceAll(" {2,}", " "));
        return String.join(" | ", clean);
    }

    /** Most of the letters of the lines are capitals (a group's title). */
    private static boolean capitals(List<Line> lines) {
        long upper = 0, letters = 0;
        for (Line l : lines) {
            for (int c : l.text().codePoints().toArray()) {
                if (!Character.isLetter(c)) continue;
                letters++;
                if (Character.isUpperCase(c)) upper++;
            }
        }
        return letters >= 8 && upper * 10 >= letters * 8;
    }

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
        "XVI", "XVII", "XVIII", "XIX", "XX"};

    /** The place of a group numeral in the sequence I, II, III… (-1 when it is none). */
    static int romanIndex(String n) {
        return java.util.Arrays.asList(ROMAN).indexOf(n);
    }

    /** The group numeral after {@code n} (none: I). */
    static String nextRoman(String n) {
        for (int i = 0; i + 1 < ROMAN.length; i++) if (ROMAN[i].equals(n)) return ROMAN[i + 1];
        return n.isEmpty() ? "I" : "";
    }

    /** A group's numeral as the OCR prints it in serif capitals: "HI" for III, "Il" or "1I" for II. */
    static String romanRead(String token) {
        if (!token.matches("[IHl1|VX]{1,5}\\.?") || !token.matches(".*[IHVX].*")) return token;
        return token.replace("H", "II").replace('l', 'I').replace('1', 'I').replace('|', 'I');
    }

    /** A cell's text without the specks and strokes the OCR read at its edges ("¬", "_.", "'"). */
    static String trimMarks(String cell) {
        String[] w = cell.strip().split(" +");
        int a = 0, b = w.length;
        if (b == 1 && w[0].equals("-")) return "-";
        while (a < b && !hasAlnum(w[a])) a++;
        while (b > a && !hasAlnum(w[b - 1])) b--;
        return String.join(" ", java.util.Arrays.asList(w).subList(a, b));
    }

    private static boolean hasAlnum(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private void emitHeader(Table t, int page, List<Line> printed) {
        List<String> labels = new ArrayList<>(t.labels());
        // a number column whose label the OCR lost is still the number column
        if (t.numbered() && labels.getFirst().isBlank()) labels.set(0, "TT");
        out.add(PageLine.around(cells(labels), page, printed));
    }

    private static String firstToken(String cell) {
        int sp = cell.indexOf(' ');
        return sp < 0 ? cell : cell.substring(0, sp);
    }

    // ---- plain lines ----

    /** A line outside tables: its words, with a wide gap (two blocks side by side) kept as four spaces. */
    private static String plain(Line l, double typical) {
        StringBuilder sb = new StringBuilder();
        Word prev = null;
        for (Word w : l.words()) {
            if (prev != null) sb.append(w.left() - prev.right() > typical * 3 ? "    " : " ");
            sb.append(w.text());
            prev = w;
        }
        return sb.toString();
    }

    /** A page number printed alone in the top or bottom margin is not part of the text. */
    private static List<Line> withoutPageNumbers(PageWords page, List<Line> lines) {
        List<Line> kept = new ArrayList<>();
        for (Line l : lines) {
            boolean margin = page.height() > 0 && (l.bottom() < page.height() * 0.08 || l.top() > page.height() * 0.92);
            if (margin && PAGE_NUMBER.matcher(Fold.fold(l.text())).matches()) continue;
            kept.add(l);
        }
        return kept;
    }

    /**
     * Whether an empty line stands between two lines of running text: a gap of more than a line's
     * height. The parser reads blank lines as a text file has them (the title block ends at one,
     * a paragraph may), and a PDF's lines come without them.
     */
    static boolean blankBetween(Line above, Line below, double typical) {
        return below.coreTop() - above.coreBottom() > typical;
    }

    static double typicalHeight(List<Line> lines) {
        List<Double> hs = new ArrayList<>();
        for (Line l : lines) for (Word w : l.words()) if (w.text().length() >= 2) hs.add((double) w.height());
        if (hs.isEmpty()) return 30;
        hs.sort(null);
        return hs.get(hs.size() / 2);
    }
}
