package vn.camket.pdf;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import vn.camket.text.Fold;

/**
 * Finds a task or target table's header among a page's lines by its column words (STT, Nhiệm vụ,
 * Cơ quan chủ trì, phối hợp, Kết quả/Sản phẩm, Thời gian/Thời hạn/Tiến độ, Ghi chú …) standing
 * apart from one another as cells, and cuts the header's words into cells. A sentence naming the
 * same words ("… chủ trì, phối hợp thực hiện nhiệm vụ") is no header: its words stand together.
 */
final class TableHeader {
    /** The kinds of column a plan's table has; a header names at least three of them. */
    private static final List<Pattern> CONCEPTS = List.of(
            Pattern.compile("\\b(stt|tt|so tt|so thu tu)\\b"),
            Pattern.compile("nhiem vu|noi dung|cong viec|giai phap|chi tieu|hoat dong|de an|du an"),
            // a label read in part still names its column ("Đơn vị chủ" over a lost "trì")
            Pattern.compile("chu tri|(don vi|co quan) chu\\b"),
            Pattern.compile("phoi hop|(don vi|co quan) phoi\\b"),
            Pattern.compile("san pham|ket qua"),
            Pattern.compile("thoi gian|thoi han|tien do|hoan thanh|lo trinh|nam thuc hien|^thoi$|\\bthoi$"),
            Pattern.compile("ghi chu"),
            Pattern.compile("don vi tinh|kinh phi|nguon von|chi tieu"));
    private static final Pattern NUMBER_LABEL = Pattern.compile("^(stt|tt|so tt|so thu tu)$");

    /** The header's lines (indices into the page's lines, inclusive) and its cells left to right. */
    record Found(int from, int to, List<Cell> cells) {}

    /** One header cell: its x-extent, its label and the label's words (as read, for a cell to be cut). */
    record Cell(int left, int right, String label, List<Word> words) {
        Cell(int left, int right, String label) {
            this(left, right, label, List.of());
        }

        /** How many kinds of column the label names ("Chủ trì Phối hợp" read as one cell: two). */
        int kinds() {
            return concepts(label).cardinality();
        }

        boolean isNumber() {
            return NUMBER_LABEL.matcher(Fold.fold(label).replaceAll("[^a-z ]", "").strip()).matches();
        }
    }

    private TableHeader() {}

    /** The first header starting at or after line {@code start}, or null. */
    static Found find(List<Line> lines, int start, double typical) {
        for (int i = start; i < lines.size(); i++) {
            if (concepts(lines.get(i).text()).isEmpty()) continue;
            // the header's lines: this one and those right below it (a cell's label wraps over a few lines)
            int to = i;
            BitSet seen = concepts(lines.get(i).text());
            for (int j = i + 1; j < lines.size() && j <= i + 4; j++) {
                if (lines.get(j).coreTop() - lines.get(j - 1).coreBottom() > typical * 1.2) break;
                if (opensRow(lines.get(j))) break;
                BitSet c = concepts(lines.get(j).text());
                if (c.isEmpty() && !shortLine(lines.get(j), lines.get(i))) break;
                // a line naming a column word in a sentence's run of words (a task "… đề án …" right
                // under a repeated header) is the table's first row, not a label wrapped
                if (!c.isEmpty() && !labels(lines.get(j), lines.get(i))) break;
                seen.or(c);
                to = j;
            }
            // a label may start on the line above the first with a column word ("Cơ quan" ⏎ "chủ trì")
            int from = i;
            if (i > start && i - 1 >= 0 && lines.get(i).coreTop() - lines.get(i - 1).coreBottom() < typical * 1.2
                    && shortLine(lines.get(i - 1), lines.get(i))) from = i - 1;
            if (seen.cardinality() < 3) continue;
            List<Cell> cells = cells(lines.subList(from, to + 1), typical);
            if (cellsWithConcepts(cells) >= 3) return new Found(from, to, cells);
        }
        return null;
    }

