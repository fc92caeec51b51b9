package vn.camket.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The discount keeps the scores of Lucene's boost-by-query (a factor for the documents another
 * query matches) while leaving top-k skipping on: the same top hits either way, with a collector
 * that may skip after the first hit.
 */
class DiscountQueryTest {
    private static final String[] WORDS = {"so", "doi", "chuyen", "du", "lieu", "tinh", "xa", "cong", "dich", "vu"};

    @Test
    void sameTopHitsAndScoresAsBoostByQueryWhileSkipping() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            Random random = new Random(11);
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()).setMaxBufferedDocs(700))) {
                for (int i = 0; i < 3000; i++) {
                    StringBuilder text = new StringBuilder();
                    int n = 1 + random.nextInt(30);
                    // skewed word use, so some words are common and some rare
                    for (int k = 0; k < n; k++) text.append(WORDS[(int) Math.min(WORDS.length - 1, Math.abs(random.nextGaussian()) * 3)]).append(' ');
                    Document d = new Document();
                    d.add(new TextField("text", text.toString(), Field.Store.NO));
                    if (random.nextInt(5) == 0) d.add(new StringField("title", "yes", Field.Store.NO));
                    w.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                assertThat(reader.leaves().size()).as("several segments").isGreaterThan(1);
                Query titles = new TermQuery(new Term("title", "yes"));
                int skipped = 0;
                for (int q = 0; q < 30; q++) {
                    BooleanQuery.Builder b = new BooleanQuery.Builder();
                    for (int k = 0; k < 1 + random.nextInt(4); k++) b.add(new TermQuery(new Term("text", WORDS[random.nextInt(WORDS.length)])), Occur.SHOULD);
                    Query words = b.build();
                    TopDocs expected = searcher.search(FunctionScoreQuery.boostByQuery(words, titles, 0.5f), new TopScoreDocCollectorManager(10, Integer.MAX_VALUE));
                    TopDocs actual = searcher.search(new DiscountQuery(words, titles, 0.5f), new TopScoreDocCollectorManager(10, 1));
                    assertThat(actual.scoreDocs.length).isEqualTo(expected.scoreDocs.length);
                    for (int i = 0; i < expected.scoreDocs.length; i++) {
                        ScoreDoc e = expected.scoreDocs[i], a = actual.scoreDocs[i];
                        assertThat(a.score).as("query %s, rank %d", words, i).isCloseTo(e.score, org.assertj.core.api.Assertions.within(1e-5f));
                    }
                    assertThat(searcher.count(new DiscountQuery(words, titles, 0.5f))).isEqualTo(searcher.count(words));
                    if (actual.totalHits.relation() == org.apache.lucene.search.TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO) skipped++;
                }
                // the point of the class: non-competitive documents were skipped, not scored
                assertThat(skipped).isGreaterThan(0);
            }
        }
    }

    @Test
    void explainsTheDiscount() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
                for (boolean title : new boolean[] {true, false}) {
                    Document d = new Document();
                    d.add(new TextField("text", "chuyen doi so", Field.Store.NO));
                    if (title) d.add(new StringField("title", "yes", Field.Store.NO));
                    w.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query q = new DiscountQuery(new TermQuery(new Term("text", "so")), new TermQuery(new Term("title", "yes")), 0.25f);
                Explanation titled = searcher.explain(q, 0), plain = searcher.explain(q, 1);
                assertThat(titled.getValue().floatValue()).isCloseTo(plain.getValue().floatValue() * 0.25f, org.assertj.core.api.Assertions.within(1e-6f));
                TopDocs top = searcher.search(q, 2);
                assertThat(top.scoreDocs[0].doc).isEqualTo(1);
                assertThat(top.scoreDocs[0].score).isEqualTo(plain.getValue().floatValue());
            }
        }
    }

    @Test
    void aFactorAboveOneWouldBreakSkippingAndIsRefused() {
        assertThatThrownBy(() -> new DiscountQuery(new TermQuery(new Term("a", "b")), new TermQuery(new Term("c", "d")), 1.5f))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
