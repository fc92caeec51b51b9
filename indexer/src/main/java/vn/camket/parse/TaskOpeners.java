package vn.camket.parse;

import java.util.List;
import vn.camket.text.Fold;
import vn.camket.text.Similarity;

/** The words task texts open with ({@code data/task-openers.txt}), recognised through OCR garble. */
public final class TaskOpeners {
    private final List<String[]> openers;

    public TaskOpeners(List<String> phrases) {
        this.openers = phrases.stream().map(p -> Fold.fold(p).split(" ")).toList();
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
        for (String[] o : openers) {
            if (words.length < o.length || plain.length < 1) continue;
            boolean all = true;
            for (int k = 0; k < o.length && all; k++) {
                String a = normalize(words[k]), b = normalize(Similarity.skeleton(o[k]));
                all = a.equals(b) || (b.length() >= 4 && Similarity.levenshtein(a, b) <= 1)
                        || (b.length() == 3 && a.length() == 3 && Similarity.levenshtein(a, b) <= 1 && a.charAt(0) == b.charAt(0))
                        // a short first word the OCR cut to its first letter ("T chức", "B trí"), when the rest agrees
                        || (k == 0 && o.length > 1 && plain[0].length() == 1 && o[0].length() <= 3
                            && plain[0].charAt(0) == o[0].charAt(0));
            }
            if (all) return true;
        }
        return false;
    }
}
