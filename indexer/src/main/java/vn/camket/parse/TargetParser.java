package vn.camket.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.camket.model.Clause;
import vn.camket.model.Target;
import vn.camket.text.Fold;
import vn.camket.text.SourceText;

/**
 * Targets from two places: the lettered and bulleted clauses under a "Mục tiêu" heading of the
 * body, and the rows of indicator tables ("Chỉ tiêu", "Đơn vị", "Kết quả", "Cơ quan chủ trì theo
 * dõi") in appendices, whose numbers run 1, 2, 7.1, 7.2 … (the OCR may drop the dot: "73").
 */
public final class TargetParser {
    private static final Pattern YEAR = Pattern.compile("\\b(20[2-9]\\d)\\b");
    private static final Pattern ROW_NUMBER = Pattern.compile("^[|(\\[]?\\s*(\\d{1,3}(?:\\.\\d{1,2})?)\\s*(?:[.)|:]\\s*|\\s+|$)(.*)$");
    private static final Pattern GROUP = Pattern.compile("^([IVX]{1,4})\\s*[.|)]?\\s+(\\S.*)$");
    /** "II | Đến hết năm 2030" however the OCR read its numeral ("11", "II1"): a horizon heading opens a group. */
    private static final Pattern HORIZON_GROUP = Pattern.compile("^\\S{1,4}\\s*[|.)]?\\s*((?:den (?:het )?n\\S{0,3}m|giai doan)\\s+20\\d\\d.{0,12})$");
    /** An indicator may open with its figure: "100% các sản phẩm OCOP …", "≥ 30 sản phẩm …". */
    private static final Pattern OPENS_WITH_SHARE = Pattern.compile("^[≥>≤<=]?\\s*\\d{1,3}([.,]\\d+)?\\s*%");
    private static final Pattern STRAY_LEAD = Pattern.compile("^[\\s'’‘\"`~.,;:]+");

    private final TargetValueParser values;
    private final AgencyDirectory agencies;
    private final ThemeClassifier themes;

    public TargetParser(TargetValueParser values, AgencyDirectory agencies, ThemeClassifier themes) {
        this.values = values;
        this.agencies = agencies;
        this.themes = themes;
    }

