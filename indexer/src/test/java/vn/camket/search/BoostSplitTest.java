package vn.camket.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class BoostSplitTest {
    private static Query term(String w) {
        return new TermQuery(new Term("t", w));
    }

    private static Query query() {
        BooleanQuery.Builder words = new BooleanQuery.Builder()
                .add(term("chuyen"), Occur.SHOULD).add(term("doi"), Occur.SHOULD).add(term("so"), Occur.SHOULD);
        words.setMinimumNumberShouldMatch(2);
        return new BooleanQuery.Builder()
                .add(words.build(), Occur.MUST)
                .add(new BoostQuery(new PhraseQuery("t", "chuyen", "doi"), 1.2f), Occur.SHOULD)
                .add(new BoostQuery(new PhraseQuery(2, "t", "chuyen", "doi", "so"), 1.5f), Occur.SHOULD)
                .build();
    }

    @Test
    void keepsTheRequiredPartAndSetsTheOptionalBoostsApart() {
        BoostSplit split = BoostSplit.of(query());
        assertThat(split.boosts()).hasSize(2);
        assertThat(((BooleanQuery) split.core()).clauses()).hasSize(1).allMatch(c -> c.occur() == Occur.MUST);
        // a disjunction of alternatives decides matching itself: nothing to split
        Query or = new BooleanQuery.Builder().add(term("a"), Occur.SHOULD).add(term("b"), Occur.SHOULD).build();
        assertThat(BoostSplit.of(or).boosts()).isEmpty();
        assertThat(BoostSplit.of(or).boostQuery()).isNull();
    }

    @Test
    void rankingByTheCoreThenAddingTheBoostsEqualsRankingByTheWholeQuery() throws Exception {
        List<String> texts = List.of("chuyen doi so toan dien", "so hoa va chuyen doi", "doi moi so chuyen", "chuyen doi so",
                "so so so doi", "chuyen giao doi moi so lieu", "ke hoach chuyen doi so cap xa", "doi so chuyen");
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (String t : texts) {
                Document d = new Document();
                d.add(new TextField("t", t, Field.Store.NO));
                w.addDocument(d);
            }
            w.commit();
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                IndexSearcher s = new IndexSearcher(r);
                TopDocs whole = s.search(query(), 10);
                BoostSplit split = BoostSplit.of(query());
                TopDocs rescored = QueryRescorer.rescore(s, s.search(split.core(), 10), split.boostQuery(), 1.0, 10);
                assertThat(rescored.scoreDocs).hasSameSizeAs(whole.scoreDocs);
                for (int k = 0; k < whole.scoreDocs.length; k++) {
                    ScoreDoc a = whole.scoreDocs[k], b = rescored.scoreDocs[k];
                    assertThat(b.doc).isEqualTo(a.doc);
                    assertThat((double) b.score).isCloseTo(a.score, org.assertj.core.data.Offset.offset(1e-4));
                }
            }
        }
    }
}
