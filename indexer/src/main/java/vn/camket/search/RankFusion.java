package vn.camket.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.ScoreDoc;

/**
 * Reciprocal-rank fusion (Cormack, Clarke and Büttcher 2009) of Camket's ranking with the plain
 * baseline's: a record scores 1/(K + its rank in Camket's list) plus {@code weight}/(K + its rank in
 * the plain list). What plain folding ranks high stays near the top even where Camket's boosts
 * prefer others, and ranks, not scores, are added, so neither list's scale matters. Camket's first
 * {@link #KEPT} records (a first page) stay where they are: fusion is a safety net for recall below
 * them, not a second opinion on what ranks first. Records of the first tier (a quoted phrase as
 * typed) stay above all others.
 */
final class RankFusion {
    /** The usual constant of reciprocal-rank fusion: how fast a rank's weight falls. */
    static final int K = 60;
    /** Camket's first records, kept in place: the first page of a search. */
    static final int KEPT = SearchRequest.DEFAULT_SIZE;

    private RankFusion() {}

    /**
     * {@code camket} and {@code plain} best first; {@code firstTier} tells Camket's scores that
     * hold a quoted phrase. Returns every record of either list, best first, scored by the fusion.
     */
    static ScoreDoc[] fuse(ScoreDoc[] camket, ScoreDoc[] plain, double weight, java.util.function.DoublePredicate firstTier) {
        if (weight <= 0 || plain.length == 0 || camket.length <= KEPT) return camket;
        Map<Integer, double[]> byDoc = new HashMap<>(); // doc -> {fused, tier}
        Set<Integer> kept = new HashSet<>();
        for (int r = 0; r < KEPT; r++) kept.add(camket[r].doc);
        for (int r = KEPT; r < camket.length; r++) {
            byDoc.put(camket[r].doc, new double[] {1.0 / (K + r + 1), firstTier.test(camket[r].score) ? 1 : 0});
        }
        // a record the plain list has and Camket's window does not ranks just past that window in Camket's
        double missing = 1.0 / (K + camket.length + 1);
        for (int r = 0; r < plain.length; r++) {
            if (kept.contains(plain[r].doc)) continue;
            double[] v = byDoc.computeIfAbsent(plain[r].doc, d -> new double[] {missing, 0});
            v[0] += weight / (K + r + 1);
        }
        List<ScoreDoc> rest = new ArrayList<>(byDoc.size());
        byDoc.forEach((doc, v) -> rest.add(new ScoreDoc(doc, (float) (v[0] + v[1]))));
        rest.sort((a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
        // scores stay comparable for what follows (plan diversity): the kept records keep theirs, the rest
        // take, in their fused order, the scores of Camket's list at their places, so the order is kept
        List<ScoreDoc> out = new ArrayList<>(KEPT + rest.size());
        for (int r = 0; r < KEPT; r++) out.add(camket[r]);
        float floor = camket[camket.length - 1].score;
        for (int r = 0; r < rest.size(); r++) {
            int at = KEPT + r;
            float score = at < camket.length ? camket[at].score : floor;
            out.add(new ScoreDoc(rest.get(r).doc, score));
        }
        return out.toArray(ScoreDoc[]::new);
    }

    /**
     * What plain folding ranks high is never far down: every record of the plain list's first
     * {@code depth} that {@code ranked} holds below its first {@code within} places is moved up to
     * just above place {@code within}, in the plain list's order, the records it passes moving one
     * place down each. The first {@code within - depth} places (the first page) are never touched.
     * Scores are those of the places, so the order holds for what follows.
     */
    static ScoreDoc[] keepPlainTop(ScoreDoc[] ranked, ScoreDoc[] plain, int depth, int within) {
        if (ranked.length <= within - depth || plain.length == 0) return ranked;
        Set<Integer> top = new HashSet<>();
        for (int r = 0; r < Math.min(within, ranked.length); r++) top.add(ranked[r].doc);
        List<Integer> missing = new ArrayList<>();
        for (int r = 0; r < Math.min(depth, plain.length); r++) if (!top.contains(plain[r].doc)) missing.add(plain[r].doc);
        if (missing.isEmpty()) return ranked;
        int at = Math.min(within, ranked.length) - missing.size();
        if (at < 0) return ranked;
        Set<Integer> moved = new HashSet<>(missing);
        List<Integer> order = new ArrayList<>(ranked.length + missing.size());
        for (int r = 0; r < at; r++) order.add(ranked[r].doc);
        order.addAll(missing);
        for (int r = at; r < ranked.length; r++) if (!moved.contains(ranked[r].doc)) order.add(ranked[r].doc);
        ScoreDoc[] out = new ScoreDoc[order.size()];
        float floor = ranked[ranked.length - 1].score;
        for (int r = 0; r < out.length; r++) out[r] = new ScoreDoc(order.get(r), r < ranked.length ? ranked[r].score : floor);
        return out;
    }
}
