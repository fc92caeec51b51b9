package vn.camket.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.camket.lexicon.DeadlineWords;
import vn.camket.lexicon.DeadlineYears;
import vn.camket.model.Deadline;
import vn.camket.model.Deadline.Kind;
import vn.camket.ocr.OcrChannel;
import vn.camket.text.Fold;

/**
 * Normalizes a deadline cell. A cell may hold several milestones ("tháng 6/2025; tháng 12/2025"):
 * the latest one is the task's due date. A standing duty ("thường xuyên") makes the task
 * ongoing and a yearly one ("hằng năm") annual, whatever milestones come with it; a cell that
 * waits on something else ("sau khi Bộ … ban hành") is conditional when it names no date.
 */
public final class DeadlineParser {
    private static final Pattern ONGOING = Pattern.compile("\\b(thuon\\S*\\W{0,3}\\S?\\s?xuy|lien tuc|hang ngay|n\\S{1,2}m ti\\S{1,2}p theo)");
    private static final Pattern ANNUAL = Pattern.compile("\\b(h\\S{1,2}ng n\\S{1,2}m|moi nam|dinh ky hang)\\b");
    /** "Hoàn thành trong năm": this year, the plan's (or its group's) own. */
    private static final Pattern THIS_YEAR = Pattern.compile("\\btrong n\\S{1,2}m\\b(?!\\s*\\d)");
    /** Waiting on another body: "Theo hướng dẫn của Bộ …", "Trường hợp được lựa chọn", "… theo Quyết định của Thủ tướng", "theo Đề án của Bộ …". */
    static final String WAITS_ON = "theo h\\S{1,3}ng d\\S{1,2}n|tr\\S{1,3}ng h\\S?p\\b|theo quy\\S{1,2}t\\b|theo d\\S \\S?n\\b";
    private static final Pattern CONDITIONAL = Pattern.compile("\\b(sau kh\\S{0,2}i|khi co|ngay khi|theo tien do|khi [a-z]+ (ban hanh|co)|khi chinh ph\\S*|khi b\\S\\b|khi thu t\\S*|khi ubnd|khi trung uong|duoc phe duyet|theo lo trinh|" + WAITS_ON + ")");
    private static final Pattern PERIOD = Pattern.compile("(?<!\\d)(20\\d\\d)\\s*[-–—]\\s*(20\\d\\d)(?!\\d)");
    /** "Giai đoạn 2026 2030": after "giai đoạn" two years are a period even where the OCR lost the dash between them. */
    private static final Pattern STAGE = Pattern.compile("\\bgiai d\\S{1,2}n\\s+(20\\d\\d)\\s*[-–—~.,]?\\s*(20\\d\\d)(?!\\d)");
    private static final Pattern FROM_YEAR = Pattern.compile("\\btu (?:nam )?(20\\d\\d)(?!\\s*[-–—]\\s*20)(?!\\d)");
    private static final Pattern DAY = Pattern.compile("(?<![\\d/])(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(20\\d\\d)(?!\\d)");
    /** A date written out in words, "ngày 26 tháng 11 năm 2026", as formal texts write a date in full. */
    private static final Pattern DAY_WORDS = Pattern.compile("\\bngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s*(?:,\\s*)?nam\\s+(20\\d\\d)(?!\\d)");
    /** A month written out in words, "tháng 11 năm 2026": the month of that year, not the whole year. */
    private static final Pattern MONTH_WORDS = Pattern.compile("\\bthang\\s+(\\d{1,2})\\s*(?:,\\s*)?nam\\s+(20\\d\\d)(?!\\d)");
    private static final Pattern MONTH = Pattern.compile("(?<![\\d/])(\\d{1,2})\\s*/\\s*(20\\d\\d)(?!\\d)");
    /** "12/2025" whose slash the OCR read as 1 or l: "1212025". */
    static final Pattern MONTH_SLASH_MISREAD = Pattern.compile("(?<![\\d/])(0?[1-9]|1[0-2])[1l](20[2-4]\\d)(?![\\d/])");
    /**
     * "Quý" and a numeral I–IV: the OCR reads the numeral's "I" as "1", "l", "|" or "!" ("Quý 11/2026",
     * "Quý 1v/2026"); a quarter is never past IV, so those strokes are counted as I's. A serif "II"
     * is read as "H" (its serifs joined), and the numeral may be read glued to "Quý" ("QuýIV").
     */
    private static final Pattern QUARTER = Pattern.compile("\\bquy\\s*([il1|!h]{1,4}v?|[2-4])\\s*(?:/|nam)?\\s*(20\\d\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d/.,])(20\\d\\d)(?![\\d/])");

