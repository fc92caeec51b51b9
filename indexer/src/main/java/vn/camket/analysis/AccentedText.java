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
        // a text of ASCII alone has no accented word: it cannot pass (and most OCR text is that)
        if (text == null || ascii(text)) return false;
        int syllables = 0, ok = 0, accented = 0;
        for (String w : Tokens.of(ACCENT, "exact", text)) {
            int kind = kind(w);
            if ((kind & SYLLABLE) == 0) continue;
            syllables++;
            if ((kind & KNOWN) != 0) ok++;
            if ((kind & ACCENTED) != 0) accented++;
        }
        return syllables >= MIN_SYLLABLES && ok >= syllables * TRUSTED_SHARE && accented >= syllables * ACCENTED_SHARE;
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) >= 0x80) return false;
        return true;
    }

    /** Bits of a word's {@link #kind}: it folds to a syllable, it is one as written, it carries a diacritic. */
    private static final int SYLLABLE = 1, KNOWN = 2, ACCENTED = 4;
    /** Kinds kept before the cache starts over (a language has few syllables; OCR debris is bounded so). */
    static final int CACHED = 65_536;
    private static final java.util.concurrent.ConcurrentHashMap<String, Integer> KINDS = new java.util.concurrent.ConcurrentHashMap<>();

    /** What a word (in the accent analyzer's form) counts as, each word worked out once. */
    static int kind(String w) {
        Integer k = KINDS.get(w);
        if (k != null) return k;
        String f = Fold.fold(w);
        int kind = 0;
        if (w.chars().allMatch(Character::isLetter) && SyllableModel.bundledSyllables().contains(f)) {
            kind = SYLLABLE;
            if (syllables().contains(w)) kind |= KNOWN;
            if (!w.equals(f)) kind |= ACCENTED;
        }
        if (KINDS.size() >= CACHED) KINDS.clear();
        KINDS.put(w, kind);
        return kind;
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
