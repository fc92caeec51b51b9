package vn.camket.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Folding used for matching: diacritics and case removed, đ → d, white space collapsed.
 * The printed text is never replaced by its folded form; folding is only for comparison.
 */
public final class Fold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Fold() {}

    /**
     * Each char below {@link #TABLED}, folded alone. Folding is per character but for the white
     * space (marks are dropped wherever they stand, and a character's decomposition is its own), so
     * a text of these characters folds as the concatenation of theirs: the index folds every word it
     * writes, and the Unicode normalization and the regular expressions were most of a build's cost.
     */
    private static final int TABLED = 0x2000;
    private static final String[] TABLE = new String[TABLED];
    /** Whether a char's folding holds white space (which is then collapsed as a whole). */
    private static final boolean[] SPACEY = new boolean[TABLED];

    static {
        for (char c = 0; c < TABLED; c++) {
            TABLE[c] = foldChars(String.valueOf(c));
            SPACEY[c] = TABLE[c].chars().anyMatch(x -> x <= ' ');
        }
    }

    /** For a char below {@link #TABLED} whose folding is one char and no white space, that char; else 0. */
    private static final char[] ONE = new char[TABLED];

    static {
        for (char c = 1; c < TABLED; c++) {
            if (TABLE[c].length() == 1 && !SPACEY[c] && TABLE[c].charAt(0) != 0) ONE[c] = TABLE[c].charAt(0);
        }
    }

    /**
     * Folds the first {@code length} chars of {@code buffer} in place when each folds to one char
     * (a word of Vietnamese or Latin letters and digits) and returns true; the result is then
     * {@link #fold} of them. Returns false, the buffer untouched, when some char folds otherwise.
     */
    public static boolean foldInPlace(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c >= TABLED || ONE[c] == 0) return false;
        }
        for (int i = 0; i < length; i++) buffer[i] = ONE[buffer[i]];
        return true;
    }

    /** NFKC (ligatures such as ﬁ become fi) then diacritics, đ/Đ and case folded, spaces collapsed. */
    public static String fold(String s) {
        if (s == null || s.isEmpty()) return "";
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= TABLED) return foldSlowly(s); // other scripts, surrogates: the general way
            b.append(TABLE[c]);
            space |= SPACEY[c];
        }
        return space ? SPACES.matcher(b).replaceAll(" ").trim() : b.toString();
    }

    /** {@link #fold} the general way, for any text (what the table was made with). */
    static String foldSlowly(String s) {
        if (s == null || s.isEmpty()) return "";
        return SPACES.matcher(foldChars(s)).replaceAll(" ").trim();
    }

    /** Compatibility decomposition, marks dropped, đ/Đ and case folded; white space as it was. */
    private static String foldChars(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD);
        n = MARKS.matcher(n).replaceAll("");
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            switch (c) {
                case 'đ', 'Đ', 'ð', 'Ð' -> b.append('d');
                case 'ø', 'Ø' -> b.append('o');
                case 'ł', 'Ł' -> b.append('l');
                default -> b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** Folds and also maps letters-in-disguise that OCR produces in these scans (digits, currency
     *  signs, symbols read instead of accented vowels) so that keyword matching survives them:
     *  "S6" → "so", "d6i" → "doi", "1€" → "le" is not attempted (1 stays 1 where it is a digit). */
    public static String ocrFold(String s) {
        String f = fold(s);
        StringBuilder b = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            boolean letterBefore = i > 0 && Character.isLetter(f.charAt(i - 1));
            boolean letterAfter = i + 1 < f.length() && Character.isLetter(f.charAt(i + 1));
            switch (c) {
                case '¢', '€', '©' -> b.append(letterBefore || letterAfter ? 'e' : c);
                case '6', '0', '9' -> b.append(letterBefore && !nextIsDigit(f, i) && !prevIsDigit(f, i) ? 'o' : c);
                case '4', '3' -> b.append(letterBefore && letterAfter ? 'a' : c);
                case '&' -> b.append(letterBefore && !letterAfter && i >= 1 && "sS".indexOf(f.charAt(i - 1)) >= 0
                        && (i < 2 || !Character.isLetter(f.charAt(i - 2))) ? 'o' : c);
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean nextIsDigit(String s, int i) {
        return i + 1 < s.length() && Character.isDigit(s.charAt(i + 1));
    }

    private static boolean prevIsDigit(String s, int i) {
        return i > 0 && Character.isDigit(s.charAt(i - 1));
    }

    /** NFC plus compatibility mapping of ligatures, keeping diacritics: the form text is stored in. */
    public static String normalizeText(String s) {
        if (s == null) return "";
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        return n.replace('\u00A0', ' ').replace("\uFEFF", "");
    }
}
