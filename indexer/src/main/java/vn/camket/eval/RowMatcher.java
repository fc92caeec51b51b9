package vn.camket.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.camket.text.Fold;

/**
 * Pairs true task rows with extracted ones, one to one, when the extracted text holds the true
 * text's opening. The truth is clean while the extracted text is OCR-garbled and may carry words
 * of other columns between its own (cells interleaved on a line), so the measure is how much of
 * the true opening's character trigrams the extracted opening contains, each trigram weighted by
 * how rare it is among the plan's rows: words every row shares ("triển khai", "các sở") say little
 * about which row it is. Pairs above {@link #THRESHOLD} are taken best first (greedy assignment).
 *
 * <p>The true opening is {@value #OPENING} folded characters; the extracted window is twice that,
 * room for the interleaved words. The threshold lies in the gap between a true row's best score and
 * its second best (on the synthetic plans right pairs mostly score above 0.7, the best wrong one
 * mostly below 0.6); anywhere from 0.55 to 0.7 changes the rows matched there by under 1 %.
 */
public final class RowMatcher {
    /** Folded characters of the true text compared. */
    static final int OPENING = 120;
    /** Folded characters of the extracted text searched: the opening plus as much interleaved text. */
    static final int WINDOW = 2 * OPENING;
    /** Weighted share of the true opening's trigrams the extracted window must hold. */
    public static final double THRESHOLD = 0.6;

    private static final Pattern NOT_ALNUM = Pattern.compile("[^0-9a-z]+");
    /** Row numbers, group numerals and their punctuation in front of a task ("1.", "II.", "2.3)"). */
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(?:(?:\\d+|[ivxl]+)(?: |$))+");

    private RowMatcher() {}

    /** A pair of row indices and their score. */
    public record Pair(int truth, int extracted, double score) {}

    /**
     * For every true text, the index of the extracted text it is paired with, or -1.
     */
    public static int[] match(List<String> truth, List<String> extracted) {
        int[] out = new int[truth.size()];
        Arrays.fill(out, -1);
        for (Pair p : pairs(truth, extracted)) out[p.truth()] = p.extracted();
        return out;
    }

    /** The one-to-one pairs, best first. */
    public static List<Pair> pairs(List<String> truth, List<String> extracted) {
        List<Set<String>> t = truth.stream().map(s -> trigrams(key(s, OPENING))).toList();
        List<Set<String>> e = extracted.stream().map(s -> trigrams(key(s, WINDOW))).toList();
        Map<String, Integer> df = new HashMap<>();
        for (Set<String> s : t) for (String g : s) df.merge(g, 1, Integer::sum);
        for (Set<String> s : e) for (String g : s) df.merge(g, 1, Integer::sum);
        int n = t.size() + e.size();
        List<Pair> candidates = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            double whole = 0;
            for (String g : t.get(i)) whole += weight(df.get(g), n);
            if (whole == 0) continue;
            for (int j = 0; j < e.size(); j++) {
                double held = 0;
                for (String g : t.get(i)) if (e.get(j).contains(g)) held += weight(df.get(g), n);
                double score = held / whole;
                if (score >= THRESHOLD) candidates.add(new Pair(i, j, score));
            }
        }
        // best first; on a tie the earlier rows pair with each other (document order)
        candidates.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score())
                : a.truth() != b.truth() ? Integer.compare(a.truth(), b.truth()) : Integer.compare(a.extracted(), b.extracted()));
        boolean[] usedT = new boolean[t.size()], usedE = new boolean[e.size()];
        List<Pair> chosen = new ArrayList<>();
        for (Pair p : candidates) {
            if (usedT[p.truth()] || usedE[p.extracted()]) continue;
            usedT[p.truth()] = usedE[p.extracted()] = true;
            chosen.add(p);
        }
        return chosen;
    }

    /** Smoothed inverse document frequency over the rows compared (never zero, even for two rows). */
    private static double weight(int df, int n) {
        return Math.log((n + 1.0) / df);
    }

    /** The text compared: OCR-folded (digits that stand for vowels read as vowels), letters and digits only, row number dropped, cut to {@code length}. */
    static String key(String text, int length) {
        String f = NOT_ALNUM.matcher(Fold.ocrFold(text == null ? "" : text)).replaceAll(" ").strip();
        f = LEADING_NUMBER.matcher(f).replaceFirst("");
        return f.length() > length ? f.substring(0, length) : f;
    }

    static Set<String> trigrams(String key) {
        String s = " " + key + " ";
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 3 <= s.length(); i++) out.add(s.substring(i, i + 3));
        return out;
    }
}
