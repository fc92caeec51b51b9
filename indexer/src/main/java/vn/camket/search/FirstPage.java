package vn.camket.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import org.apache.lucene.search.ScoreDoc;

/**
 * Chooses the first page of a ranking: exact accents before folding collisions, and every plan in
 * view. The page's records are the best by score times {@code factor} (below 1 for a clean passage
 * holding typed words only folded alike); then the plans the ranking holds but the page does not
 * get their best record on the page's last places, up to a quarter of it, best first. Users
 * compare provinces, and one plan that says a topic in many passages would otherwise fill the
 * page. Below the first page the ranking is left as it was.
 */
final class FirstPage {
    /** Share of the page kept for plans not yet on it. */
    static final double FOR_OTHER_PLANS = 0.25;

    private FirstPage() {}

    /** {@code ranked} best first; returns the same records with the first {@code depth} places chosen anew. */
    static ScoreDoc[] arrange(ScoreDoc[] ranked, IntFunction<String> planOf, IntToDoubleFunction factor, int depth) {
        if (ranked.length < 2) return ranked;
        int n = Math.min(depth, ranked.length);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ranked.length; i++) order.add(i);
        double[] value = new double[ranked.length];
        for (int i = 0; i < ranked.length; i++) value[i] = ranked[i].score * factor.applyAsDouble(ranked[i].doc);
        // stable: equal values keep the ranking's order
        order.sort(Comparator.comparingDouble((Integer i) -> -value[i]));
        List<Integer> page = new ArrayList<>(order.subList(0, n));
        Set<String> onPage = new LinkedHashSet<>();
        for (int i : page) onPage.add(planOf.apply(ranked[i].doc));
        Map<String, Integer> missing = new LinkedHashMap<>(); // plan -> its best record, best plans first
        for (int i : order.subList(n, order.size())) {
            String plan = planOf.apply(ranked[i].doc);
            if (!onPage.contains(plan)) missing.putIfAbsent(plan, i);
        }
        int room = Math.min(missing.size(), (int) Math.floor(n * FOR_OTHER_PLANS));
        if (room > 0) {
            List<Integer> added = new ArrayList<>(missing.values()).subList(0, room);
            page = new ArrayList<>(page.subList(0, n - room));
            page.addAll(added);
        }
        Set<Integer> taken = new LinkedHashSet<>(page);
        List<ScoreDoc> out = new ArrayList<>(ranked.length);
        for (int i : page) out.add(ranked[i]);
        for (int i = 0; i < ranked.length; i++) if (!taken.contains(i)) out.add(ranked[i]);
        return out.toArray(ScoreDoc[]::new);
    }
}
