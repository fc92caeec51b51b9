package vn.camket.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.camket.text.Fold;

/**
 * Folds a token to the form both the index and queries use: compatibility-normalized (ligatures
 * such as ﬁ become fi), every diacritic removed, đ/Đ as d, lower case. "Đổi" → "doi".
 */
public final class VietnameseFoldingFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public VietnameseFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        // a word whose every char folds to one char is folded where it stands (nearly all of them)
        if (Fold.foldInPlace(term.buffer(), term.length())) return true;
        String folded = Fold.fold(term.toString()).replace(" ", "");
        term.setEmpty().append(folded);
        return true;
    }
}
