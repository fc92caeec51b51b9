package vn.camket.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.camket.text.Fold;

/**
 * Assigns a record to one of the seven pillars: from its group heading when the plan follows the
 * resolution's structure (the heading names the pillar), else from its own text. Scores are
 * counts of the pillar's keywords; the heading decides when it clearly names one pillar.
 */
public final class ThemeClassifier {
    private final List<Theme> themes;

    public ThemeClassifier(List<Theme> themes) {
        this.themes = List.copyOf(themes);
    }

    public static ThemeClassifier load() {
        List<Theme> list = new ArrayList<>();
        for (String line : DataFiles.lines("themes.tsv")) {
            String[] f = line.split("\t");
            list.add(new Theme(f[0], f[1], f[2], Arrays.stream(f[3].split("\\|")).map(String::trim).toList()));
        }
        return new ThemeClassifier(list);
    }

    public List<Theme> themes() {
        return themes;
    }

    /** The pillar of a record with the given group heading (may be null) and text. */
    public String classify(String heading, String text) {
        if (heading != null && !heading.isBlank()) {
            int[] h = scores(heading);
            int best = argmax(h);
            // a heading decides when it names one pillar plainly: strongly ahead of any other, or alone.
            // A sector heading ("Chuyển đổi số ngành Giáo dục") names several and leaves it to the content.
            if (best >= 0) {
                int second = secondBest(h, best);
                if ((h[best] >= 3 && h[best] >= 2 * second) || second == 0) return themes.get(best).id();
            }
        }
        int best = argmax(scores(text == null ? "" : text));
        return best < 0 ? themes.get(themes.size() > 4 ? 4 : 0).id() : themes.get(best).id();
    }

    /** Keyword hits per pillar; a word of three letters or more may be one OCR slip off ("mei" for mới). */
    private int[] scores(String text) {
        // OCR reads ư as "ir", "ii" or "w" ("nhan thirc", "tw duy"): undone before comparing
        String[] words = Fold.ocrFold(text).replaceAll("[^a-z0-9 ]", " ").replace("ir", "u").replace("ii", "u").replace("w", "u")
                .trim().split("\\s+");
        int[] s = new int[themes.size()];
        for (int t = 0; t < themes.size(); t++) {
            for (String k : themes.get(t).keywords()) {
                String[] kw = k.replaceAll("[^a-z0-9 ]", " ").trim().split("\\s+");
                for (int i = 0; i + kw.length <= words.length; i++) {
                    boolean all = true;
                    for (int j = 0; j < kw.length && all; j++) {
                        String a = words[i + j], b = kw[j];
                        all = a.equals(b) || (b.length() >= 3 && !a.isEmpty() && a.charAt(0) == b.charAt(0)
                                && Math.abs(a.length() - b.length()) <= 1 && vn.camket.text.Similarity.levenshtein(a, b) <= 1);
                    }
                    if (all) s[t]++;
                }
            }
        }
        return s;
    }

    private static int argmax(int[] s) {
        int best = -1;
        for (int i = 0; i < s.length; i++) if (s[i] > 0 && (best < 0 || s[i] > s[best])) best = i;
        return best;
    }

    private static int secondBest(int[] s, int best) {
        int second = 0;
        for (int i = 0; i < s.length; i++) if (i != best) second = Math.max(second, s[i]);
        return second;
    }
}
