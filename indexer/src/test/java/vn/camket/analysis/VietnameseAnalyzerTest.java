package vn.camket.analysis;

import java.io.IOException;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/** The whole index and query analysis under Lucene's own checks: offsets, positions, reuse, threads, random text. */
public class VietnameseAnalyzerTest extends BaseTokenStreamTestCase {
    private static SyllableModel model() {
        SyllableModel.Builder b = SyllableModel.builder();
        String clean = "đổi mới sáng tạo và chuyển đổi số của tỉnh. ".repeat(30) + "đào tạo nhân lực chất lượng cao. ".repeat(10);
        b.add("clean.txt", Tokens.folded(clean));
        return b.build();
    }

    public void testRepairsAndKeepsTheGarbledFormBesideIt() throws IOException {
        try (VietnameseAnalyzer a = new VietnameseAnalyzer(model(), true)) {
            // "d6i" is repaired and kept; "m&i" is read as "moi" before tokenization; real words pass
            assertAnalyzesTo(a, "d6i m&i sáng tạo", new String[] {"doi", "d6i", "moi", "sang", "tao"},
                    new int[] {0, 0, 4, 8, 13}, new int[] {3, 3, 7, 12, 16}, new int[] {1, 0, 1, 1, 1});
        }
    }

    public void testRandomTextIndexSide() throws IOException {
        try (VietnameseAnalyzer a = new VietnameseAnalyzer(model(), true)) {
            checkRandomData(random(), a, 300);
        }
    }

    public void testRandomTextQuerySide() throws IOException {
        try (VietnameseAnalyzer a = new VietnameseAnalyzer(model(), false)) {
            checkRandomData(random(), a, 300);
        }
    }
}
