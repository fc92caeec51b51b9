package vn.camket.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import vn.camket.analysis.SyllableModel;
import vn.camket.analysis.VietnameseAnalyzer;
import vn.camket.analysis.VietnameseFoldingFilter;
import vn.camket.index.IndexFields;

class OcrVariantsTest {
    private static final VietnameseAnalyzer QUERY = new VietnameseAnalyzer(SyllableModel.inventoryOnly(), false);

    /** Folding only, no repair: the garbled forms stay in the index as printed. */
    private static final Analyzer FOLDING = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer t = new StandardTokenizer();
            TokenStream ts = new VietnameseFoldingFilter(t);
            return new TokenStreamComponents(t, ts);
        }
    };

    private static DirectoryReader index(String... texts) throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(FOLDING))) {
            for (int i = 0; i < texts.length; i++) {
                Document d = new Document();
                d.add(new StringField(IndexFields.ID, "r" + i, Field.Store.YES));
                d.add(new TextField(IndexFields.TEXT, texts[i], Field.Store.NO));
                w.addDocument(d);
            }
        }
        return DirectoryReader.open(dir);
    }

    @Test
    void aSyllableReachesItsGarbledFormsInTheIndexWeightedBelowItselfAndNoOtherWord() throws IOException {
        try (DirectoryReader r = index("day manh chuyen d6i s6 trong cac co quan", "chuyen doi so cap xa", "s0 lieu so sanh",
                "doi ngu can bo, doi moi quan ly", "sa ban se co")) {
            OcrVariants v = OcrVariants.of(r, QUERY);
            List<OcrVariants.Variant> so = v.of("so", "số");
            assertThat(so).extracting(OcrVariants.Variant::term).contains("s6").doesNotContain("so", "sa", "se", "co");
            assertThat(so).allMatch(x -> x.weight() > 0 && x.weight() <= OcrVariants.TOP_WEIGHT);
            assertThat(so.size()).isLessThanOrEqualTo(OcrVariants.MAX_VARIANTS);
            // typed without diacritics, "doi" may be "đổi": its printing "d6i" is in reach
            assertThat(v.of("doi", null)).extracting(OcrVariants.Variant::term).contains("d6i");
            // typing diacritics never reaches fewer forms: only how much each counts depends on them
            assertThat(v.of("so", "số")).extracting(OcrVariants.Variant::term)
                    .containsExactlyInAnyOrderElementsOf(v.of("so", null).stream().map(OcrVariants.Variant::term).toList());
            // a word no garble of which the index holds has none; the same instance serves the same index
            assertThat(v.of("quan", "quản")).isEmpty();
            assertThat(OcrVariants.of(r, QUERY)).isSameAs(v);
        }
    }

    @Test
    void anAbbreviationReachesItsCapitalsMisreadButNoVietnameseSyllable() throws IOException {
        try (DirectoryReader r = index("ung dung Al trong y te", "nen tang Al cho giao duc", "di cong tac", "ai cung duoc hoc")) {
            OcrVariants v = OcrVariants.of(r, QUERY);
            assertThat(v.ofAbbreviation("ai")).extracting(OcrVariants.Variant::term).contains("al").doesNotContain("di", "ai");
            assertThat(v.ofAbbreviation("ai")).allMatch(x -> x.weight() > 0 && x.weight() <= OcrVariants.TOP_WEIGHT);
            // rarer in the index, more weight
            assertThat(v.idf("ai")).isGreaterThan(v.idf("al")).isLessThan(v.idf("absent"));
        }
    }

    @Test
    void anotherAnalysisHasNoVariants() throws IOException {
        try (DirectoryReader r = index("chuyen d6i s6")) {
            assertThat(OcrVariants.of(r, FOLDING).of("so", "số")).isEmpty();
        }
    }

    @Test
    void aCleanQueryFindsARecordThatHoldsItsWordsOnlyGarbledBelowOneThatHoldsThemAsTyped() throws IOException {
        try (DirectoryReader r = index("ho tro chuyen d6i s6 cho doanh nghiep", "ho tro chuyen doi so cho doanh nghiep",
                "ho tro doanh nghiep nho")) {
            QueryInterpreter interpreter = new QueryInterpreter(QUERY, RankingWeights.DEFAULT, OcrVariants.of(r, QUERY));
            IndexSearcher s = new IndexSearcher(r);
            ScoreDoc[] top = s.search(interpreter.parse("chuyển đổi số").match(), 10).scoreDocs;
            assertThat(top).hasSize(2);
            assertThat(s.storedFields().document(top[0].doc).get(IndexFields.ID)).isEqualTo("r1");
            assertThat(s.storedFields().document(top[1].doc).get(IndexFields.ID)).isEqualTo("r0");
        }
    }
}
