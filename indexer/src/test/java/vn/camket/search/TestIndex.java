package vn.camket.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.camket.index.Analysis;
import vn.camket.index.IndexBuilder;
import vn.camket.index.IndexHolder;
import vn.camket.index.IndexStore;
import vn.camket.model.Clause;
import vn.camket.model.ParsedPlan;
import vn.camket.model.Plan;

/** A small index of plans written for a test: each plan a province and its clauses' texts. */
final class TestIndex {
    private TestIndex() {}

    /** A plan of {@code province} whose clauses say {@code texts}, one clause each. */
    static ParsedPlan plan(String id, String province, String... texts) {
        Plan p = new Plan(id, province, province, "1/KH-UBND", "2025-03-01", "Kế hoạch", "UBND tỉnh " + province, id + ".txt");
        List<Clause> clauses = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            clauses.add(new Clause(id + "-c" + i, id, id + ".txt", List.of(String.valueOf(i + 1)), List.of(), texts[i],
                    new int[] {i + 1, i + 1}, null));
        }
        return new ParsedPlan(p, clauses, List.of(), List.of());
    }

    static IndexHolder build(Path dir, List<ParsedPlan> plans) throws IOException {
        IndexStore store = new IndexStore(dir);
        IndexBuilder.withDefaults().publish(plans, IndexBuilder.learnModel(plans), store, Analysis.VIETNAMESE, null, List.of());
        IndexHolder holder = new IndexHolder(store);
        holder.refresh();
        return holder;
    }
}
