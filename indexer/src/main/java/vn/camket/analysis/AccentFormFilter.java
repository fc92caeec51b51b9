package vn.camket.analysis;

import java.io.IOException;
import java.text.Normalizer;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Keeps a token's diacritics but writes it one way: composed (NFC), with the tone mark of an
 * open "oa", "oe" or "uy" on its second vowel ("hòa" → "hoà", "thủy" → "thuỷ"), since plans and
 * users write both placements for the same word. What is left differs only where the words differ
 * ("ký" and "kỹ", "số" and "sở"), which folding cannot tell apart.
 *
 * <p>A token of ASCII letters alone has no mark to move or compose and passes unchanged; the
 * forms of the others are kept per filter instance (an analyzer reuses its filter per thread, so
 * the cache is never shared), at most {@link #CACHED} of them: a language has few syllables.
 */
public final class AccentFormFilter extends TokenFilter {
    /** A tone mark on the first vowel of an open oa/oe/uy, in decomposed form. */
    private static final Pattern OLD_TONE_PLACEMENT =
            Pattern.compile("([oOuU])([\u0300\u0301\u0303\u0309\u0323])([aAeEyY])$");
    /** Forms kept per instance before the cache starts over. */
    static final int CACHED = 8192;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final CharArrayMap<String> forms = new CharArrayMap<>(256, false);

    public AccentFormFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        char[] buffer = term.buffer();
        int length = term.length();
        if (ascii(buffer, length)) return true;
        String form = forms.get(buffer, 0, length);
        if (form == null) {
            String token = new String(buffer, 0, length);
            form = slowForm(token);
            if (forms.size() >= CACHED) forms.clear();
            forms.put(token, form);
        }
        term.setEmpty().append(form);
        return true;
    }

    /** The one written form of a syllable (case is left to a lower-case filter before this one). */
    public static String form(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) >= 0x80) return slowForm(token);
        }
        return token;
    }

    private static boolean ascii(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (buffer[i] >= 0x80) return false;
        }
        return true;
    }

    private static String slowForm(String token) {
        String d = Normalizer.normalize(token, Normalizer.Form.NFD);
        d = OLD_TONE_PLACEMENT.matcher(d).replaceFirst("$1$3$2");
        return Normalizer.normalize(d, Normalizer.Form.NFC);
    }
}
