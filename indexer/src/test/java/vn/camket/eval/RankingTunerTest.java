package vn.camket.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.camket.search.RankingWeights;

class RankingTunerTest {
    private static RelevanceEvaluator.Figures recall(double r100, boolean allPlans) {
        return new RelevanceEvaluator.Figures(0.5, 0.5, r100, 1, 0.5, allPlans, 1, 10);
    }

    @Test
    void aQueryFarBelowThePlainBaselineCountsAgainstAWeighting() {
        Map<String, RelevanceEvaluator.Figures> plain = Map.of("a", recall(0.9, true), "b", recall(0.5, true));
        // a: 0.15 below plain (past the floor); b: above it
        Map<String, RelevanceEvaluator.Figures> camket = Map.of("a", recall(0.75, true), "b", recall(0.8, true));
        assertThat(RankingTuner.belowPlain(camket, plain)).isEqualTo(0.5);
        assertThat(RankingTuner.objective(camket, plain)).isLessThan(RankingTuner.objective(camket, Map.of()));
        // 0.05 below is within the floor
        assertThat(RankingTuner.belowPlain(Map.of("a", recall(0.85, true)), plain)).isZero();
    }

    @Test
    void theWeightingChosenOnOneHalfIsScoredOnTheOther() throws Exception {
        List<RelevanceEvaluator.Query> queries = List.of(new RelevanceEvaluator.Query("a", "x", ""), new RelevanceEvaluator.Query("b", "y", ""));
        Map<String, RelevanceEvaluator.Figures> plain = Map.of("a", recall(1.0, true), "b", recall(0.0, true));
        // the fused weighting finds more on average but leaves query a far below plain: it is not chosen on a's half
        RankingTuner.Result r = RankingTuner.crossValidate(queries, (w, qs) -> w.plainFusion() > 0
                ? Map.of("a", recall(0.5, true), "b", recall(1.0, true))
                : Map.of("a", recall(0.95, true), "b", recall(0.3, true)), plain);
        assertThat(r.onFirst().plainFusion()).isZero();
        assertThat(r.onSecond().plainFusion()).isPositive();
        assertThat(r.heldOut().get("a").r100()).isEqualTo(0.5);
        assertThat(r.heldOut().get("b").r100()).isEqualTo(0.3);
        assertThat(r.grid()).containsKey(RankingWeights.DEFAULT);
    }
}
