package vn.camket.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Random;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** "&" between lower-case letters read as "o", streamed: the same text as the regular expression it replaces. */
public class AmpersandForOCharFilterTest extends BaseTokenStreamTestCase {
    /** What the filter replaces: a regular expression over the whole text. */
    private static final Pattern REFERENCE = Pattern.compile("(?<=\\p{Ll})&(?=\\p{Ll})");

    private static String read(Reader r, Random rnd) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] chunk = new char[64];
        while (true) {
            int len = 1 + rnd.nextInt(chunk.length);
            int n = r.read(chunk, 0, len);
            if (n < 0) return out.toString();
            out.append(chunk, 0, n);
        }
    }

    public void testReadsAnAmpersandBetweenLowerCaseLettersAsO() throws IOException {
        Random rnd = random();
        assertEquals("voi moi, KH&CN, R&D, a & b, x&, &y, a&&b",
                read(new AmpersandForOCharFilter(new StringReader("v&i m&i, KH&CN, R&D, a & b, x&, &y, a&&b")), rnd));
        assertEquals("ăoư", read(new AmpersandForOCharFilter(new StringReader("ă&ư")), rnd));
    }

    public void testGivesWhatTheRegularExpressionGaveInAnyChunking() throws IOException {
        Random rnd = random();
        String alphabet = "ab&&& AZđĐơ.,1\n";
        for (int i = 0; i < 2000; i++) {
            StringBuilder s = new StringBuilder();
            int len = rnd.nextInt(3000);
            for (int k = 0; k < len; k++) s.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            String expected = read(new PatternReplaceCharFilter(REFERENCE, "o", new StringReader(s.toString())), rnd);
            assertEquals(expected, read(new AmpersandForOCharFilter(new StringReader(s.toString())), rnd));
        }
    }

    public void testOffsetsPointAtThePrintedText() throws IOException {
        try (Analyzer a = analyzer()) {
            assertAnalyzesTo(a, "v&i KH&CN", new String[] {"voi", "KH", "CN"}, new int[] {0, 4, 7}, new int[] {3, 6, 9});
        }
    }

    public void testRandomText() throws IOException {
        try (Analyzer a = analyzer()) {
            checkRandomData(random(), a, 300);
        }
    }

    private static Analyzer analyzer() {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new AmpersandForOCharFilter(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new StandardTokenizer());
            }
        };
    }
}
