package vn.camket.table;

/**
 * How likely a printed (folded) word is an intended one: 1 when equal, less for a word misread by
 * one letter, 0 otherwise. Short words must match exactly: one letter off turns "tri" into "tre".
 */
final class WordSimilarity {
    private WordSimilarity() {}

    static double score(String printed, String intended) {
        if (printed.equals(intended)) return 1;
        int a = printed.length(), b = intended.length();
        // a two-letter word misread in its second letter ("vj" for "vi"): weak evidence, read in a label's context only
        if (a == 2 && b == 2) return printed.charAt(0) == intended.charAt(0) && !Character.isLetter(printed.charAt(1)) == false ? 0.5 : 0;
        if (Math.min(a, b) < 3 || Math.abs(a - b) > 1) return 0;
        if (printed.charAt(0) != intended.charAt(0) && Math.min(a, b) < 4) return 0;
        return editDistanceAtMostOne(printed, intended) ? 0.7 : 0;
    }

    private static boolean editDistanceAtMostOne(String s, String t) {
        if (s.length() > t.length()) return editDistanceAtMostOne(t, s);
        int i = 0, j = 0, edits = 0;
        while (i < s.length() && j < t.length()) {
            if (s.charAt(i) == t.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) return false;
            if (s.length() == t.length()) i++;
            j++;
        }
        return edits + (t.length() - j) + (s.length() - i) <= 1;
    }
}
