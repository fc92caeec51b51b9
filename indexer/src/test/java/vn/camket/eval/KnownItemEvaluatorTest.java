package vn.camket.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.camket.search.Hit;
import vn.camket.text.Fold;

class KnownItemEvaluatorTest {
    private static Hit hit(String id) {
        return new Hit(id, "task", "p", null, null, "p.txt", new int[] {1, 1}, null, null, null, "", null, List.of(), List.of(),
                null, null, null, 1f);
    }

    @Test
    void queriesAreThreeToSixContentWordsOfATaskTypedWithAndWithoutDiacritics() {
        Map<String, String> tasks = new LinkedHashMap<>();
        tasks.put("a", "Xây dựng và vận hành nền tảng dữ liệu dùng chung của tỉnh cho các cơ quan nhà nước");
        tasks.put("b", "Tổ chức tập huấn kỹ năng số cho cán bộ cấp xã");
        tasks.put("c", "Và của các");
        List<KnownItemEvaluator.Query> q = KnownItemEvaluator.queries(tasks, 7);
        // a task of fewer than three content words gives none; the others one in each typing
        assertThat(q).hasSize(4).extracting(KnownItemEvaluator.Query::task).containsExactly("a", "a", "b", "b");
        for (int i = 0; i < q.size(); i += 2) {
            String typed = q.get(i).text(), folded = q.get(i + 1).text();
            assertThat(q.get(i).folded()).isFalse();
            assertThat(q.get(i + 1).folded()).isTrue();
            assertThat(folded).isEqualTo(Fold.fold(typed));
            assertThat(typed.split(" ").length).isBetween(3, 6);
            assertThat(Fold.fold(tasks.get(q.get(i).task()))).contains(Fold.fold(typed).split(" ")[0]);
            assertThat(typed.split(" ")).noneMatch(w -> Set.of("và", "của", "các", "cho").contains(w));
        }
        // the same seed draws the same words
        assertThat(KnownItemEvaluator.queries(tasks, 7)).isEqualTo(q);
    }

    @Test
    void scoresTheItemsOfATaskSkippingCopies() {
        KnownItemEvaluator.Items items = new KnownItemEvaluator.Items(
                Map.of("t", new java.util.LinkedHashSet<>(List.of("x1", "y1"))), Map.of("x1", "plan-x", "y1", "plan-y"),
                Set.of("copy"), 2, 2);
        List<Hit> hits = new ArrayList<>(List.of(hit("copy"), hit("other"), hit("x1")));
        for (int i = 0; i < 30; i++) hits.add(hit("n" + i));
        hits.add(hit("y1"));
        KnownItemEvaluator.Figures f = KnownItemEvaluator.score(hits, items, "t");
        // the copy is left out: x1 is second, y1 thirty-third
        assertThat(f.mrr()).isEqualTo(0.5);
        assertThat(f.r20()).isEqualTo(0.5);
        assertThat(f.r100()).isEqualTo(1.0);
        assertThat(f.plansIn20()).isFalse();
        assertThat(KnownItemEvaluator.ranks(hits, items, "t")).containsEntry("x1", 2).containsEntry("y1", 33);
        assertThat(KnownItemEvaluator.score(List.of(hit("y1"), hit("x1")), items, "t").ndcg10()).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }
}
