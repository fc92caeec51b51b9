package vn.camket.eval;

import java.text.Normalizer;

/**
 * Character error rate of a read text against the text that was printed: the edit distance
 * (insertions, deletions, substitutions of characters) over the printed text's length, both in
 * NFC with white space runs made one space (line breaks are layout, not characters read).
 * The distance is computed in a diagonal band that widens until it holds the answer, so a
 * 40,000-character plan costs a few band widths, not 40,000².
 */
public final class CharErrorRate {
    private CharErrorRate() {}

    public static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    /** Edit distance of the normalized texts and the printed text's length. */
    public record Result(long edits, long length) {
        public double rate() {
            return length == 0 ? 0 : (double) edits / length;
        }
    }

    public static Result of(String read, String printed) {
        String a = normalize(read), b = normalize(printed);
        return new Result(distance(a, b), b.length());
    }

    static long distance(String a, String b) {
        int band = Math.max(64, Math.abs(a.length() - b.length()) + 64);
        while (true) {
            long d = banded(a, b, band);
            if (d <= band || band >= Math.max(a.length(), b.length())) return d;
            band *= 2;
        }
    }

    /** Levenshtein restricted to |i - j| <= band (exact whenever the answer is at most band). */
    private static long banded(String a, String b, int band) {
        int n = a.length(), m = b.length();
        final int inf = Integer.MAX_VALUE / 2;
        int[] prev = new int[m + 1], cur = new int[m + 1];
        for (int j = 0; j <= m; j++) prev[j] = j <= band ? j : inf;
        for (int i = 1; i <= n; i++) {
            int lo = Math.max(1, i - band), hi = Math.min(m, i + band);
            cur[0] = i <= band ? i : inf;
            if (lo - 1 >= 1) cur[lo - 1] = inf; // cells left of the band (stale from two rows back)
            char ca = a.charAt(i - 1);
            for (int j = lo; j <= hi; j++) {
                int sub = prev[j - 1] + (ca == b.charAt(j - 1) ? 0 : 1);
                int del = prev[j] + 1, ins = cur[j - 1] + 1;
                cur[j] = Math.min(sub, Math.min(del, ins));
            }
            if (hi + 1 <= m) cur[hi + 1] = inf; // and right of it
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
