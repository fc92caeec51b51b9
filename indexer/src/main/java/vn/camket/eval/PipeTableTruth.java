package vn.camket.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.camket.text.Fold;

/**
 * A reference reader of the tables of a clean text written as Markdown pipe tables ({@code | TT |
 * Tên nhiệm vụ | Cơ quan chủ trì | …}, one row a line, a {@code |---|} rule under the header): such a
 * table is unambiguous, so it gives the truth to score the parser's reading of the same text. It is
 * independent of the parser on purpose (no agency lexicon, no deadline grammar): a column is known
 * by the words of its header, a row by the number in its first cell; a line whose first cell is
 * empty continues the row above; a Roman numeral opens a group.
 */
public final class PipeTableTruth {
    /** The rows of the text's task tables and the indicators of its target tables. */
    public record Tables(List<TruthRow> tasks, List<String> indicators) {}

    private static final Pattern ROW_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)*\\.?");
    private static final Pattern GROUP = Pattern.compile("[IVXLC]+\\.?|[A-Z]\\.?");
    private static final Pattern RULE = Pattern.compile("\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?");

    private PipeTableTruth() {}

    public static Tables read(List<String> lines) {
        List<TruthRow> tasks = new ArrayList<>();
        List<String> indicators = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!isTableLine(lines.get(i)) || i + 1 >= lines.size() || !RULE.matcher(lines.get(i + 1).strip()).matches()) {
                i++;
                continue;
            }
            List<String> header = cells(lines.get(i));
            int j = i + 2;
            List<List<String>> body = new ArrayList<>();
            while (j < lines.size() && isTableLine(lines.get(j))) body.add(cells(lines.get(j++)));
            read(header, body, tasks, indicators);
            i = j;
        }
        return new Tables(tasks, indicators);
    }

    private static void read(List<String> header, List<List<String>> body, List<TruthRow> tasks, List<String> indicators) {
        int task = column(header, "nhiem vu"), lead = column(header, "chu tri"), indicator = column(header, "chi tieu");
        boolean taskTable = task >= 0 && lead >= 0;
        if (!taskTable && indicator < 0) return;
        int text = taskTable ? task : indicator;
        String group = "";
        List<String[]> rows = new ArrayList<>(); // {group, number, text, lead}
        for (List<String> r : body) {
            String first = plain(cell(r, 0));
            if (r.equals(header)) continue; // a header repeated
            if (first.isEmpty()) {
                if (!rows.isEmpty()) { // the row above goes on
                    String[] last = rows.getLast();
                    last[2] = join(last[2], plain(cell(r, text)));
                    last[3] = join(last[3], plain(cell(r, lead)));
                }
            } else if (ROW_NUMBER.matcher(first).matches()) {
                rows.add(new String[] {group, first.replaceAll("\\.$", ""), plain(cell(r, text)), plain(cell(r, lead))});
            } else if (GROUP.matcher(first).matches()) {
                group = first.replaceAll("\\.$", "");
            }
        }
        for (String[] r : rows) {
            if (taskTable) tasks.add(new TruthRow(r[0], r[1], r[2], List.of(leads(r[3])), null));
            else indicators.add(r[2]);
        }
    }

    /** A lead cell's agencies: names separated by ';', or by ',' where a capital opens the next name. */
    static List<String> leads(String cell) {
        List<String> out = new ArrayList<>();
        for (String part : cell.split(";|,\\s*(?=\\p{Lu})")) if (!part.isBlank()) out.add(part.strip());
        return out;
    }

    private static int column(List<String> header, String words) {
        for (int k = 0; k < header.size(); k++) if (Fold.fold(header.get(k)).contains(words)) return k;
        return -1;
    }

    private static boolean isTableLine(String line) {
        return line.strip().startsWith("|");
    }

    private static List<String> cells(String line) {
        String s = line.strip();
        if (s.startsWith("|")) s = s.substring(1);
        if (s.endsWith("|")) s = s.substring(0, s.length() - 1);
        List<String> out = new ArrayList<>();
        for (String c : s.split("\\|", -1)) out.add(c.strip());
        return out;
    }

    private static String cell(List<String> r, int k) {
        return k >= 0 && k < r.size() ? r.get(k) : "";
    }

    /** A cell without Markdown emphasis. */
    private static String plain(String c) {
        return c.replace("**", "").replace("__", "").strip();
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b;
    }
}
