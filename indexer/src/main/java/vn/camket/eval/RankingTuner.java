package vn.camket.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.camket.search.RankingWeights;

/**
 * Tuning with held-out figures: the re-ranking weights ({@link RankingWeights}) are chosen on one
 * half of the judged queries and scored on the other half, both ways (2-fold cross-validation), so
 * that the figure printed says how the choice does on queries it was not made on. Queries go to
 * the halves alternately in file order, which splits every kind of query between them.
 */
public final class RankingTuner {
    /**
     * The grid. A tie keeps the value met first: for coordination and fusion that is "off" (the
     * plainer choice); for the accent penalty it is the designed one (exact accents before folding
     * collisions, which the issue asks for), since queries that cannot tell them apart give no
     * reason to drop it.
     */
    public static final double[] ACCENT_PENALTY = {0.5, 1.0};
    public static final float[] COORDINATION = {0f, 3f};
    public static final double[] PLAIN_FUSION = {0, 0.3};
    /** Every plan the ranking holds takes turns first (the designed rule: users compare provinces), then only those scoring near the top. */
    public static final double[] PLAN_RATIO = {0, 0.1, 0.25};

    /** One evaluation: weights in, each query's figures out. */
    @FunctionalInterface
    public interface Run {
        Map<String, RelevanceEvaluator.Figures> with(RankingWeights w, List<RelevanceEvaluator.Query> queries) throws IOException;
    }

    /** Recall@100 this far below the plain baseline's on a query breaks the floor. */
    static final double BELOW_PLAIN = 0.10;

    /**
     * What the weights are chosen for: ranking (nDCG@10), recall (Recall@100) and every plan in view,
     * alike, less the share of queries whose Recall@100 falls more than {@link #BELOW_PLAIN} below
     * plain folding's ({@code plain}: the baseline's figures per query; empty when not measured).
     */
    static double objective(Map<String, RelevanceEvaluator.Figures> f, Map<String, RelevanceEvaluator.Figures> plain) {
        RelevanceEvaluator.Figures m = RelevanceEvaluator.mean(f);
        return m.ndcg10() + m.r100() + RelevanceEvaluator.planCoverage(f) - belowPlain(f, plain);
    }

    static double belowPlain(Map<String, RelevanceEvaluator.Figures> f, Map<String, RelevanceEvaluator.Figures> plain) {
        long below = f.entrySet().stream()
                .filter(e -> plain.containsKey(e.getKey()) && e.getValue().r100() < plain.get(e.getKey()).r100() - BELOW_PLAIN).count();
        return below / (double) Math.max(1, f.size());
    }

    public record Result(RankingWeights onFirst, RankingWeights onSecond, RankingWeights onAll,
                         Map<String, RelevanceEvaluator.Figures> heldOut, Map<RankingWeights, Map<String, RelevanceEvaluator.Figures>> grid,
                         Map<String, RelevanceEvaluator.Figures> plain) {}

    public static Result crossValidate(List<RelevanceEvaluator.Query> queries, Run run) throws IOException {
        return crossValidate(queries, run, Map.of());
    }

    /** As above, a weighting that leaves queries far below the plain baseline's Recall@100 ({@code plain}, per query) counted down. */
    public static Result crossValidate(List<RelevanceEvaluator.Query> queries, Run run, Map<String, RelevanceEvaluator.Figures> plain) throws IOException {
        List<RelevanceEvaluator.Query> first = new ArrayList<>(), second = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) (i % 2 == 0 ? first : second).add(queries.get(i));
        Map<RankingWeights, Map<String, RelevanceEvaluator.Figures>> all = new LinkedHashMap<>();
        for (double e : ACCENT_PENALTY) for (float c : COORDINATION) for (double f : PLAIN_FUSION)
                for (double r : PLAN_RATIO) {
            RankingWeights w = new RankingWeights(e, c, f, r);
            all.put(w, run.with(w, queries));
        }
        RankingWeights a = best(all, f -> restrict(f, first), plain), b = best(all, f -> restrict(f, second), plain), both = best(all, f -> f, plain);
        Map<String, RelevanceEvaluator.Figures> heldOut = new LinkedHashMap<>();
        // each query scored with the weights chosen on the half it is not in, in file order
        Map<String, RelevanceEvaluator.Figures> onSecond = restrict(all.get(a), second), onFirst = restrict(all.get(b), first);
        for (RelevanceEvaluator.Query q : queries) {
            if (onFirst.containsKey(q.id())) heldOut.put(q.id(), onFirst.get(q.id()));
            if (onSecond.containsKey(q.id())) heldOut.put(q.id(), onSecond.get(q.id()));
        }
        return new Result(a, b, both, heldOut, all, plain);
    }

    private static RankingWeights best(Map<RankingWeights, Map<String, RelevanceEvaluator.Figures>> all,
                                       Function<Map<String, RelevanceEvaluator.Figures>, Map<String, RelevanceEvaluator.Figures>> part,
                                       Map<String, RelevanceEvaluator.Figures> plain) {
        RankingWeights best = null;
        double top = Double.NEGATIVE_INFINITY;
        for (var e : all.entrySet()) {
            double o = objective(part.apply(e.getValue()), plain);
            if (o > top + 1e-9) { top = o; best = e.getKey(); }
        }
        return best;
    }

    private static Map<String, RelevanceEvaluator.Figures> restrict(Map<String, RelevanceEvaluator.Figures> f, List<RelevanceEvaluator.Query> qs) {
        Map<String, RelevanceEvaluator.Figures> out = new LinkedHashMap<>();
        for (RelevanceEvaluator.Query q : qs) if (f.containsKey(q.id())) out.put(q.id(), f.get(q.id()));
        return out;
    }

    /** Every weighting of the grid with its figures over all the queries (to see how flat the choice is). */
    public static void printGrid(Result r, PrintStream out) {
        for (var e : r.grid().entrySet()) {
            RankingWeights w = e.getKey();
            RelevanceEvaluator.Figures m = RelevanceEvaluator.mean(e.getValue());
            out.printf("grid %.2f %4.1f %.2f %.2f  Recall@100 %.3f  nDCG@10 %.3f  all-plans-in-top-20 %.3f  far-below-plain %.3f  objective %.3f%n",
                    w.accentPenalty(), w.coordination(), w.plainFusion(), w.planRatio(),
                    m.r100(), m.ndcg10(), RelevanceEvaluator.planCoverage(e.getValue()), belowPlain(e.getValue(), r.plain()),
                    objective(e.getValue(), r.plain()));
        }
    }

    public static void print(Result r, RankingWeights shipped, PrintStream out) {
        out.printf("weights chosen on the first half: %s; on the second half: %s; on all: %s; shipped: %s%n",
                r.onFirst(), r.onSecond(), r.onAll(), shipped);
        RelevanceEvaluator.print("camket-cv", r.heldOut(), false, out);
    }
}
