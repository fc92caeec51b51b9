package vn.camket.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.camket.lexicon.DeadlineWords;
import vn.camket.text.Fold;

/** Where a task row's deadline cell is in the text of its row, for clean and for OCR-interleaved tables. */
final class DeadlineCells {
    private DeadlineCells() {}

    static final Pattern NOTE_START = Pattern.compile("\\b(quyet dinh so|nghi quyet so|thong bao so|cong van so|ke hoach so|\\(stt)");
    static final Pattern DEADLINE_START = Pattern.compile(
            "\\b(thang \\d|truoc \\d|truoc ngay\\s+\\d|truoc\\s+\\d|trong thang|trong nam|quy [ivl1-4|!]+|nam 20\\d\\d|giai doan|thuong xuy|hang nam|sau khi|ngay sau|hoan thanh|(?<![\\d/])(\\d{1,2}/)?\\d{1,2}/20\\d\\d|20\\d\\d ?- ?20\\d\\d|tu nam|dinh ky)");

    static final Pattern DEADLINE_WORDS = Pattern.compile(
            "(hoan th\\S*( (trong|vao|truoc))?( (thang|nam|quy))?|trong (thang|nam)|truoc|thang|quy [ivl1-4|!]+)?\\s*"
            + "(\\d{1,2}\\s*/\\s*)?\\d{1,2}\\s*/\\s*20\\d\\d|(giai doan |tu nam )?20\\d\\d\\s*[-–]\\s*20\\d\\d"
            + "|(hoan th\\S* )?(trong |tu )?n\\S{1,2}m 20\\d\\d|hoan th\\S* trong n\\S{1,2}m\\b|thuong\\s*xuy\\S*|thuon\\S* \\S?\\s?xuy\\S*"
            + "|h\\S{1,2}ng n\\S{1,2}m|(ngay )?sau kh\\S{0,2}i|khi c[oó]|khi (thu t\\S*|b\\S\\b|chinh ph\\S*|ubnd|trung \\S*)|quy [ivl1-4|!]+\\s*/?\\s*20\\d\\d"
            + "|" + DeadlineParser.MONTH_SLASH_MISREAD.pattern()
            + "|" + DeadlineParser.WAITS_ON
            // "2025 và những năm tiếp theo", its two halves on two lines of the cell
            + "|20[2-5]\\d va nh\\S{2,4}$|(nh\\S{2,4} )?n\\S{1,2}m ti\\S{1,2}p theo"
            // a month alone ("Tháng 03"): a yearly plan's own year is meant (the deadline grammar completes it)
            + "|\\b(trong )?thang (0?[1-9]|1[0-2])\\b(?!\\s*/)(?! nam)"
            // a year alone at the end of a line: the deadline column is the last (or last but one)
            + "|\\b20[2-5]\\d\\s*[.;]?$");

