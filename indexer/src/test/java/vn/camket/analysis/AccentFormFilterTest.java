package vn.camket.analysis;

import java.io.IOException;
import java.util.HashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** The accent-keeping form: composed, one tone placement, nothing else changed. */
public class AccentFormFilterTest extends BaseTokenStreamTestCase {
    private static Analyzer analyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer t = new StandardTokenizer();
                return new TokenStreamComponents(t, new AccentFormFilter(new LowerCaseFilter(t)));
            }
        };
    }

    public void testKeepsAccentsThatTellWordsApart() throws IOException {
        try (Analyzer a = analyzer()) {
            assertAnalyzesTo(a, "Chữ ký số, kỹ năng số, đăng ký sở hữu",
                    new String[] {"chữ", "ký", "số", "kỹ", "năng", "số", "đăng", "ký", "sở", "hữu"});
        }
    }

    public void testOneTonePlacementAndComposedForm() throws IOException {
        try (Analyzer a = analyzer()) {
            // old and new placement on an open oa/uy, and a decomposed e + circumflex + acute
            assertAnalyzesTo(a, "hòa hoà thủy thuỷ ke\u0302\u0301", new String[] {"hoà", "hoà", "thuỷ", "thuỷ", "kế"});
            // with a final consonant the mark is on the second vowel either way: left alone
            assertAnalyzesTo(a, "hoàn thuyết", new String[] {"hoàn", "thuyết"});
        }
    }

    public void testOffsetsAndPositionsAreKept() throws IOException {
        try (Analyzer a = analyzer()) {
            assertAnalyzesTo(a, "Hòa bình", new String[] {"hoà", "bình"}, new int[] {0, 4}, new int[] {3, 8}, new int[] {1, 1});
        }
    }

    public void testRandomText() throws IOException {
        try (Analyzer a = analyzer()) {
            checkRandomData(random(), a, 200);
        }
    }

    public void testEmptyTerm() throws IOException {
        Analyzer a = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                KeywordTokenizer t = new KeywordTokenizer();
                return new TokenStreamComponents(t, new AccentFormFilter(t));
            }
        };
        checkOneTerm(a, "", "");
        a.close();
    }

    public void testFactoryIsFoundBySpiName() throws Exception {
        TokenFilterFactory f = TokenFilterFactory.forName(AccentFormFilterFactory.NAME, new HashMap<>());
        assertTrue(f instanceof AccentFormFilterFactory);
    }
}
