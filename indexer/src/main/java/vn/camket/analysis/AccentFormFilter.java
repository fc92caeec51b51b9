package vn.camket.analysis;

import java.io.IOException;
import java.text.Normalizer;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Keeps a token's diacritics but writes it one way: composed (NFC), with the tone mark of an
 * open "oa", "oe" or "uy" on its second vowel ("hòa" → "hoà", "thủy" → "thuỷ"), since plans and
 * users write both placements for the same word. What is left differs only where the words differ
 * ("ký" and "kỹ", "số" and "sở"), which folding cannot tell apart.
 */
public final class AccentFormFilter extends TokenFilter {
    /** A tone mark on the first vowel of an open oa/oe/uy, in decomposed form. */
    private static final Pattern OLD_TONE_PLACEMENT =
            Pattern.compile("([oOuU])([\u0300\u0301\u0303\u0309\u0323])([aAeEyY])$");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public AccentFormFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        String form = form(term.toString());
        term.setEmpty().append(form);
        return true;
    }

    /** The one written form of a syllable (case is left to a lower-case filter before this one). */
    public static String form(String token) {
        String d = Normalizer.normalize(token, Normalizer.Form.NFD);
        d = OLD_TONE_PLACEMENT.matcher(d).replaceFirst("$1$3$2");
        return Normalizer.normalize(d, Normalizer.Form.NFC);
    }
}
