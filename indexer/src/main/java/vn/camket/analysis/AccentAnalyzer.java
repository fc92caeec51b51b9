package vn.camket.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words as written, diacritics kept (lower case, one tone placement): the field beside the folded
 * one, so that a query typed with diacritics can rank "chữ ký số" above "kỹ năng số" in clean text.
 */
public final class AccentAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        return new TokenStreamComponents(tokenizer, new AccentFormFilter(new LowerCaseFilter(tokenizer)));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new AccentFormFilter(new LowerCaseFilter(in));
    }
}
