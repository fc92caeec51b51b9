package vn.camket.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.camket.model.Plan;
import vn.camket.text.Fold;
import vn.camket.text.SourceText;

/**
 * Finds a plan's number, date, province, title and issuing body in its text. The header block
 * (first lines) is read first; OCR often garbles or drops it, so the appendix captions
 * ("Kèm theo Kế hoạch số 181/KH-UBND ngày 25/02/2025 của UBND tỉnh An Giang") and the
 * "tỉnh X" mentions throughout the text are read as well.
 */
public final class HeaderParser {
    private static final int HEADER_LINES = 15;
    /** "Số: 77/KH-UBND"; OCR reads Số as S6, Sb, So. */
    private static final Pattern NUMBER_LINE = Pattern.compile(
            "\\bs[a-z0-9&]?\\s*:\\s*(\\d{1,6})\\s*/?\\s*([a-z]{1,4}(?:-[a-z]{1,8})+)");
    /** "kèm theo Kế hoạch số 181/KH-UBND ngày ..." in an appendix caption. */
    private static final Pattern ATTACHED = Pattern.compile(
            "theo ke hoach s\\S{0,2}\\s*(\\d{1,6})\\s*/?\\s*([a-z]{1,4}(?:-[a-z]{1,8})+)\\s+ng\\S{1,3}\\s+(.{6,40})");
    private static final Pattern LONG_DATE = Pattern.compile(
            "ng\\S{1,3}\\s+(\\d{1,2})\\s+th\\S{1,4}\\s+(\\d{1,2})\\s+n\\S{1,2}m\\s+(\\d{4})");
    private static final Pattern SHORT_DATE = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})");
    private static final Pattern TITLE_WORD = Pattern.compile("^ke hoach\\s*$");

    private final ProvinceDirectory provinces;

    public HeaderParser(ProvinceDirectory provinces) {
        this.provinces = provinces;
    }

    public Plan parse(SourceText text) {
        List<String> folded = text.lines().stream().map(Fold::ocrFold).toList();
        String number = null;
        String date = null;
        int head = Math.min(HEADER_LINES, folded.size());
        for (int i = 0; i < head && number == null; i++) {
            Matcher m = NUMBER_LINE.matcher(folded.get(i));
            if (m.find()) {
                number = formatNumber(m.group(1), m.group(2));
                Matcher d = LONG_DATE.matcher(folded.get(i));
                if (d.find()) date = isoDate(d.group(1), d.group(2), d.group(3));
            }
        }
        for (int i = 0; i < head && date == null; i++) {
            // the place-and-date line ("Đồng Tháp, ngày 28 tháng 02 năm 2025"), not a cited resolution's date
            Matcher d = LONG_DATE.matcher(folded.get(i));
            if (d.find() && folded.get(i).substring(0, d.start()).matches(".*[a-z],\\s*$")) {
                date = isoDate(d.group(1), d.group(2), d.group(3));
            }
        }
        // Appendix captions name the plan they belong to: most frequent (number, date) wins.
        Map<String, Integer> votes = new HashMap<>();
        Map<String, String> dateOf = new HashMap<>();
        for (String f : folded) {
            Matcher m = ATTACHED.matcher(f);
            if (m.find()) {
                String n = formatNumber(m.group(1), m.group(2));
                votes.merge(n, 1, Integer::sum);
                String d = parseDate(m.group(3));
                if (d != null) dateOf.putIfAbsent(n, d);
            }
        }
        if (number == null && !votes.isEmpty()) {
            number = votes.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
        }
        if (date == null && number != null) date = dateOf.get(number);

        Province province = findProvince(folded);
        String title = findTitle(text);
        String issuer = findIssuer(folded, province, number);
        String id = planId(number, date, text.source());
        return new Plan(id, province == null ? null : province.name(),
                province == null ? null : province.today(), number, date, title, issuer, text.source());
    }

    static String formatNumber(String digits, String suffix) {
        return Integer.parseInt(digits) + "/" + suffix.toUpperCase();
    }

    /** A stable id from number and date ("77-kh-ubnd-2025-02-28"); the file name only when both are missing. */
    static String planId(String number, String date, String source) {
        if (number == null && date == null) {
            return "plan-" + Fold.fold(source).replaceAll("[^a-z0-9]+", "-");
        }
        String n = number == null ? "kh" : Fold.fold(number).replaceAll("[^a-z0-9]+", "-");
        return n + (date == null ? "" : "-" + date);
    }

    static String parseDate(String foldedFragment) {
        Matcher l = LONG_DATE.matcher("ngay " + foldedFragment);
        if (l.find()) return isoDate(l.group(1), l.group(2), l.group(3));
        Matcher s = SHORT_DATE.matcher(foldedFragment);
        if (s.find() && s.start() < 4) return isoDate(s.group(1), s.group(2), s.group(3));
        return null;
    }

    static String isoDate(String d, String m, String y) {
        int day = Integer.parseInt(d), month = Integer.parseInt(m), year = Integer.parseInt(y);
        if (day < 1 || day > 31 || month < 1 || month > 12 || year < 1990 || year > 2100) return null;
        return String.format("%04d-%02d-%02d", year, month, day);
    }

    /**
     * The province named most often after "tỉnh"/"thành phố", with the header lines counting
     * extra: the header says "TỈNH X" and "X, ngày ...", the body "Ủy ban nhân dân tỉnh X".
     */
    Province findProvince(List<String> folded) {
        Map<Province, Integer> votes = new HashMap<>();
        for (int i = 0; i < folded.size(); i++) {
            int weight = i < HEADER_LINES ? 5 : 1;
            List<String> words = Arrays.asList(folded.get(i).replaceAll("[^a-z0-9 ]", " ").trim().split("\\s+"));
            for (int w = 0; w < words.size(); w++) {
                String word = words.get(w);
                boolean anchor = word.equals("tinh") || word.equals("pho");
                if (!anchor) continue;
                int from = w + 1;
                if (from < words.size() && (words.get(from).equals("uy") || words.get(from).equals("ty"))) from++;
                if (from >= words.size()) continue;
                List<String> rest = words.subList(from, Math.min(words.size(), from + 4));
                provinces.matchPrefix(rest).ifPresent(p -> votes.merge(p, weight, Integer::sum));
            }
            if (i < HEADER_LINES) {
                // "Đồng Tháp, ngày 28 tháng 02 năm 2025": the place before the date
                int at = folded.get(i).indexOf(", ng");
                if (at > 0) {
                    String[] before = folded.get(i).substring(0, at).replaceAll("[^a-z0-9 ]", " ").trim().split("\\s+");
                    for (int s = Math.max(0, before.length - 4); s < before.length; s++) {
                        List<String> cand = Arrays.asList(before).subList(s, before.length);
                        var p = provinces.matchPrefix(cand);
                        if (p.isPresent() && p.get().name().split(" ").length == cand.size()) {
                            votes.merge(p.get(), weight, Integer::sum);
                            break;
                        }
                    }
                }
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The title: the lines after "KẾ HOẠCH", or the first block when that word was lost. */
    static String findTitle(SourceText text) {
        int[] r = titleRange(text);
        List<String> title = new ArrayList<>();
        for (int i = r[0]; i < r[1]; i++) {
            String l = text.lines().get(i).strip();
            if (!l.isEmpty()) title.add(l);
        }
        return String.join(" ", title);
    }

    /**
     * The title's lines [from, to), 0-based. A title may wrap over a blank line; it goes on
     * while the next line goes on in lower case.
     */
    public static int[] titleRange(SourceText text) {
        List<String> lines = text.lines();
        int start = -1;
        for (int i = 0; i < Math.min(lines.size(), 30); i++) {
            if (TITLE_WORD.matcher(Fold.fold(lines.get(i))).find()) {
                start = i + 1;
                break;
            }
        }
        if (start < 0) start = 0;
        while (start < lines.size() && lines.get(start).isBlank()) start++;
        int end = start;
        int taken = 0;
        for (int i = start; i < lines.size() && taken < 10; i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty()) {
                int j = i;
                while (j < lines.size() && lines.get(j).isBlank()) j++;
                if (j < lines.size() && Character.isLowerCase(lines.get(j).strip().codePointAt(0))) {
                    i = j - 1;
                    continue;
                }
                break;
            }
            taken++;
            end = i + 1;
        }
        return new int[] {start, end};
    }

    static String findIssuer(List<String> folded, Province province, String number) {
        boolean ubnd = folded.stream().limit(HEADER_LINES).anyMatch(l -> l.contains("uy ban nhan dan"))
                || (number != null && number.endsWith("UBND"));
        if (!ubnd || province == null) return null;
        return "Ủy ban nhân dân " + province.kind() + " " + province.name();
    }
}
