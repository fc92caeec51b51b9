package vn.camket.search;

import java.util.ArrayDeque;
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
 * holding typed words only folded alike); then every plan the ranking holds is given up to
 * {@link #PER_PLAN} records on the page, up to a quarter of it: the plan with fewest records on the
 * page brings its next best (plans absent from the page first, best record first), each taking the
 * place of the page's last record (within the page's last quarter: the top of the page is never
 * touched) of a plan that holds more than {@link #PER_PLAN}. Users compare
 * provinces, and one plan that says a topic in many passages would otherwise fill the page; a
 * plan's single best match by words is often a list or a title naming the topic in passing, so a
 * second record gives its on-topic passage a place too. Below the first page the ranking is left
 * as it was, the records moved off the page first.
 */
final class FirstPage {
    /** Share of the page kept for plans not yet on it. */
    static final double FOR_OTHER_PLANS = 0.25;
    /** How many records each plan not yet on the page may bring onto it. */
    static final int PER_PLAN = 2;

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
        // each plan's records on the page, and its next best below it
        Map<String, Integer> held = new LinkedHashMap<>();
        for (int i : page) held.merge(planOf.apply(ranked[i].doc), 1, Integer::sum);
        Map<String, ArrayDeque<Integer>> below = new LinkedHashMap<>();
        for (int i : order.subList(n, order.size())) {
            String plan = planOf.apply(ranked[i].doc);
            ArrayDeque<Integer> own = below.computeIfAbsent(plan, p -> new ArrayDeque<>());
            if (held.getOrDefault(plan, 0) + own.size() < PER_PLAN) own.add(i);
        }
        int room = (int) Math.floor(n * FOR_OTHER_PLANS);
        List<Integer> added = new ArrayList<>();
        while (added.size() < room) {
            // the plan with fewest records on the page, its next record the best among those
            String next = null;
            for (Map.Entry<String, ArrayDeque<Integer>> e : below.entrySet()) {
                if (e.getValue().isEmpty() || held.getOrDefault(e.getKey(), 0) >= PER_PLAN) continue;
                if (next == null || held.getOrDefault(e.getKey(), 0) < held.getOrDefault(next, 0)
                        || held.getOrDefault(e.getKey(), 0).equals(held.getOrDefault(next, 0))
                        && order.indexOf(e.getValue().peek()) < order.indexOf(below.get(next).peek())) next = e.getKey();
            }
            if (next == null) break;
            // it takes the place of the page's last record of a plan that holds more than it needs
            int out = -1;
            for (int k = page.size() - 1; k >= n - room && out < 0; k--) {
                if (held.get(planOf.apply(ranked[page.get(k)].doc)) > PER_PLAN) out = k;
            }
            if (out < 0) break;
            held.merge(planOf.apply(ranked[page.remove(out)].doc), -1, Integer::sum);
            added.add(below.get(next).poll());
            held.merge(next, 1, Integer::sum);
        }
        page.addAll(added);
        Set<Integer> taken = new LinkedHashSet<>(page);
        List<ScoreDoc> out = new ArrayList<>(ranked.length);
        for (int i : page) out.add(ranked[i]);
        for (int i = 0; i < ranked.length; i++) if (!taken.contains(i)) out.add(ranked[i]);
        return out.toArray(ScoreDoc[]::new);
    }
}
