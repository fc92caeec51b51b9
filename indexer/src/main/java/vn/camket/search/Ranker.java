package vn.camket.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
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
 * the plain baseline's ranking fused in below the first page and its first records kept within the
 * first hundred ({@link RankFusion}), and the first
 * page chosen with every plan in view and exact accents first ({@link FirstPage}).
 */
final class Ranker {
    /** How many of the best matches by their words are re-ranked: far more than anyone pages through. */
    static final int RESCORE_WINDOW = 200;
    /** How much a section's title weighs against a passage: the points under it say what is committed. */
    static final float SECTION_TITLE_WEIGHT = 0.5f;
    /** Plain folding's first this many records … */
    static final int PLAIN_KEPT = 50;
    /** … are all within Camket's first this many (what plain folding ranks high is never far down). */
    static final int PLAIN_KEPT_WITHIN = 100;
    /** The places chosen for plan diversity and exact accents: a first page. */
    static final int FIRST_PAGE = SearchRequest.DEFAULT_SIZE;

    private final RankingWeights weights;

    Ranker(RankingWeights weights) {
        this.weights = weights;
    }

    /** A query scored as Camket ranks it: a section's title at half its score. */
    static Query titlesBelow(Query q) {
        // a discount that keeps max-score skipping (FunctionScoreQuery scores every match)
        return new DiscountQuery(q, new TermQuery(new Term(IndexFields.SECTION_TITLE, "yes")), SECTION_TITLE_WEIGHT);
    }

    /**
     * The first {@code topN} records of {@code match} (already filtered), best first; {@code boost}
     * may be null; {@code plain} (the plain words, within the same filters; may be null) is fused in; a sort other than by relevance orders by its fields and skips re-ranking.
     */
    ScoreDoc[] top(IndexSearcher searcher, Query match, Query boost, Query plain, Query collisions, Sort sort, int topN, StageTimes times)
            throws IOException {
        long lap = System.nanoTime();
        // the page needs no exact total (the facet counts give it), so ranking may stop counting at 1,000
        if (sort != null) {
            ScoreDoc[] sorted = searcher.search(match, new TopFieldCollectorManager(sort, topN, null, 1000)).scoreDocs;
            times.lap("retrieval", lap);
            return sorted;
        }
        int window = Math.max(topN, RESCORE_WINDOW);
        TopDocs top = searcher.search(match, new TopScoreDocCollectorManager(window, 1000));
        lap = times.lap("retrieval", lap);
        if (boost != null) top = QueryRescorer.rescore(searcher, top, titlesBelow(boost), 1.0, window);
        lap = times.lap("re-ranking: boosts", lap);
        ScoreDoc[] ranked = top.scoreDocs;
        if (plain != null) {
            // the plain words alone, within the same matches: the baseline's own ranking
            ScoreDoc[] byPlain = searcher.search(plain, new TopScoreDocCollectorManager(window, 1000)).scoreDocs;
            float tier = QueryInterpreter.PHRASE_FIRST * SECTION_TITLE_WEIGHT;
            if (weights.plainFusion() > 0) ranked = RankFusion.fuse(ranked, byPlain, weights.plainFusion(), score -> score >= tier);
            // and plain folding's first places are all within Camket's first hundred
            ranked = RankFusion.keepPlainTop(ranked, byPlain, PLAIN_KEPT, PLAIN_KEPT_WITHIN);
        }
        lap = times.lap("re-ranking: plain fusion", lap);
        java.util.Map<Integer, Float> collided = collisions == null || weights.accentPenalty() >= 1 ? java.util.Map.of()
                : collisionCounts(searcher, ranked, collisions);
        double penalty = weights.accentPenalty();
        ranked = FirstPage.arrange(ranked, planOf(searcher, ranked), doc -> Math.pow(penalty, collided.getOrDefault(doc, 0f)),
                FIRST_PAGE, weights.planRatio());
        times.lap("re-ranking: accents, plans in view", lap);
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

    /** Each ranked document's plan, read from its doc values in doc order (one pass per segment). */
    private static java.util.function.IntFunction<String> planOf(IndexSearcher searcher, ScoreDoc[] ranked) throws IOException {
        int[] docs = new int[ranked.length];
        for (int i = 0; i < ranked.length; i++) docs[i] = ranked[i].doc;
        java.util.Arrays.sort(docs);
        java.util.Map<Integer, String> plans = new java.util.HashMap<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        SortedDocValues dv = null;
        int leafIndex = -1;
        for (int doc : docs) {
            int at = ReaderUtil.subIndex(doc, leaves);
            if (at != leafIndex) {
                leafIndex = at;
                dv = DocValues.getSorted(leaves.get(at).reader(), IndexFields.PLAN_KEY);
            }
            int local = doc - leaves.get(at).docBase;
            if (dv.advanceExact(local)) plans.put(doc, dv.lookupOrd(dv.ordValue()).utf8ToString());
        }
        return doc -> plans.getOrDefault(doc, "");
    }
}
