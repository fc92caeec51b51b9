package vn.camket.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * Splits a query into the part that decides which documents match (its required clauses) and
 * the optional clauses that only add to the score of a match (phrase and proximity boosts). The
 * score of a match is the core's score plus the boosts that match it, so ranking by the core and
 * re-scoring the best of them with the boosts ranks them exactly as the whole query would, without
 * reading positions for every match.
 */
record BoostSplit(Query core, List<Query> boosts) {

    static BoostSplit of(Query q) {
        if (!(q instanceof BooleanQuery b) || b.getMinimumNumberShouldMatch() > 0) return new BoostSplit(q, List.of());
        boolean required = b.clauses().stream().anyMatch(c -> c.occur() == Occur.MUST);
        if (!required) return new BoostSplit(q, List.of());
        BooleanQuery.Builder core = new BooleanQuery.Builder();
        List<Query> boosts = new ArrayList<>();
        for (BooleanClause c : b.clauses()) {
            switch (c.occur()) {
                case MUST -> {
                    BoostSplit inner = of(c.query());
                    core.add(inner.core(), Occur.MUST);
                    boosts.addAll(inner.boosts());
                }
                case SHOULD -> boosts.add(c.query());
                default -> core.add(c);
            }
        }
        return new BoostSplit(core.build(), List.copyOf(boosts));
    }

    /** The boosts as one query whose score is the sum of those that match; null when there are none. */
    Query boostQuery() {
        if (boosts.isEmpty()) return null;
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query q : boosts) b.add(q, Occur.SHOULD);
        return b.build();
    }
}
