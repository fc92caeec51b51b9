package vn.camket.analysis;

import java.io.Reader;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

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

    private static final Pattern AMPERSAND_FOR_O = Pattern.compile("(?<=\\p{Ll})&(?=\\p{Ll})");

    private OcrSymbolCharFilter() {}

    public static Reader wrap(Reader in) {
        return new PatternReplaceCharFilter(AMPERSAND_FOR_O, "o", new MappingCharFilter(MAP, in));
    }
}
