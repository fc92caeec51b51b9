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

    public void testAsciiPassesUnchangedAndRepeatedWordsKeepTheirForm() throws IOException {
        try (Analyzer a = analyzer()) {
            // the second "hòa" and "thủy" come from the filter's cache of forms, across documents too
            assertAnalyzesTo(a, "ke hoach 5G hòa thủy hòa thủy abc", new String[] {"ke", "hoach", "5g", "hoà", "thuỷ", "hoà", "thuỷ", "abc"});
            assertAnalyzesTo(a, "thủy hòa", new String[] {"thuỷ", "hoà"});
        }
    }

    public void testFormsStayRightPastTheCacheBound() throws IOException {
        try (Analyzer a = analyzer()) {
            // more distinct accented tokens than the cache holds, with an old tone placement among them
            java.util.List<String> text = new java.util.ArrayList<>(), expected = new java.util.ArrayList<>();
            for (int i = 0; i < AccentFormFilter.CACHED + 50; i++) {
                if (i % 1000 == 0) { text.add("hòa"); expected.add("hoà"); }
                text.add("đ" + i);
                expected.add("đ" + i);
            }
            text.add("thủy");
            expected.add("thuỷ");
            assertAnalyzesTo(a, String.join(" ", text), expected.toArray(new String[0]));
        }
    }

    public void testStaticFormAgreesWithTheFilter() {
        assertEquals("hoà", AccentFormFilter.form("hòa"));
        assertEquals("kế", AccentFormFilter.form("ke\u0302\u0301"));
        assertEquals("hoa", AccentFormFilter.form("hoa"));
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
