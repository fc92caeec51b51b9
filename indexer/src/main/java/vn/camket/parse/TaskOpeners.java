package vn.camket.parse;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.camket.ocr.OcrChannel;
import vn.camket.text.Fold;
import vn.camket.text.Similarity;

/** The words task texts open with ({@code data/task-openers.txt}), recognised through OCR garble. */
public final class TaskOpeners {
    /**
     * The OCR channel's mean log-probability per intended character above which a printed word is
     * read as an opener's word ("Stra" for Sửa, "chttc" for chức): a misreading the channel finds
     * likely, whatever the letters it garbled.
     */
    private static final double MIN_LOG_PROB_PER_CHAR = -1.2;
    private static final OcrChannel CHANNEL = OcrChannel.bundled();
    /** Lines repeat their first words: each (printed, intended) pair is asked of the channel once. */
    private static final Map<String, Boolean> READ = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 100_000;

    private final List<String[]> openers;
    /** The openers' words as written, lower case with their diacritics, for the channel. */
    private final List<String[]> written;

    public TaskOpeners(List<String> phrases) {
        this.openers = phrases.stream().map(p -> Fold.fold(p).split(" ")).toList();
        this.written = phrases.stream().map(p -> Fold.normalizeText(p).toLowerCase().split(" ")).toList();
    }

    /** OCR reads "ư" as "ir" or "ii" ("chirc" for chức): undone before comparing. */
    private static String normalize(String word) {
        return word.replace("ir", "u").replace("ii", "u");
    }

    public static TaskOpeners load() {
        return new TaskOpeners(DataFiles.lines("task-openers.txt").stream().map(String::strip).toList());
    }

    /** Whether the text opens with a known task opener (first letter capital, OCR slips forgiven). */
    public boolean opens(String text) {
        String t = text.strip();
        // the OCR reads "Đ" as "P" or "p" ("Pé nghị" for Đề nghị): no Vietnamese word starts with a "p" but for "ph"
        if (t.length() > 1 && (t.charAt(0) == 'p' || t.charAt(0) == 'P') && Character.isLetter(t.charAt(1))
                && Character.toLowerCase(t.charAt(1)) != 'h') {
            return matches("Đ" + t.substring(1));
        }
        // and as "b" ("bay mạnh" for Đẩy mạnh), which is also a letter of its own
        // (not where an opener itself starts with that word: "ban hành" going on in lower case is a real "b")
        if (t.length() > 1 && t.charAt(0) == 'b') {
            String first = Fold.ocrFold(t).split(" ")[0];
            return openers.stream().noneMatch(o -> o[0].equals(first)) && matches("Đ" + t.substring(1));
        }
        return matches(t) || t.startsWith("B") && matches("Đ" + t.substring(1));
    }

    private boolean matches(String t) {
        if (t.isEmpty() || !Character.isUpperCase(t.codePointAt(0))) return false;
        String[] plain = Fold.ocrFold(t).split(" ");
        String[] words = Similarity.skeleton(Fold.ocrFold(t)).split(" ");
        String[] printed = Fold.normalizeText(t).toLowerCase().split("\\s+");
        for (int j = 0; j < openers.size(); j++) {
            String[] o = openers.get(j);
            if (words.length < o.length || plain.length < 1) continue;
            boolean all = true;
            for (int k = 0; k < o.length && all; k++) {
                String a = normalize(words[k]), b = normalize(Similarity.skeleton(o[k]));
                all = a.equals(b) || (b.length() >= 4 && Similarity.levenshtein(a, b) <= 1)
                        || k < printed.length && likelyMisreading(printed[k], written.get(j)[k])
                        || (b.length() == 3 && a.length() == 3 && Similarity.levenshtein(a, b) <= 1 && a.charAt(0) == b.charAt(0))
                        // a short first word the OCR cut to its first letter ("T chức", "B trí"), when the rest agrees
                        || (k == 0 && o.length > 1 && plain[0].length() == 1 && o[0].length() <= 3
                            && plain[0].charAt(0) == o[0].charAt(0));
            }
            if (all) return true;
        }
        return false;
    }

    /** Whether the OCR channel finds {@code printed} a likely misreading of the opener's word {@code intended}. */
    private static boolean likelyMisreading(String printed, String intended) {
        String p = printed.replaceAll("[,.;:]+$", "");
        if (intended.length() < 3 || p.isEmpty() || Math.abs(p.length() - intended.length()) > 2) return false;
        String key = p + '\t' + intended;
        Boolean known = READ.get(key);
        if (known != null) return known;
        boolean likely = CHANNEL.logProb(p, intended) / intended.length() >= MIN_LOG_PROB_PER_CHAR;
        if (READ.size() < MAX_REMEMBERED) READ.put(key, likely);
        return likely;
    }
}
