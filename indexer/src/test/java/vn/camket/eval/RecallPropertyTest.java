package vn.camket.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camket.TestPaths;
import vn.camket.index.Analysis;
import vn.camket.index.IndexBuilder;
import vn.camket.index.IndexFields;
import vn.camket.index.IndexHolder;
import vn.camket.index.IndexSnapshot;
import vn.camket.index.IndexStore;
import vn.camket.model.Clause;
import vn.camket.model.ParsedPlan;
import vn.camket.model.TaskRow;
import vn.camket.parse.CorpusParser;
import vn.camket.parse.PlanParser;
import vn.camket.search.QueryInterpreter;
import vn.camket.search.SearchRequest;
import vn.camket.search.SearchService;
import vn.camket.text.SourceTextLoader;

/**
 * Recall first, as a property: over queries drawn at random from whatever plans are in corpus/
 * (a few words of one passage, then a word of another added), every record the plain baseline
 * finds is in Camket's result set, and adding a word never leaves fewer results.
 */
class RecallPropertyTest {
    private static final int QUERIES = 100;
    @TempDir static Path dir;
    static IndexHolder holder;
    static PlainBaseline baseline;
    static List<String> passages = new ArrayList<>();
    static String[] camketIds;

    @BeforeAll
    static void index() throws Exception {
        List<ParsedPlan> plans = new CorpusParser(PlanParser.withDefaults(), new SourceTextLoader())
                .parse(CorpusParser.planFiles(TestPaths.corpus()), f -> { }).plans();
        IndexStore store = new IndexStore(dir.resolve("index"));
        IndexBuilder.withDefaults().publish(plans, IndexBuilder.learnModel(plans), store, Analysis.VIETNAMESE, null, List.of());
        holder = new IndexHolder(store);
        holder.refresh();
        baseline = new PlainBaseline(plans);
        for (ParsedPlan p : plans) {
            for (Clause c : p.clauses()) passages.add(c.text());
            for (TaskRow t : p.tasks()) passages.add(t.task());
        }
    }

    @AfterAll
    static void close() throws Exception {
        holder.close();
        baseline.close();
    }

    /** A few consecutive words of a random passage. */
    private static String phrase(Random r) {
        String[] words;
        do {
            words = passages.get(r.nextInt(passages.size())).strip().split("\\s+");
        } while (words.length < 2);
        int n = 1 + r.nextInt(Math.min(4, words.length));
        int from = r.nextInt(words.length - n + 1);
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, from + n));
    }

    /** Every record Camket's retrieval finds for the query (all of them, not a page). */
    private static Set<String> camket(String q) throws Exception {
        IndexSnapshot s = holder.acquire().orElseThrow();
        try {
            IndexSearcher searcher = s.searcher();
            var match = new BooleanQuery.Builder()
                    .add(QueryInterpreter.of(s, vn.camket.search.RankingWeights.DEFAULT).parse(q).match(), Occur.MUST)
                    .add(new TermQuery(new Term(IndexFields.KIND, "record")), Occur.FILTER).build();
            if (camketIds == null) {
                camketIds = new String[searcher.getIndexReader().maxDoc()];
                for (int d = 0; d < camketIds.length; d++) camketIds[d] = searcher.storedFields().document(d).get(IndexFields.ID);
            }
            Set<String> ids = new HashSet<>();
            var w = searcher.createWeight(searcher.rewrite(match), org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (var leaf : searcher.getIndexReader().leaves()) {
                var sc = w.scorer(leaf);
                if (sc == null) continue;
                var it = sc.iterator();
                for (int d = it.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                    ids.add(camketIds[leaf.docBase + d]);
                }
            }
            return ids;
        } finally {
            s.release();
        }
    }

    @Test
    void camketFindsEverythingThePlainBaselineFindsAndAddingAWordNeverLosesAny() throws Exception {
        Random r = new Random(57);
        SearchService search = new SearchService(holder);
        int nonEmpty = 0;
        for (int k = 0; k < QUERIES; k++) {
            String q = phrase(r);
            String longer = q + " " + phrase(r).split("\\s+")[0];
            Set<String> plain = baseline.matches(longer), found = camket(longer);
            assertThat(found).as(longer).containsAll(plain);
            // a query of no words ("&", "-") is a structured search that finds every record: not a word to add to
            if (!baseline.matches(q).isEmpty()) assertThat(found).as(longer).containsAll(camket(q));
            assertThat(search.search(SearchRequest.of(longer)).total()).as(longer)
                    .isEqualTo(found.size()).isGreaterThanOrEqualTo(plain.size());
            if (!plain.isEmpty()) nonEmpty++;
        }
        // the property was tried on queries that find something
        assertThat(nonEmpty).isGreaterThan(QUERIES / 2);
    }
}
