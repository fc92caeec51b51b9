package vn.camket.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Character error rate split by where the characters stand: prose (lines without cells) and
 * table rows (pipe rows, "a | b | c"). The strict rate ({@link CharErrorRate}) aligns the whole
 * text in order, so a table whose rows come out in another order than printed (or a row split or
 * merged across a page break) costs whole rows twice. Here the table's rows are also matched one
 * to one, best pair first, by their character trigrams, and each pair is compared on its own:
 * an order-insensitive figure for the table, next to the in-order one. Rows left without a
 * partner count in full (a printed row lost, a row read that was not printed).
 */
public final class TableAwareCer {
    private TableAwareCer() {}

    /** Edits and printed length of prose, of the table in order, and of the table row by row. */
    public record Result(CharErrorRate.Result prose, CharErrorRate.Result tableInOrder, CharErrorRate.Result tableRowMatched,
                         int rowsPrinted, int rowsRead, int rowsMatched) {
        /** Prose in order plus table rows matched: the whole text, blind to the order of table rows. */
        public CharErrorRate.Result rowMatched() {
            return new CharErrorRate.Result(prose.edits() + tableRowMatched.edits(), prose.length() + tableRowMatched.length());
        }
    }

    public static boolean isTableRow(String line) {
        return line.contains(" | ") || line.strip().startsWith("|") || line.strip().endsWith("|");
    }

    public static Result of(String read, String printed) {
        List<String> readProse = new ArrayList<>(), readRows = new ArrayList<>(), printedProse = new ArrayList<>(), printedRows = new ArrayList<>();
        split(read, readProse, readRows);
        split(printed, printedProse, printedRows);
        CharErrorRate.Result prose = CharErrorRate.of(String.join("\n", readProse), String.join("\n", printedProse));
        CharErrorRate.Result inOrder = CharErrorRate.of(String.join("\n", readRows), String.join("\n", printedRows));
        List<String> a = readRows.stream().map(CharErrorRate::normalize).toList(), b = printedRows.stream().map(CharErrorRate::normalize).toList();
        List<Map<String, Integer>> ga = a.stream().map(TableAwareCer::trigrams).toList(), gb = b.stream().map(TableAwareCer::trigrams).toList();
        List<double[]> pairs = new ArrayList<>(); // {similarity, read index, printed index}
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                double s = dice(ga.get(i), gb.get(j));
                if (s >= 0.3) pairs.add(new double[] {s, i, j});
            }
        }
        pairs.sort((x, y) -> Double.compare(y[0], x[0]));
        boolean[] usedA = new boolean[a.size()], usedB = new boolean[b.size()];
        long edits = 0;
        int matched = 0;
        for (double[] p : pairs) {
            int i = (int) p[1], j = (int) p[2];
            if (usedA[i] || usedB[j]) continue;
            usedA[i] = usedB[j] = true;
            matched++;
            edits += CharErrorRate.distance(a.get(i), b.get(j));
        }
        long length = 0;
        for (int i = 0; i < a.size(); i++) if (!usedA[i]) edits += a.get(i).length();
        for (int j = 0; j < b.size(); j++) {
            length += b.get(j).length();
            if (!usedB[j]) edits += b.get(j).length();
        }
        return new Result(prose, inOrder, new CharErrorRate.Result(edits, length), b.size(), a.size(), matched);
    }

    private static void split(String text, List<String> prose, List<String> rows) {
        for (String line : text.split("\n")) {
            if (line.isBlank()) continue;
            (isTableRow(line) ? rows : prose).add(line);
        }
    }

    private static Map<String, Integer> trigrams(String s) {
        Map<String, Integer> m = new HashMap<>();
        String t = s.toLowerCase();
        for (int i = 0; i + 3 <= t.length(); i++) m.merge(t.substring(i, i + 3), 1, Integer::sum);
        return m;
    }

    private static double dice(Map<String, Integer> x, Map<String, Integer> y) {
        long common = 0, nx = 0, ny = 0;
        for (int v : x.values()) nx += v;
        for (int v : y.values()) ny += v;
        if (nx + ny == 0) return 0;
        Map<String, Integer> small = x.size() <= y.size() ? x : y, big = small == x ? y : x;
        for (Map.Entry<String, Integer> e : small.entrySet()) common += Math.min(e.getValue(), big.getOrDefault(e.getKey(), 0));
        return 2.0 * common / (nx + ny);
    }
}