    private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,3}[.)]?");

    /**
     * A line that opens with a row's number followed by words ("5 | Rà soát …") is a row: a header's
     * labels never start with one, however short its pieces (the OCR may run a row's words together
     * until it looks like labels). A line of column numbers ("1 2 3 …", "(1) (2) …") has no words.
     */
    private static boolean opensRow(Line l) {
        List<Word> w = l.words();
        if (w.size() < 3 || !ROW_NUMBER.matcher(w.getFirst().text()).matches()) return false;
        return w.stream().skip(1).filter(x -> x.text().codePoints().filter(Character::isLetter).count() >= 2).count() >= 2;
    }

    /** A line of short pieces far apart (header labels), not a sentence across the page. */
    private static boolean shortLine(Line l, Line header) {
        return l.words().size() <= 3 * Math.max(1, runs(l, header.height())) && l.words().size() < 30;
    }

    /** A line of labels: at most four words to a piece on average (a row's cells run longer). */
    private static boolean labels(Line l, Line header) {
        return l.words().size() <= 4 * Math.max(1, runs(l, header.height()));
    }

    private static int runs(Line l, double typical) {
        int runs = 1;
        for (int k = 1; k < l.words().size(); k++) if (l.words().get(k).left() - l.words().get(k - 1).right() > typical) runs++;
        return runs;
    }

    static BitSet concepts(String text) {
        String f = Fold.fold(text);
        BitSet b = new BitSet();
        for (int k = 0; k < CONCEPTS.size(); k++) if (CONCEPTS.get(k).matcher(f).find()) b.set(k);
        return b;
    }

    private static int cellsWithConcepts(List<Cell> cells) {
        BitSet all = new BitSet();
        int n = 0;
        for (Cell c : cells) {
            BitSet b = concepts(c.label());
            b.andNot(all);
            if (!b.isEmpty()) n++;
            all.or(b);
        }
        return n;
    }

    /**
     * Cuts the header's words into cells. Lines are taken from the bottom up, so the labels of a
     * two-level header's lower cells ("Chủ trì", "Phối hợp") are cells of their own and a label
     * above spanning them joins none; a piece of a label on another line joins the cell it stands over.
     */
    static List<Cell> cells(List<Line> header, double typical) {
        List<int[]> ext = new ArrayList<>();
        List<List<Word>> members = new ArrayList<>();
        for (int li = header.size() - 1; li >= 0; li--) {
            for (List<Word> run : pieces(header.get(li), typical)) {
                int l = run.getFirst().left(), r = run.getLast().right();
                List<Integer> over = new ArrayList<>();
                for (int c = 0; c < ext.size(); c++) if (Math.min(r, ext.get(c)[1]) - Math.max(l, ext.get(c)[0]) > 0) over.add(c);
                if (over.isEmpty()) {
                    ext.add(new int[] {l, r});
                    members.add(new ArrayList<>(run));
                } else if (over.size() == 1) {
                    int c = over.getFirst();
                    ext.get(c)[0] = Math.min(ext.get(c)[0], l);
                    ext.get(c)[1] = Math.max(ext.get(c)[1], r);
                    members.get(c).addAll(0, run);
                }
                // a run over two cells is a spanning label: the cells below name the columns
            }
        }
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < ext.size(); c++) {
            StringBuilder label = new StringBuilder();
            for (Word w : members.get(c)) label.append(label.isEmpty() ? "" : " ").append(w.text());
            cells.add(new Cell(ext.get(c)[0], ext.get(c)[1], label.toString(), List.copyOf(members.get(c))));
        }
        cells.sort((a, b) -> Integer.compare(a.left(), b.left()));
        return cells;
    }

    /** A line's words in runs: a gap wider than the text is high separates two cells. */
    static List<List<Word>> pieces(Line line, double typical) {
        List<List<Word>> runs = new ArrayList<>();
        List<Word> cur = new ArrayList<>();
        for (Word w : line.words()) {
            if (!cur.isEmpty() && w.left() - cur.getLast().right() > typical * 0.75) {
                runs.add(cur);
                cur = new ArrayList<>();
            }
            cur.add(w);
        }
        if (!cur.isEmpty()) runs.add(cur);
        return runs;
    }
}
