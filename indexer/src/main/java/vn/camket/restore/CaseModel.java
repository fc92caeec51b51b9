package vn.camket.restore;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a word's printed capital says about which syllable it is. Inside a sentence Vietnamese
 * writes a capital only where a name begins ("của Bộ Tài chính", "Sở Nội vụ", "tỉnh Hưng
 * Yên"), so "Bo" there is far more likely "Bộ" than "bỏ", and "bo" the other way round. The
 * model is P(capitalised | syllable) at such places, learned from the clean plans (smoothed
 * towards the share over all syllables), mixed with a little of "the OCR got the case wrong".
 * Elsewhere — a sentence's or a line's first word, after a stop or a dash, a heading in
 * capitals — case says nothing and the model gives no evidence.
 */
final class CaseModel {
    /** The printed case of a word where it is evidence: none, lower case, a capital first. */
    static final int NONE = 0, LOWER = 1, TITLE = 2;
    /** Pseudo-count of the overall share in every syllable's estimate. */
    private static final double PRIOR = 2;
    /** Share of printed cases the OCR got wrong (a stray capital, a lost one). */
    private static final double SLIP = 0.05;

    /** Per syllable: how often it stood where case is evidence, and how often with a capital; the same for the word before. */
    private final Map<String, int[]> counts = new HashMap<>(), after = new HashMap<>();
    private long all, titled;

    /** Counts the case of every word of a clean text where case is evidence. */
    void learn(List<Token> tokens, String text) {
        int[] cls = classes(tokens, text);
        for (int i = 0; i < tokens.size(); i++) {
            if (cls[i] == NONE) continue;
            int[] c = counts.computeIfAbsent(tokens.get(i).text().toLowerCase(Locale.ROOT), k -> new int[2]);
            int[] b = after.computeIfAbsent(tokens.get(i - 1).text().toLowerCase(Locale.ROOT), k -> new int[2]);
            c[0]++;
            b[0]++;
            all++;
            if (cls[i] == TITLE) {
                c[1]++;
                b[1]++;
                titled++;
            }
        }
    }

    /**
     * Natural log of P(printed case | the word is {@code lower} after {@code previous}); 0 when
     * the case is no evidence. Both words speak: a name's first syllable is written with a
     * capital ("Bộ", "Sở"), and so is what follows a word that opens names ("tỉnh Hưng Yên",
     * "Bộ Tài chính"); the two estimates are combined as independent evidence about the case.
     */
    double logProb(String previous, String lower, int printedCase) {
        if (printedCase == NONE || all == 0) return 0;
        double prior = (titled + 1.0) / (all + 2.0);
        double a = share(counts.get(lower), prior), b = share(after.get(previous), prior);
        double title = a * b / prior, low = (1 - a) * (1 - b) / (1 - prior);
        double p = title / (title + low);
        p = (1 - SLIP) * p + SLIP * 0.5;
        return Math.log(printedCase == TITLE ? p : 1 - p);
    }

    private static double share(int[] c, double prior) {
        return c == null ? prior : (c[1] + PRIOR * prior) / (c[0] + PRIOR);
    }

    /**
     * For each token, its case class where case is evidence: a word inside a sentence, not at a
     * line's start, after a word, a number, a code, a comma or an opening bracket; a word of two
     * or more capitals (a heading) is none.
     */
    static int[] classes(List<Token> tokens, String text) {
        int[] out = new int[tokens.size()];
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i), prev = tokens.get(i - 1);
            if (t.kind() != Token.Kind.WORD || prev.endsSentence()) continue;
            if (prev.kind() == Token.Kind.PUNCT && !prev.text().equals(",") && !prev.text().equals("(")) continue;
            if (text.substring(prev.end(), t.start()).indexOf('\n') >= 0) continue;
            String w = t.text();
            if (!Character.isLetter(w.charAt(0))) continue;
            int letters = 0, upper = 0;
            for (int k = 0; k < w.length(); k++) {
                if (Character.isLetter(w.charAt(k))) {
                    letters++;
                    if (Character.isUpperCase(w.charAt(k))) upper++;
                }
            }
            if (letters >= 2 && upper == letters) continue;
            out[i] = Character.isUpperCase(w.charAt(0)) ? TITLE : LOWER;
        }
        return out;
    }
}
