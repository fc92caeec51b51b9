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
            int[] h = scores(Fold.ocrFold(heading));
            int best = argmax(h);
            if (best >= 0 && h[best] >= 2 * secondBest(h, best) && h[best] > 0) return themes.get(best).id();
        }
        int best = argmax(scores(Fold.ocrFold(text == null ? "" : text)));
        return best < 0 ? themes.get(themes.size() > 4 ? 4 : 0).id() : themes.get(best).id();
    }

    private int[] scores(String folded) {
        int[] s = new int[themes.size()];
        String padded = " " + folded.replaceAll("[^a-z0-9 ]", " ").replaceAll(" +", " ") + " ";
        for (int t = 0; t < themes.size(); t++) {
            for (String k : themes.get(t).keywords()) {
                String key = " " + k + " ";
                for (int at = padded.indexOf(key); at >= 0; at = padded.indexOf(key, at + 1)) s[t]++;
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
