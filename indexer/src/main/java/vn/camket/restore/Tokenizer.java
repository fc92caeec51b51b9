package vn.camket.restore;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a text into words, numbers, codes and punctuation, and into sentences. What is a code is
 * a property of the genre: a document reference ("57-NQ/TW", "KH-UBND", "4.0") holds a slash, an
 * inner hyphen or a dot between digits; an acronym ("UBND", "KH&CN", "GRDP") is capitals with no
 * syllable's shape or joined by "&"; a capital after leading digits ("5G", "3D") is a technical name. A
 * syllable the OCR garbled may hold digits and signs ("d6i", "m&i", "1a"), so those stay words.
 */
final class Tokenizer {
    private static final String PUNCT = ",.;:!?()[]{}\"“”«»…'‘’*-–—•·+=<>|";
    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9.,/%]*|[0-9]+[.,][0-9]+%?");
    /** The shape of a Vietnamese syllable, folded: onset, vowels, coda. Capitals without it are an acronym. */
    private static final Pattern SYLLABLE = Pattern.compile("(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ng|nh|ch|[cmnpt])?");

    private Tokenizer() {}

    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length(), i = 0;
        while (i < n) {
            if (Character.isWhitespace(text.charAt(i))) {
                // a blank line ends a sentence
                if (text.charAt(i) == '\n' && !out.isEmpty() && blankLineAt(text, i)) markEnd(out);
                i++;
                continue;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) i++;
            chunk(text, start, i, out);
        }
        if (!out.isEmpty()) markEnd(out);
        return out;
    }

    private static boolean blankLineAt(String text, int i) {
        for (int j = i + 1; j < text.length() && Character.isWhitespace(text.charAt(j)); j++) if (text.charAt(j) == '\n') return true;
        return false;
    }

    private static void markEnd(List<Token> out) {
        Token last = out.get(out.size() - 1);
        if (!last.endsSentence()) out.set(out.size() - 1, new Token(last.start(), last.end(), last.text(), last.kind(), true));
    }

    private static void chunk(String text, int start, int end, List<Token> out) {
        int a = start, b = end;
        while (a < b && PUNCT.indexOf(text.charAt(a)) >= 0) a++;
        while (b > a && PUNCT.indexOf(text.charAt(b - 1)) >= 0) b--;
        for (int k = start; k < a; k++) out.add(punct(text, k));
        if (a < b) {
            String core = text.substring(a, b);
            out.add(new Token(a, b, core, kind(core), false));
        }
        for (int k = b; k < end; k++) out.add(punct(text, k));
    }

    private static Token punct(String text, int k) {
        char c = text.charAt(k);
        return new Token(k, k + 1, String.valueOf(c), Token.Kind.PUNCT, c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == '|');
    }

    static Token.Kind kind(String core) {
        if (NUMBER.matcher(core).matches()) return Token.Kind.NUMBER;
        if (core.chars().noneMatch(Character::isLetter)) return Token.Kind.PUNCT;
        if (core.indexOf('/') >= 0 || innerHyphen(core) || digitDotDigit(core)) return Token.Kind.CODE;
        int letters = 0, upper = 0;
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) upper++;
            }
        }
        boolean allCaps = letters >= 2 && upper == letters;
        if (allCaps && core.indexOf('&') > 0) return Token.Kind.CODE;
        if (allCaps && core.chars().allMatch(Character::isLetter) && !SYLLABLE.matcher(vn.camket.text.Fold.fold(core)).matches()) return Token.Kind.CODE;
        if (Character.isDigit(core.charAt(0))) {
            int k = 0;
            while (k < core.length() && Character.isDigit(core.charAt(k))) k++;
            if (k < core.length() && Character.isUpperCase(core.charAt(k))) return Token.Kind.CODE;
        }
        return Token.Kind.WORD;
    }

    private static boolean innerHyphen(String s) {
        int h = s.indexOf('-');
        return h > 0 && h < s.length() - 1;
    }

    private static boolean digitDotDigit(String s) {
        for (int i = 1; i + 1 < s.length(); i++) {
            if ((s.charAt(i) == '.' || s.charAt(i) == ',') && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1))) return true;
        }
        return false;
    }
}