    private static final Pattern DAY_NO_YEAR = Pattern.compile("\\b(?:truoc|ngay|den|vao)\\s+(?:ngay\\s+)?(\\d{1,2})\\s*/\\s*(\\d{1,2})(?![\\d/])");
    private static final Pattern MONTH_NO_YEAR = Pattern.compile("\\bthang\\s+(\\d{1,2})(?![\\d/])");

    private static final DeadlineYears YEARS = new DeadlineYears(OcrChannel.bundled());

    public Deadline parse(String raw) {
        return parse(raw, null);
    }

    /**
     * Parses a cell; {@code planYear} completes dates printed without a year ("Tháng 02",
     * "Trước 23/02"), which yearly plans use for their own year.
     */
    public Deadline parse(String raw, String planYear) {
        String text = raw == null ? "" : raw.strip();
        // the wording as the OCR channel reads it: "thudng xuyén" is "thường xuyên"
        String f = Fold.ocrFold(DeadlineWords.read(text));
        if (f.isEmpty()) return Deadline.of(text, Kind.unknown);
        // a date's slash as the OCR may print it: a fraction or division slash, or doubled ("II/⁄2026")
        f = f.replaceAll("[\u2044\u2215]", "/").replaceAll("/(\\s*/)+", "/");
        // a deadline carries no time of day: a colon between a day, month or quarter and a number is a misread slash ("11:2025")
        f = f.replaceAll("(?<=[\\divx]):(?=\\d)", "/");
        // a year no plan of this year sets a deadline in is the OCR's misreading of one it does ("2046" of 2026)
        if (planYear != null && planYear.matches("20\\d\\d")) f = YEARS.readYears(f, Integer.parseInt(planYear));
        if (ONGOING.matcher(f).find()) return Deadline.of(text, Kind.ongoing);
        if (ANNUAL.matcher(f).find()) return Deadline.of(text, Kind.annual);

        List<Milestone> found = new ArrayList<>();
        String rest = f;
        Matcher st = STAGE.matcher(rest);
        while (st.find()) found.add(Milestone.period(st.group(1), st.group(2)));
        rest = STAGE.matcher(rest).replaceAll(" ");
        Matcher p = PERIOD.matcher(rest);
        while (p.find()) found.add(Milestone.period(p.group(1), p.group(2)));
        rest = PERIOD.matcher(rest).replaceAll(" ");
        Matcher fy = FROM_YEAR.matcher(rest);
        while (fy.find()) found.add(Milestone.period(fy.group(1), null));
        rest = FROM_YEAR.matcher(rest).replaceAll(" ");
        Matcher d = DAY.matcher(rest);
        while (d.find()) {
            int day = Integer.parseInt(d.group(1)), month = Integer.parseInt(d.group(2));
            if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
                found.add(Milestone.dated(String.format("%s-%02d-%02d", d.group(3), month, day)));
            }
        }
        rest = DAY.matcher(rest).replaceAll(" ");
        Matcher dw = DAY_WORDS.matcher(rest);
        while (dw.find()) {
            int day = Integer.parseInt(dw.group(1)), month = Integer.parseInt(dw.group(2));
            if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
                found.add(Milestone.dated(String.format("%s-%02d-%02d", dw.group(3), month, day)));
            }
        }
        rest = DAY_WORDS.matcher(rest).replaceAll(" ");
        Matcher mw = MONTH_WORDS.matcher(rest);
        while (mw.find()) {
            int month = Integer.parseInt(mw.group(1));
            if (month >= 1 && month <= 12) found.add(Milestone.dated(String.format("%s-%02d", mw.group(2), month)));
        }
        rest = MONTH_WORDS.matcher(rest).replaceAll(" ");
        Matcher q = QUARTER.matcher(rest);
        while (q.find()) found.add(Milestone.dated(q.group(2) + "-Q" + quarter(q.group(1))));
        rest = QUARTER.matcher(rest).replaceAll(" ");
        Matcher m = MONTH.matcher(rest);
        while (m.find()) {
            int month = Integer.parseInt(m.group(1));
            if (month >= 1 && month <= 12) found.add(Milestone.dated(String.format("%s-%02d", m.group(2), month)));
        }
        rest = MONTH.matcher(rest).replaceAll(" ");
        Matcher ms = MONTH_SLASH_MISREAD.matcher(rest);
        while (ms.find()) found.add(Milestone.dated(String.format("%s-%02d", ms.group(2), Integer.parseInt(ms.group(1)))));
        rest = MONTH_SLASH_MISREAD.matcher(rest).replaceAll(" ");
        Matcher y = YEAR.matcher(rest);
        while (y.find()) found.add(Milestone.dated(y.group(1)));
        if (found.isEmpty() && planYear != null) {
            if (THIS_YEAR.matcher(rest).find()) found.add(Milestone.dated(planYear));
            Matcher dn = DAY_NO_YEAR.matcher(rest);
            while (dn.find()) {
                int day = Integer.parseInt(dn.group(1)), month = Integer.parseInt(dn.group(2));
                if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
                    found.add(Milestone.dated(String.format("%s-%02d-%02d", planYear, month, day)));
                }
            }
            rest = DAY_NO_YEAR.matcher(rest).replaceAll(" ");
            Matcher mn = MONTH_NO_YEAR.matcher(rest);
            while (mn.find()) {
                int month = Integer.parseInt(mn.group(1));
                if (month >= 1 && month <= 12) found.add(Milestone.dated(String.format("%s-%02d", planYear, month)));
            }
        }

        // a plan sets tasks due after it is issued: a date of an earlier year in the cell is a cited
        // document's ("Kế hoạch số 142/KH-UBND ngày 13/2/2025" in the note beside it), not the due date
        if (planYear != null && planYear.matches("20\\d\\d")) found.removeIf(mile -> mile.date() != null && mile.date().substring(0, 4).compareTo(planYear) < 0);
        if (found.isEmpty()) {
            return Deadline.of(text, CONDITIONAL.matcher(f).find() ? Kind.conditional : Kind.unknown);
        }
        Milestone last = found.stream().max((a, b) -> a.sortKey().compareTo(b.sortKey())).get();
        return last.from() != null
                ? new Deadline(text, Kind.period, null, last.from(), last.to())
                : new Deadline(text, Kind.dated, last.date(), null, null);
    }

    private static int quarter(String s) {
        if (s.length() == 1 && s.charAt(0) >= '2' && s.charAt(0) <= '4') return s.charAt(0) - '0';
        int strokes = s.replace("h", "ii").replace("v", "").length();
        return s.endsWith("v") ? (strokes <= 1 ? 4 : 3) : Math.min(3, strokes);
    }

    /** One date or period in a cell; sorts by when it ends so the latest can be picked. */
    private record Milestone(String date, String from, String to) {
        static Milestone dated(String d) { return new Milestone(d, null, null); }
        static Milestone period(String from, String to) { return new Milestone(null, from, to); }

        String sortKey() {
            if (date != null) {
                // a bare year or quarter sorts after the months inside it
                if (date.length() == 4) return date + "-99";
                if (date.contains("Q")) return date.substring(0, 5) + String.format("%02d", 3 * (date.charAt(6) - '0')) + "~";
                return date;
            }
            return (to != null ? to : from) + "-99";
        }
    }
}
