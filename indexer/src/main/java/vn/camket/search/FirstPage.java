package vn.camket.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 * view. Records are valued by score times {@code factor} (below 1 for a clean passage holding typed
 * words only folded alike). The first half of the page ({@link #BY_SCORE}) is the best by value;
 * the second half is shared among the plans in turns: the plan with fewest records on the page so
 * far brings its next best (ties: the better record first), so a plan that says the topic in many
 * passages cannot fill the page, and a plan whose best match by words is a list or a title naming
 * the topic in passing still shows its next passages, where the on-topic one often is. Users
 * compare provinces. Only plans whose best record is worth at least {@code ratio} times the first
 * record's take turns (0: every plan the ranking holds); places no plan can fill go by value. Below
 * the first page the ranking is left as it was, the records the turns passed over first.
 */
final class FirstPage {
    /** Share of the page chosen by value alone: the top of the page is the best matches, whatever their plan. */
    static final double BY_SCORE = 0.5;

    private FirstPage() {}

    /** {@code ranked} best first; returns the same records with the first {@code depth} places chosen anew. */
    static ScoreDoc[] arrange(ScoreDoc[] ranked, IntFunction<String> planOf, IntToDoubleFunction factor, int depth, double ratio) {
        if (ranked.length < 2) return ranked;
        int n = Math.min(depth, ranked.length);
        double[] value = new double[ranked.length];
        for (int i = 0; i < ranked.length; i++) value[i] = ranked[i].score * factor.applyAsDouble(ranked[i].doc);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ranked.length; i++) order.add(i);
        // stable: equal values keep the ranking's order
        order.sort(Comparator.comparingDouble((Integer i) -> -value[i]));
        Map<Integer, Integer> place = new HashMap<>();
        for (int k = 0; k < order.size(); k++) place.put(order.get(k), k);

        int head = (int) Math.ceil(n * BY_SCORE);
        List<Integer> page = new ArrayList<>(order.subList(0, head));
        Map<String, Integer> held = new LinkedHashMap<>();
        for (int i : page) held.merge(planOf.apply(ranked[i].doc), 1, Integer::sum);
        // each plan's records below the first half, best first; a plan takes turns when its best is worth enough
        double top = value[order.getFirst()];
        Set<String> turns = new LinkedHashSet<>(held.keySet());
        Map<String, ArrayDeque<Integer>> below = new LinkedHashMap<>();
        for (int i : order.subList(head, order.size())) {
            String plan = planOf.apply(ranked[i].doc);
            if (!turns.contains(plan) && !below.containsKey(plan) && (top <= 0 || value[i] >= ratio * top)) turns.add(plan);
            below.computeIfAbsent(plan, p -> new ArrayDeque<>()).add(i);
        }
        while (page.size() < n) {
            String next = null;
            for (String plan : turns) {
                ArrayDeque<Integer> own = below.get(plan);
                if (own == null || own.isEmpty()) continue;
                if (next == null) { next = plan; continue; }
                int h = held.getOrDefault(plan, 0), hn = held.getOrDefault(next, 0);
                if (h < hn || h == hn && place.get(own.peek()) < place.get(below.get(next).peek())) next = plan;
            }
            if (next == null) break;
            page.add(below.get(next).poll());
            held.merge(next, 1, Integer::sum);
        }
        Set<Integer> taken = new LinkedHashSet<>(page);
        for (int i : order) {
            if (page.size() >= n) break;
            if (taken.add(i)) page.add(i);
        }
        List<ScoreDoc> out = new ArrayList<>(ranked.length);
        for (int i : page) out.add(ranked[i]);
        for (int i = 0; i < ranked.length; i++) if (!taken.contains(i)) out.add(ranked[i]);
        return out.toArray(ScoreDoc[]::new);
    }
}
