package vn.camket.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Camket's analysis for plan text and queries alike: OCR symbols mapped to letters, standard
 * tokenization, Vietnamese folding, then OCR repair against the corpus' syllable model.
 */
public final class VietnameseAnalyzer extends Analyzer {
    private final SyllableModel model;
    private final boolean keepOriginal;

    /** @param keepOriginal also index the garbled form of a repaired token (index side) */
    public VietnameseAnalyzer(SyllableModel model, boolean keepOriginal) {
        this.model = model;
        this.keepOriginal = keepOriginal;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return OcrSymbolCharFilter.wrap(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream ts = new VietnameseFoldingFilter(tokenizer);
        ts = new OcrRepairFilter(ts, model, keepOriginal);
        return new TokenStreamComponents(tokenizer, ts);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new VietnameseFoldingFilter(in);
    }

    public SyllableModel model() {
        return model;
    }
}
