package vn.camket.search;

import java.util.List;

/**
 * One search result, enough to render it: where it is (plan, source file, lines, path or row), what it
 * says ({@code text} as printed, {@code snippet} HTML-escaped with matches in {@code <mark>}),
 * and, for tasks and targets, who leads and by when. {@code restored}: the machine-restored reading
 * of an OCR record's text (null where the printed text is readable as it is); the snippet is then
 * cut from it.
 */
public record Hit(
        String id,
        String type,
        String plan,
        String planNumber,
        String planDate,
        String source,
        int[] lines,
        String province,
        String provinceToday,
        String place,
        String text,
        String snippet,
        List<String> lead,
        List<String> coordinating,
        String deadline,
        String deadlineNormalized,
        String theme,
        float score,
        String restored,
        /** The PDF page the record starts on (plans read from a PDF); null for a text file. */
        Integer page) {

    public Hit(String id, String type, String plan, String planNumber, String planDate, String source, int[] lines, String province,
               String provinceToday, String place, String text, String snippet, List<String> lead, List<String> coordinating,
               String deadline, String deadlineNormalized, String theme, float score) {
        this(id, type, plan, planNumber, planDate, source, lines, province, provinceToday, place, text, snippet, lead, coordinating,
                deadline, deadlineNormalized, theme, score, null, null);
    }

    public Hit(String id, String type, String plan, String planNumber, String planDate, String source, int[] lines, String province,
               String provinceToday, String place, String text, String snippet, List<String> lead, List<String> coordinating,
               String deadline, String deadlineNormalized, String theme, float score, String restored) {
        this(id, type, plan, planNumber, planDate, source, lines, province, provinceToday, place, text, snippet, lead, coordinating,
                deadline, deadlineNormalized, theme, score, restored, null);
    }
}
