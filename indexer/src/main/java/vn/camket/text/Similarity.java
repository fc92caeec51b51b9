package vn.camket.text;

/** Edit distance and an OCR-tolerant "skeleton" of folded words, for fuzzy name matching. */
public final class Similarity {
    private Similarity() {}

    public static int levenshtein(CharSequence a, CharSequence b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }

    /**
     * Skeleton of an already folded phrase: the OCR in these scans reads a capital Đ as P, B or b,
     * so a word-initial p or b before a vowel is taken as d (on both sides of a comparison);
     * digits and signs that stand for vowels are mapped to o or e.
     */
    public static String skeleton(String folded) {
        StringBuilder b = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(folded.charAt(i - 1));
            char next = i + 1 < folded.length() ? folded.charAt(i + 1) : ' ';
            if (wordStart && (c == 'p' || c == 'b') && "aeiouy".indexOf(next) >= 0) b.append('d');
            else if (c == '6' || c == '0') b.append('o');
            else if (c == '¢' || c == '€') b.append('e');
            else if (Character.isLetter(c) || c == ' ') b.append(c);
        }
        return b.toString().replaceAll(" +", " ").trim();
    }

    /** Whether a candidate matches a name within an edit budget that grows with the name's length. */
    public static boolean closeEnough(String candidateSkeleton, String nameSkeleton) {
        int budget = nameSkeleton.length() >= 12 ? 2 : nameSkeleton.length() >= 6 ? 1 : 0;
        if (Math.abs(candidateSkeleton.length() - nameSkeleton.length()) > budget) return false;
        return levenshtein(candidateSkeleton, nameSkeleton) <= budget;
    }
}