    /** Leaf clauses (lettered or bulleted) under a heading that announces targets ("Mục tiêu cụ thể", "Mục tiêu đến năm 2030"). */
    public List<Target> fromClauses(List<Clause> clauses, String planId, String source, String fallbackYear) {
        List<Target> out = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            String last = c.path().getLast();
            boolean letter = last.length() == 1 && Character.isLetter(last.charAt(0));
            boolean bullet = last.startsWith("-");
            if (!letter && !bullet) continue;
            if (i + 1 < clauses.size() && isChild(clauses.get(i + 1), c)) continue;
            String headings = Fold.ocrFold(String.join(" / ", c.headings()));
            if (!headings.contains("muc tieu") || headings.contains("muc tieu chung")) continue;
            if (headings.contains("muc dich")) continue;
            String horizon = lastYear(headings);
            if (horizon == null) horizon = fallbackYear;
            String row = rowLabel(c.path());
            String indicator = c.text().replaceFirst("^\\s*(?:[-–—•+*]|[\\p{L}¢©]\\s*\\))\\s*", "");
            var parsed = values.parse(indicator);
            String id = planId + ":g:" + horizon + ":" + row + ":" + c.lines()[0];
            out.add(new Target(id, planId, source, horizon, row, indicator, parsed.unit(), parsed.value(),
                    List.of(), themes.classify(null, indicator), c.lines()));
        }
        return out;
    }

    private static boolean isChild(Clause next, Clause parent) {
        return next.path().size() > parent.path().size()
                && next.path().subList(0, parent.path().size()).equals(parent.path());
    }

    /** "a" for a lettered clause, "a-2" for the second bullet under a), "-3" for a bullet under no letter. */
    private static String rowLabel(List<String> path) {
        String last = path.getLast();
        if (!last.startsWith("-")) return last;
        String parent = path.size() >= 2 ? path.get(path.size() - 2) : "";
        boolean letterParent = parent.length() == 1 && Character.isLetter(parent.charAt(0));
        return (letterParent ? parent : "") + last;
    }

    private static String lastYear(String text) {
        Matcher m = YEAR.matcher(text);
        String y = null;
        while (m.find()) y = m.group(1);
        return y;
    }

    /** Rows of an indicator table in an appendix. */
    public List<Target> fromTable(SourceText src, String planId, Appendix a, String fallbackYear) {
        List<Target> out = new ArrayList<>();
        boolean inTable = false;
        String horizon = fallbackYear;
        String groupTitle = "";
        List<int[]> rowRanges = new ArrayList<>();
        List<String> rowNumbers = new ArrayList<>();
        List<String> rowHorizons = new ArrayList<>();
        String expectedMajor = "1";
        int lastNumberLine = -1;
        List<Integer> dataLines = new ArrayList<>();
        for (int i = a.from(); i < a.to(); i++) {
            String t = STRAY_LEAD.matcher(src.lines().get(i)).replaceFirst("").strip();
            if (!inTable) {
                if (TableLines.isHeader(t)) inTable = true;
                continue;
            }
            if (t.isEmpty() || TableLines.isHeader(t) || TableLines.isNoise(t)) continue;
            dataLines.add(i);
        }
        String lastRow = "0";
        String lastGroup = "";
        boolean groupStart = false;
        for (int k = 0; k < dataLines.size(); k++) {
            int i = dataLines.get(k);
            String t = TableLines.romanRead(STRAY_LEAD.matcher(src.lines().get(i)).replaceFirst("").strip(), lastGroup);
            Matcher g = GROUP.matcher(t);
            Matcher h = HORIZON_GROUP.matcher(Fold.ocrFold(t));
            if (g.matches() || h.matches()) {
                String title = g.matches() ? g.group(2) : h.group(1);
                String y = lastYear(Fold.ocrFold(title));
                if (y != null) horizon = y;
                groupTitle = title;
                lastGroup = g.matches() ? g.group(1) : TableLines.nextRoman(lastGroup);
                lastNumberLine = k;
                groupStart = true;
                continue;
            }
            Matcher n = ROW_NUMBER.matcher(readLostSubRow(t, lastRow));
            if (!n.matches()) continue;
            String num = readRowNumber(n.group(1), lastRow);
            // a group ("II. Đến hết năm 2045") may number its rows afresh or go on from the last one
            if (num == null && groupStart) num = readRowNumber(n.group(1), "0");
            if (num == null) continue;
            groupStart = false;
            String after = n.group(2);
            int start = k;
            // a row's text centred in its cell starts above its number: a sentence opening on a line above, after the
            // last row's sentence has ended there (not a name alone: the last row's lead cell may stand below its text)
            for (int q = k - 1; q > lastNumberLine && lastNumberLine >= 0; q--) {
                String prev = src.lines().get(dataLines.get(q - 1)).strip();
                String up = STRAY_LEAD.matcher(src.lines().get(dataLines.get(q))).replaceFirst("").strip();
                if (prev.endsWith(".") && up.split("\\s+").length >= 4 && Character.isUpperCase(up.codePointAt(0)) && agencies.opening(up) == null) {
                    start = q;
                    break;
                }
            }
            if (start == k && !after.isEmpty() && Character.isLowerCase(after.codePointAt(0))) {
                for (int q = k - 1; q > lastNumberLine; q--) {
                    String up = STRAY_LEAD.matcher(src.lines().get(dataLines.get(q))).replaceFirst("").strip();
                    if (!up.isEmpty() && (Character.isUpperCase(up.codePointAt(0)) || OPENS_WITH_SHARE.matcher(up).find())) {
                        start = q;
                        break;
                    }
                }
            }
            rowRanges.add(new int[] {start, k});
            rowNumbers.add(num);
            rowHorizons.add(horizon);
            lastRow = num;
            lastNumberLine = k;
        }
        for (int r = 0; r < rowRanges.size(); r++) {
            int from = rowRanges.get(r)[0];
            int to = r + 1 < rowRanges.size() ? rowRanges.get(r + 1)[0] : dataLines.size();
            StringBuilder text = new StringBuilder();
            for (int k = from; k < to; k++) {
                String t = STRAY_LEAD.matcher(src.lines().get(dataLines.get(k))).replaceFirst("").strip();
                if (k == rowRanges.get(r)[1]) {
                    Matcher n = ROW_NUMBER.matcher(readLostSubRow(t, r > 0 ? rowNumbers.get(r - 1) : "0"));
                    if (n.matches()) t = n.group(2);
                }
                text.append(text.isEmpty() ? "" : " ").append(t.replace("|", " ").strip());
            }
            String indicator = text.toString().replaceAll("\\s+", " ").strip();
            var parsed = values.parse(indicator);
            List<String> lead = agencies.resolve(indicator).stream().limit(2).toList();
            int firstLine = dataLines.get(from) + 1, lastLine = dataLines.get(to - 1) + 1;
            String id = planId + ":g:" + a.label() + ":" + rowNumbers.get(r) + ":" + firstLine;
            out.add(new Target(id, planId, src.source(), rowHorizons.get(r), rowNumbers.get(r), indicator, parsed.unit(),
                    parsed.value(), lead, themes.classify(groupTitle, indicator), new int[] {firstLine, lastLine}));
        }
        return out;
    }

    /** A sub-row number whose ".6" the OCR read as one sign ("3¢ |" after 3.5). */
    private static final Pattern LOST_SUB_ROW = Pattern.compile("^(\\d{1,2})[¢€©°](?=\\s*\\|)");

    /** The line with its row number read as the next sub-row, when the OCR put a sign for its dot and digit; else the line. */
    static String readLostSubRow(String t, String last) {
        Matcher m = LOST_SUB_ROW.matcher(t);
        String[] parts = last.split("\\.");
        if (!m.find() || parts.length < 2 || !m.group(1).equals(parts[0])) return t;
        return parts[0] + "." + (Integer.parseInt(parts[1]) + 1) + t.substring(m.end());
    }

    /**
     * Accepts a row number that follows the last one (7 → 8, 7 → 7.1, 7.3 → 7.4, 7.12 → 8), reading
     * a number whose dot the OCR dropped ("73" after 7.2, "511" after 5.10) as the sub-row it stands for.
     */
    static String readRowNumber(String raw, String last) {
        String[] parts = last.split("\\.");
        int major = Integer.parseInt(parts[0]);
        int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        List<String> expected = List.of(
                (major + 1) + "", major + "." + (minor + 1), major + "." + (minor + 2), (major + 2) + "", (major + 1) + ".1");
        for (String e : expected) {
            if (raw.equals(e) || raw.replace(".", "").equals(e.replace(".", "")) && e.contains(".")) return e;
        }
        // "2.9" after 2.1, "2.4" after 2: the rows between were garbled past reading, and a printed sub-row number of the same row still counts
        if (raw.matches("\\d{1,3}\\.\\d{1,2}") && raw.startsWith(major + ".")
                && Integer.parseInt(raw.substring(raw.indexOf('.') + 1)) > minor) return raw;
        // "7.0" where 7.1 was printed: the sub-row number itself is unreadable
        if (raw.equals(major + ".0")) return major + "." + (minor + 1);
        return null;
    }
}
