package vn.camket.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OcrRepairFilterTest {
    static SyllableModel model;

    /** A model learned from a little clean text, as the indexer learns it from the corpus. */
    @BeforeAll
    static void learn() {
        SyllableModel.Builder b = SyllableModel.builder();
        String clean = "đổi mới sáng tạo và chuyển đổi số quốc gia của tỉnh Đồng Tháp. ".repeat(60)
                + "thu hút nhân lực chất lượng cao. ".repeat(20)
                + "kinh tế số và kinh tế ban đêm. ".repeat(20) + "thử nghiệm công nghệ mới. ".repeat(20);
        b.add("clean.txt", Tokens.folded(clean));
        model = b.build();
    }

    @Test
    void repairsGarbledSyllablesFromSpellingAndContext() {
        Analyzer a = new VietnameseAnalyzer(model, false);
        assertThat(Tokens.of(a, "f", "d6i méi sang tao va chuyén d6i sb qudc gia")).containsExactly(
                "doi", "moi", "sang", "tao", "va", "chuyen", "doi", "so", "quoc", "gia");
        assertThat(Tokens.of(a, "f", "thir nghiém cong ngh¢ mdi")).containsExactly("thu", "nghiem", "cong", "nghe", "moi");
    }

    @Test
    void repairsARealSyllableThatNeverFollowsItsNeighbourInCleanText() {
        Analyzer a = new VietnameseAnalyzer(model, false);
        assertThat(Tokens.of(a, "f", "tinh Pong Thap")).containsExactly("tinh", "dong", "thap");
        // "ú" read as "a": "thu hát" never follows in clean text, "thu hút" does
        assertThat(Tokens.of(a, "f", "thu hat nhan luc")).containsExactly("thu", "hut", "nhan", "luc");
    }

    @Test
    void readsAnOpeningPAsTheOcrsCapitalDWhereCleanTextSaysSo() {
        SyllableModel.Builder b = SyllableModel.builder();
        b.add("clean.txt", Tokens.folded("kế hoạch đào tạo, bồi dưỡng cán bộ theo đề án. ".repeat(20)));
        b.add("ocr.txt", Tokens.folded("Ké hoach Pao tao cán bộ. Pin mặt trời. ".repeat(5)));
        Analyzer a = new VietnameseAnalyzer(b.build(), false);
        // the word before tells nothing ("chức đào" is not in clean text); the word after does ("đào tạo")
        assertThat(Tokens.of(a, "f", "T6 chuc Pao tao, boi dudng")).containsSequence("dao", "tao");
        // "pin" next to words clean text never puts "đin" beside stays as printed
        assertThat(Tokens.of(a, "f", "pin mat troi")).startsWith("pin");
    }

    @Test
    void aRepairIsNotTheOcrsOwnFrequentMisreading() {
        SyllableModel.Builder b = SyllableModel.builder();
        b.add("clean.txt", Tokens.folded("trung tâm điều hành thông minh của tỉnh và quốc gia. ".repeat(40)));
        // the OCR text reads "tâm" as "tim" so often that "trung tim" outnumbers "trung tâm" among its pairs
        b.add("ocr.txt", Tokens.folded("Trung tim diéu hanh thdng minh ctia tinh vd qudc gia. ".repeat(100)));
        Analyzer a = new VietnameseAnalyzer(b.build(), false);
        assertThat(Tokens.of(a, "f", "Trung tdm diéu hanh")).containsExactly("trung", "tam", "dieu", "hanh");
    }

    @Test
    void leavesRealWordsNumbersAndCodesAlone() {
        Analyzer a = new VietnameseAnalyzer(model, false);
        assertThat(Tokens.of(a, "f", "phủ sóng 5G năm 2025")).containsExactly("phu", "song", "5g", "nam", "2025");
    }

    @Test
    void keepsTheGarbledFormAtTheSamePositionAndOffsetsOfThePrintedWord() throws Exception {
        Analyzer a = new VietnameseAnalyzer(model, true);
        List<String> seen = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", "d6i méi")) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) seen.add(term + "/" + inc.getPositionIncrement() + "/" + off.startOffset() + "-" + off.endOffset());
            ts.end();
        }
        assertThat(seen).containsExactly("doi/1/0-3", "d6i/0/0-3", "moi/1/4-7", "mei/0/4-7");
    }

    @Test
    void factoryReadsAModelFileAndIsFoundBySpiName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("m.tsv");
        model.write(file);
        Map<String, String> args = new HashMap<>(Map.of("model", file.toString()));
        TokenFilterFactory f = TokenFilterFactory.forName(OcrRepairFilterFactory.NAME, args);
        Analyzer a = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var t = new org.apache.lucene.analysis.standard.StandardTokenizer();
                return new TokenStreamComponents(t, f.create(new VietnameseFoldingFilter(t)));
            }
        };
        assertThat(Tokens.of(a, "f", "d6i méi")).containsExactly("doi", "moi");
    }
}
