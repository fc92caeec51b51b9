package vn.camket.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.camket.text.Fold;

/**
 * Whether a text's diacritics can be trusted: nearly every word with letters is a Vietnamese
 * syllable as written, accents included (the bundled hunspell-vi list). OCR text loses or garbles
 * accents ("trién khai", "séng"), so its words fail this far more often; there, an accent the user
 * typed says nothing and folding decides.
 */
public final class AccentedText {
    /** Share of a text's syllables that must be real syllables as written for its accents to count. */
    static final double TRUSTED_SHARE = 0.9;
    private static volatile Set<String> syllables;

    private AccentedText() {}

    /**
     * True when the text's syllables (its words that fold to a Vietnamese syllable) are at least
     * {@link #TRUSTED_SHARE} real syllables as written, accents included, and at least
     * {@link #ACCENTED_SHARE} of them carry a diacritic: OCR that dropped the accents prints real
     * syllables too ("thanh toan"), but far fewer of them accented. Other words (names, acronyms,
     * OCR debris) are not counted.
     */
    public static boolean trusted(String text) {
        if (text == null || text.equals(Fold.fold(text))) return false;
        Set<String> known = syllables(), folded = SyllableModel.bundledSyllables();
        int syllables = 0, ok = 0, accented = 0;
        for (String w : Tokens.of(ACCENT, "exact", text)) {
            String f = Fold.fold(w);
            if (!w.chars().allMatch(Character::isLetter) || !folded.contains(f)) continue;
            syllables++;
            if (known.contains(w)) ok++;
            if (!w.equals(f)) accented++;
        }
        return syllables >= MIN_SYLLABLES && ok >= syllables * TRUSTED_SHARE && accented >= syllables * ACCENTED_SHARE;
    }

    /** Share of a clean text's syllables that carry a diacritic, at the least (Vietnamese prose: well over half). */
    static final double ACCENTED_SHARE = 0.4;
    /** Fewer syllables say too little either way. */
    static final int MIN_SYLLABLES = 3;

    private static final AccentAnalyzer ACCENT = new AccentAnalyzer();

    /** The bundled syllables with their diacritics, in {@link AccentFormFilter}'s form. */
    static Set<String> syllables() {
        Set<String> s = syllables;
        if (s != null) return s;
        try (InputStream in = AccentedText.class.getResourceAsStream("/vn/camket/analysis/vi_VN.dic");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Set<String> set = new HashSet<>();
            r.readLine(); // entry count
            for (String line; (line = r.readLine()) != null; ) {
                for (String part : line.split("/")[0].strip().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}]+")) {
                    if (!part.isEmpty()) set.add(AccentFormFilter.form(part));
                }
            }
            syllables = Set.copyOf(set);
            return syllables;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
