package vn.camket.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * A query's score multiplied by a factor in (0, 1] for the documents another query (the
 * discounted ones) matches; it matches what the query matches. Lucene's
 * {@code FunctionScoreQuery.boostByQuery} computes the same scores but scores every match
 * (its maximum score is unbounded), which switches off block-max WAND / MaxScore skipping. A
 * factor never above 1 keeps the query's own bound a bound, so skipping stays on: the inner
 * scorer's maximum is reported unchanged and a minimum competitive score passed down as is (a
 * discounted document below it is below it undiscounted too).
 */
public final class DiscountQuery extends Query {
    private final Query query, discounted;
    private final float factor;

    public DiscountQuery(Query query, Query discounted, float factor) {
        if (!(factor > 0 && factor <= 1)) throw new IllegalArgumentException("factor must be in (0, 1]: " + factor);
        this.query = Objects.requireNonNull(query);
        this.discounted = Objects.requireNonNull(discounted);
        this.factor = factor;
    }

    public Query query() {
        return query;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query q = query.rewrite(searcher), d = discounted.rewrite(searcher);
        return q == query && d == discounted ? super.rewrite(searcher) : new DiscountQuery(q, d, factor);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight inner = query.createWeight(searcher, scoreMode, boost);
        if (!scoreMode.needsScores() || factor == 1f) return inner;
        Weight marks = discounted.createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f);
        return new FilterWeight(this, inner) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                ScorerSupplier supplier = in.scorerSupplier(context);
                if (supplier == null) return null;
                ScorerSupplier markSupplier = marks.scorerSupplier(context);
                if (markSupplier == null) return supplier; // nothing discounted in this segment
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        return new DiscountScorer(supplier.get(leadCost), new Marks(markSupplier.get(leadCost).iterator()), factor);
                    }

                    @Override
                    public BulkScorer bulkScorer() throws IOException {
                        return new DiscountBulkScorer(supplier.bulkScorer(), new Marks(markSupplier.get(Long.MAX_VALUE).iterator()), factor);
                    }

                    @Override
                    public long cost() {
                        return supplier.cost();
                    }

                    @Override
                    public void setTopLevelScoringClause() throws IOException {
                        supplier.setTopLevelScoringClause();
                    }
                };
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                Explanation e = in.explain(context, doc);
                if (!e.isMatch()) return e;
                Scorer m = marks.scorer(context);
                boolean marked = m != null && m.iterator().advance(doc) == doc;
                return marked ? Explanation.match(e.getValue().floatValue() * factor, "discounted by " + factor + ", matches " + discounted, e) : e;
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return in.isCacheable(ctx) && marks.isCacheable(ctx);
            }
        };
    }

    /** Whether a document is discounted, asked in increasing doc order. */
    private static final class Marks {
        private final DocIdSetIterator it;

        Marks(DocIdSetIterator it) {
            this.it = it;
        }

        boolean marked(int doc) throws IOException {
            int at = it.docID();
            if (at < doc) at = it.advance(doc);
            return at == doc;
        }
    }

    private static final class DiscountScorer extends Scorer {
        private final Scorer in;
        private final Marks marks;
        private final float factor;

        DiscountScorer(Scorer in, Marks marks, float factor) {
            this.in = in;
            this.marks = marks;
            this.factor = factor;
        }

        @Override
        public float score() throws IOException {
            float s = in.score();
            return marks.marked(in.docID()) ? s * factor : s;
        }

        @Override
        public int docID() {
            return in.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return in.iterator();
        }

        @Override
        public TwoPhaseIterator twoPhaseIterator() {
            return in.twoPhaseIterator();
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            return in.advanceShallow(target);
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            return in.getMaxScore(upTo); // a factor ≤ 1 lowers scores only
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            in.setMinCompetitiveScore(minScore);
        }

        @Override
        public Collection<ChildScorable> getChildren() {
            return List.of(new ChildScorable(in, "MUST"));
        }
    }

    /** The inner bulk scorer (MaxScore for a disjunction) with the collector's scores discounted. */
    private static final class DiscountBulkScorer extends BulkScorer {
        private final BulkScorer in;
        private final Marks marks;
        private final float factor;

        DiscountBulkScorer(BulkScorer in, Marks marks, float factor) {
            this.in = in;
            this.marks = marks;
            this.factor = factor;
        }

        @Override
        public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
            return in.score(new LeafCollector() {
                private Scorable scorer;
                private int doc = -1;

                @Override
                public void setScorer(Scorable s) throws IOException {
                    scorer = s;
                    collector.setScorer(new Scorable() {
                        @Override
                        public float score() throws IOException {
                            float v = scorer.score();
                            return marks.marked(doc) ? v * factor : v;
                        }

                        @Override
                        public void setMinCompetitiveScore(float minScore) throws IOException {
                            scorer.setMinCompetitiveScore(minScore);
                        }

                        @Override
                        public Collection<ChildScorable> getChildren() {
                            return List.of(new ChildScorable(scorer, "MUST"));
                        }
                    });
                }

                @Override
                public void collect(int d) throws IOException {
                    doc = d;
                    collector.collect(d);
                }

                @Override
                public DocIdSetIterator competitiveIterator() throws IOException {
                    return collector.competitiveIterator();
                }

                @Override
                public void finish() throws IOException {
                    collector.finish();
                }
            }, acceptDocs, min, max);
        }

        @Override
        public long cost() {
            return in.cost();
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        query.visit(visitor.getSubVisitor(org.apache.lucene.search.BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "discount(" + query.toString(field) + ", " + discounted.toString(field) + " ×" + factor + ")";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && query.equals(((DiscountQuery) o).query) && discounted.equals(((DiscountQuery) o).discounted)
                && factor == ((DiscountQuery) o).factor;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), query, discounted, factor);
    }
}
