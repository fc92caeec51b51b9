package vn.camket.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * Maps symbols the OCR reads in place of accented letters (¢ and € for ê/ệ, ¥ for ỹ, and an "&"
 * between lower-case letters for ơ: "v&i" = với, "m&i" = mới) back to letters before
 * tokenization, so "ngh¢" stays one word instead of splitting at the symbol. "KH&CN" keeps its "&".
 */
public final class OcrSymbolCharFilter {
    private static final NormalizeCharMap MAP;

    static {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        b.add("¢", "e");
        b.add("€", "e");
        b.add("¥", "y");
        b.add("©", "c");
        MAP = b.build();
    }

    private OcrSymbolCharFilter() {}

    /**
     * A short printed string (an OCR's printing of a letter or two) as the index reads it: the
     * symbols mapped as here ("&" for o, since within a word it stands between letters), then
     * folded as {@link VietnameseFoldingFilter} folds, spaces dropped.
     */
    public static String read(String printed) {
        StringBuilder b = new StringBuilder(printed.length());
        for (int i = 0; i < printed.length(); i++) {
            char c = printed.charAt(i);
            b.append(switch (c) {
                case '¢', '€' -> 'e';
                case '¥' -> 'y';
                case '©' -> 'c';
                case '&' -> 'o';
                default -> c;
            });
        }
        return vn.camket.text.Fold.fold(b.toString()).replace(" ", "");
    }

    public static Reader wrap(Reader in) {
        return new AmpersandForOCharFilter(new MappingCharFilter(MAP, in));
    }
}