    /**
     * The deadline column stands right of the task column, so deadline words count only in a
     * line's right part (past most of the task width, or past {@code columnsFrom}, where the line's
     * first lead or coordinating agency starts), where the task's own dates do not reach, or
     * when they close the line.
     */
    static String deadlineInTail(String line, int width, int columnsFrom) {
        String folded = Fold.ocrFold(DeadlineWords.read(line));
        boolean shortLine = folded.length() < width * 0.5;
        // a short line that goes on a sentence in lower case is the end of the task's own text
        boolean continuesProse = shortLine && folded.matches("^[a-z]{2,}\\s.*") && !folded.startsWith("thang")
                && !folded.startsWith("truoc") && !folded.startsWith("thuong") && !folded.startsWith("hang nam")
                && !folded.startsWith("sau khi") && !folded.startsWith("nam 20") && !folded.startsWith("quy ");
        Matcher m = DEADLINE_WORDS.matcher(folded);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            boolean dated = m.group().matches(".*\\d.*");
            boolean pastTask = m.start() >= Math.min(width * 0.6, columnsFrom) || closesLine(folded, m.end()) && m.start() > 0;
            // a short line that goes on the task's sentence holds the task's last words first: a date there is the
            // task's own ("giai đoạn" ⏎ "2025 - 2030 …") unless it stands past them, where the other columns begin
            boolean accept = shortLine ? (continuesProse ? dated && m.start() >= width * 0.35 : true) : pastTask;
            if (accept) b.append(b.isEmpty() ? "" : " ").append(m.group().strip());
        }
        return b.toString();
    }

    /** The deadline column is the last but a short note: deadline words that end a line stand in it, wherever the line's columns begin. */
    private static boolean closesLine(String folded, int end) {
        String after = folded.substring(end).replaceAll("[^a-z0-9&]+", " ").strip();
        return after.length() <= 6;
    }

    /** The deadline cell inside the text right of the task: from its first deadline-like words to any note ("Quyết định số …"). */
    static String deadlineCell(String printed) {
        // the deadline's words as the channel reads them ("thudng xuyén" is "thường xuyên")
        String restFlat = DeadlineWords.read(printed);
        String folded = Fold.ocrFold(restFlat);
        Matcher d = DEADLINE_START.matcher(folded);
        if (d.find()) {
            String tail = restFlat.substring(mapOffset(restFlat, folded, d.start()));
            Matcher note = NOTE_START.matcher(Fold.ocrFold(tail));
            return note.find() && note.start() > 0 ? tail.substring(0, mapOffset(tail, Fold.ocrFold(tail), note.start())) : tail;
        }
        return folded.contains("khi") ? restFlat : "";
    }

    /** Maps an offset in the folded form back to the printed text (folding keeps one char per char, except ligatures). */
    private static int mapOffset(String printed, String folded, int foldedOffset) {
        if (printed.length() == folded.length()) return foldedOffset;
        double ratio = (double) printed.length() / Math.max(1, folded.length());
        return Math.min(printed.length(), (int) Math.round(foldedOffset * ratio));
    }

    /**
     * The words a deadline cell is made of, one by one: the cell is narrow, so its wording wraps
     * over the row's lines ("Quý IV" ⏎ "năm 2026", "Thường" ⏎ "xuyên, liên" ⏎ "tục"), and no
     * line holds a whole wording for {@link #DEADLINE_WORDS} to read. Roman quarter numerals
     * with the strokes the OCR gives them ("1", "l", "1v").
     */
    private static final java.util.Set<String> PIECES = java.util.Set.of("thuong", "xuyen", "lien", "tuc", "quy", "thang",
            "nam", "truoc", "ngay", "hang", "giai", "doan", "i", "ii", "iii", "iv", "l", "ll", "lll", "lv", "1v",
            "11", "111");
    private static final Pattern DATE_PIECE = Pattern.compile(
            "^(\\d{1,2}/)?(\\d{1,2}/)?20\\d\\d$|^\\d{1,2}/\\d{1,2}/?$|^\\d{1,2}$|^[ivl1]{1,3}v?/20\\d\\d$");

    /** A lone stroke ("|", "!"), or "Quý" with a stroke glued to it ("Quy!"): where the OCR read the quarter numeral I. */
    private static final Pattern QUARTER_STROKE = Pattern.compile("[|!]|(?i)quy[|!]");
    /** A word of a line, or a column rule standing alone (it may be the numeral I after "Quý"). */
    private static final Pattern WORD_OR_RULE = Pattern.compile("[^\\s|]+|\\|");

    /**
     * The deadline cell gathered from its pieces on the row's lines: on each line, the runs of
     * deadline words and dates that stand right of most of the task column (past
     * {@code 0.6 * width}, where the task's own words do not reach); a run opens with a word of
     * the wording, not a bare number. The runs are joined in reading order.
     */
    static String wrappedCell(java.util.List<String> lines, int width) {
        StringBuilder cell = new StringBuilder();
        for (String line : lines) {
            Matcher t = WORD_OR_RULE.matcher(line);
            StringBuilder run = new StringBuilder();
            while (t.find()) {
                // "Quý" is always followed by its Roman numeral: a lone stroke after it ("Quy | năm", "Quy! năm") is the numeral I
                if (QUARTER_STROKE.matcher(t.group()).matches() && (run.toString().endsWith("quy") || t.group().length() > 1)) {
                    if (t.group().length() > 1 && t.start() >= width * 0.6) {
                        if (!run.isEmpty()) cell.append(cell.isEmpty() ? "" : " ").append(run);
                        run.setLength(0);
                        run.append("quy");
                    }
                    if (run.toString().endsWith("quy")) {
                        run.append(" i");
                        continue;
                    }
                }
                String w = Fold.ocrFold(DeadlineWords.read(t.group())).replaceAll("^[^a-z0-9]+|[^a-z0-9]+$", "");
                boolean piece = !w.isEmpty() && (PIECES.contains(w) || DATE_PIECE.matcher(w).matches());
                boolean opens = piece && !w.matches("\\d{1,2}");
                if (piece && t.start() >= width * 0.6 && (!run.isEmpty() || opens)) {
                    run.append(run.isEmpty() ? "" : " ").append(w);
                } else if (!run.isEmpty()) {
                    cell.append(cell.isEmpty() ? "" : " ").append(run);
                    run.setLength(0);
                }
            }
            if (!run.isEmpty()) cell.append(cell.isEmpty() ? "" : " ").append(run);
        }
        return cell.toString();
    }
}
