package vn.camket.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * Maps symbols the OCR reads in place of accented letters (¢ and € for ê/ệ, ¥ for ỹ) back to
 * letters before tokenization, so "ngh¢" stays one word instead of splitting at the symbol.
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

    public static Reader wrap(Reader in) {
        return new MappingCharFilter(MAP, in);
    }
}
