package vn.camket.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Runs an analyzer over a text and returns its terms (first term of each position only). */
public final class Tokens {
    private Tokens() {}

    public static List<String> of(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (inc.getPositionIncrement() > 0 || out.isEmpty()) out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Folded tokens with no repair: what the syllable model learns from. */
    public static List<String> folded(String text) {
        return of(FOLDING_ONLY, "text", text);
    }

    private static final Analyzer FOLDING_ONLY = new Analyzer() {
        @Override
        protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
            return OcrSymbolCharFilter.wrap(reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            org.apache.lucene.analysis.standard.StandardTokenizer t = new org.apache.lucene.analysis.standard.StandardTokenizer();
            return new TokenStreamComponents(t, new VietnameseFoldingFilter(t));
        }
    };
}
