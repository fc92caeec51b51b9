package vn.camket.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import vn.camket.index.IndexFields;

/**
 * Retrieval and re-ranking: the best matches by their words (the {@link ParsedQuery#match()}
 * part, which decides what is found), then, over a window of the best {@link #RESCORE_WINDOW},
 * the boosts added (words together, agency), a section's title weighed below the points it heads,
 * the plain baseline's ranking fused in below the first page ({@link RankFusion}), and the first
 * page chosen with every plan in view and exact accents first ({@link FirstPage}).
 */
final class Ranker {
    /** How many of the best matches by their words are re-ranked: far more than anyone pages through. */
    static final int RESCORE_WINDOW = 200;
    /** How much a section's title weighs against a passage: the points under it say what is committed. */
    static final float SECTION_TITLE_WEIGHT = 0.5f;
    /** The places chosen for plan diversity and exact accents: a first page. */
    static final int FIRST_PAGE = SearchRequest.DEFAULT_SIZE;

    private final RankingWeights weights;

    Ranker(RankingWeights weights) {
        this.weights = weights;
    }

    /** A query scored as Camket ranks it: a section's title at half its score. */
    static Query titlesBelow(Query q) {
        return FunctionScoreQuery.boostByQuery(q, new TermQuery(new Term(IndexFields.SECTION_TITLE, "yes")), SECTION_TITLE_WEIGHT);
    }

    /**
     * The first {@code topN} records of {@code match} (already filtered), best first; {@code boost}
     * may be null; a sort other than by relevance orders by its fields and skips re-ranking.
     */
    ScoreDoc[] top(IndexSearcher searcher, Query match, Query boost, Query plain, Query collisions, Sort sort, int topN) throws IOException {
        // the page needs no exact total (the facet counts give it), so ranking may stop counting at 1,000
        if (sort != null) return searcher.search(match, new TopFieldCollectorManager(sort, topN, null, 1000)).scoreDocs;
        int window = Math.max(topN, RESCORE_WINDOW);
        TopDocs top = searcher.search(match, new TopScoreDocCollectorManager(window, 1000));
        if (boost != null) top = QueryRescorer.rescore(searcher, top, titlesBelow(boost), 1.0, window);
        ScoreDoc[] ranked = top.scoreDocs;
        if (plain != null && weights.plainFusion() > 0) {
            // the plain words alone, within the same matches: the baseline's own ranking
            Query plainRanked = new BooleanQuery.Builder().add(plain, Occur.MUST).add(match, Occur.FILTER).build();
            ScoreDoc[] byPlain = searcher.search(plainRanked, new TopScoreDocCollectorManager(window, 1000)).scoreDocs;
            float tier = QueryInterpreter.PHRASE_FIRST * SECTION_TITLE_WEIGHT;
            ranked = RankFusion.fuse(ranked, byPlain, weights.plainFusion(), score -> score >= tier);
        }
        java.util.Map<Integer, Float> collided = collisions == null || weights.accentPenalty() >= 1 ? java.util.Map.of()
                : collisionCounts(searcher, ranked, collisions);
        double penalty = weights.accentPenalty();
        ranked = FirstPage.arrange(ranked, planOf(searcher), doc -> Math.pow(penalty, collided.getOrDefault(doc, 0f)),
                FIRST_PAGE);
        return ranked.length <= topN ? ranked : java.util.Arrays.copyOf(ranked, topN);
    }

    /** How many folding collisions each ranked record holds (a clean passage only; others hold none). */
    private static java.util.Map<Integer, Float> collisionCounts(IndexSearcher searcher, ScoreDoc[] ranked, Query collisions) throws IOException {
        // the rescorer writes its scores into the ScoreDocs it is given: copies, so the ranking keeps its own
        ScoreDoc[] copies = new ScoreDoc[ranked.length];
        for (int i = 0; i < ranked.length; i++) copies[i] = new ScoreDoc(ranked[i].doc, ranked[i].score);
        TopDocs all = new TopDocs(new org.apache.lucene.search.TotalHits(ranked.length, org.apache.lucene.search.TotalHits.Relation.EQUAL_TO), copies);
        TopDocs counted = new QueryRescorer(collisions) {
            @Override
            protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
                return secondPassMatches ? secondPassScore : 0f;
            }
        }.rescore(searcher, all, ranked.length);
        java.util.Map<Integer, Float> out = new java.util.HashMap<>();
        for (ScoreDoc sd : counted.scoreDocs) if (sd.score > 0) out.put(sd.doc, sd.score);
        return out;
    }

    /** Each document's plan, read from its doc values. */
    private static java.util.function.IntFunction<String> planOf(IndexSearcher searcher) {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        return doc -> {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            try {
                SortedDocValues dv = DocValues.getSorted(leaf.reader(), IndexFields.PLAN_KEY);
                return dv.advanceExact(doc - leaf.docBase) ? dv.lookupOrd(dv.ordValue()).utf8ToString() : "";
            } catch (IOException e) {
                return "";
            }
        };
    }
}
