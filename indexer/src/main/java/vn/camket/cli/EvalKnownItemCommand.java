package vn.camket.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.camket.eval.KnownItemEvaluator;
import vn.camket.eval.PlainBaseline;
import vn.camket.eval.SyntheticSet;
import vn.camket.eval.TruthRow;
import vn.camket.index.Analysis;
import vn.camket.index.IndexBuilder;
import vn.camket.index.IndexHolder;
import vn.camket.index.IndexStore;
import vn.camket.model.ParsedPlan;
import vn.camket.parse.CorpusParser;
import vn.camket.parse.PlanParser;
import vn.camket.search.RankingWeights;
import vn.camket.search.SearchRequest;
import vn.camket.search.SearchService;
import vn.camket.text.SourceTextLoader;

/**
 * {@code eval-known-item SET_DIR…}: known-item search over OCR'd synthetic plans, Camket beside
 * the plain baseline, on two halves of the plans (alternate plans by name), each indexed with the
 * corpus as it would be.
 */
@Command(name = "eval-known-item", mixinStandardHelpOptions = true,
        description = "Index the OCR'd plans of SET_DIR (with truth-NAME.jsonl) beside the corpus, draw queries from the clean truth (3-6 content words of a task, with diacritics and folded) and print Recall@10/20/100, MRR, nDCG@10 and plan coverage of the records parsed from those rows, for Camket and the plain baseline, per half of the plans.")
public final class EvalKnownItemCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SET_DIR", arity = "1..*") List<Path> sets;
    @Option(names = "--corpus", paramLabel = "DIR", description = "Plans indexed beside the synthetic ones (default: corpus; 'none' for none).")
    String corpus = "corpus";
    @Option(names = "--seed", description = "Seed of the drawn queries (default: 57).") long seed = 57;
    @Option(names = "--weights", paramLabel = "PENALTY,COORDINATION,FUSION",
            description = "Score Camket with these re-ranking weights instead of the shipped ones.") String weights;
    @Option(names = "--half", description = "Only this half: A or B.") String only;
    @Option(names = "--details", description = "List the queries whose items Camket ranks below 20, with each item's rank by Camket and by plain (0: not in the first 100).")
    boolean details;

    @Override
    public Integer call() throws Exception {
        List<SyntheticSet.Plan> synthetic = new ArrayList<>();
        for (Path set : sets) {
            if (!Files.isDirectory(set)) {
                System.err.println("Not a folder: " + set);
                return 2;
            }
            synthetic.addAll(SyntheticSet.read(set));
        }
        synthetic.sort(Comparator.comparing(SyntheticSet.Plan::name));
        List<Path> files = new ArrayList<>(synthetic.stream().map(SyntheticSet.Plan::text).toList());
        List<Path> others = corpus.equals("none") ? List.of() : CorpusParser.planFiles(Path.of(corpus));
        files.addAll(others);
        CorpusParser.Result parsed = new CorpusParser(PlanParser.withDefaults(), new SourceTextLoader()).parse(files, f -> { });
        Map<String, ParsedPlan> bySource = new LinkedHashMap<>();
        for (ParsedPlan p : parsed.plans()) bySource.put(p.plan().source(), p);
        List<ParsedPlan> distractors = new ArrayList<>();
        for (Path f : others) if (bySource.containsKey(f.getFileName().toString())) distractors.add(bySource.get(f.getFileName().toString()));
        parsed.problems().forEach(p -> System.err.println("problem: " + p));
        RankingWeights w = RankingWeights.DEFAULT;
        if (weights != null) {
            String[] f = weights.split(",");
            w = new RankingWeights(Double.parseDouble(f[0]), Float.parseFloat(f[1]), Double.parseDouble(f[2]));
        }
        System.out.printf("%d synthetic plans, %d plans beside them; seed %d%n", synthetic.size(), distractors.size(), seed);
        for (int half = 0; half < 2; half++) {
            String name = half == 0 ? "A" : "B";
            if (only != null && !only.equalsIgnoreCase(name)) continue;
            Map<SyntheticSet.Plan, ParsedPlan> plans = new LinkedHashMap<>();
            for (int i = half; i < synthetic.size(); i += 2) {
                SyntheticSet.Plan p = synthetic.get(i);
                plans.put(p, bySource.get(p.text().getFileName().toString()));
            }
            run(name, plans, distractors, w);
        }
        return 0;
    }

    private void run(String half, Map<SyntheticSet.Plan, ParsedPlan> plans, List<ParsedPlan> distractors, RankingWeights w) throws Exception {
        List<ParsedPlan> indexed = new ArrayList<>(distractors);
        for (ParsedPlan p : plans.values()) if (p != null) indexed.add(p);
        KnownItemEvaluator.Items items = KnownItemEvaluator.items(plans, distractors);
        Map<String, String> tasks = new LinkedHashMap<>();
        for (SyntheticSet.Plan p : plans.keySet()) {
            for (TruthRow r : p.rows()) {
                String key = KnownItemEvaluator.key(r.task());
                if (items.byTask().containsKey(key)) tasks.putIfAbsent(key, r.task());
            }
        }
        List<KnownItemEvaluator.Query> queries = KnownItemEvaluator.queries(tasks, seed);
        Path tmp = Files.createTempDirectory("camket-known-item");
        try (PlainBaseline baseline = new PlainBaseline(indexed)) {
            IndexStore store = new IndexStore(tmp.resolve("camket"));
            IndexBuilder.withDefaults().publish(indexed, IndexBuilder.learnModel(indexed), store, Analysis.VIETNAMESE, null, List.of());
            try (IndexHolder holder = new IndexHolder(store)) {
                holder.refresh();
                SearchService search = new SearchService(holder, w);
                List<KnownItemEvaluator.Figures> camket = new ArrayList<>(), plain = new ArrayList<>();
                long camketNanos = 0, plainNanos = 0;
                for (KnownItemEvaluator.Query q : queries) {
                    long t0 = System.nanoTime();
                    var hits = search.search(SearchRequest.of(q.text()).withPage(1, 100)).hits();
                    long t1 = System.nanoTime();
                    var plainHits = baseline.top(q.text(), 100);
                    long t2 = System.nanoTime();
                    camketNanos += t1 - t0;
                    plainNanos += t2 - t1;
                    camket.add(KnownItemEvaluator.score(hits, items, q.task()));
                    plain.add(KnownItemEvaluator.score(plainHits, items, q.task()));
                    if (details && camket.getLast().r20() < 1) {
                        System.out.printf("  [%s] %s%n     camket %s%n     plain  %s%n", half, q.text(),
                                KnownItemEvaluator.ranks(hits, items, q.task()).values(), KnownItemEvaluator.ranks(plainHits, items, q.task()).values());
                    }
                }
                System.out.printf("%nhalf %s: %s%n  %d truth rows, %d paired with a parsed record (the items); %d tasks; %d copies in the plans beside them left out%n",
                        half, String.join(", ", plans.keySet().stream().map(SyntheticSet.Plan::name).toList()),
                        items.rows(), items.paired(), items.byTask().size(), items.copies().size());
                KnownItemEvaluator.printBeside("half " + half, queries, camket, plain, System.out);
                System.out.printf("  time per query: camket %.1f ms (page of 100, facets, snippets), plain %.1f ms%n",
                        camketNanos / 1e6 / Math.max(1, queries.size()), plainNanos / 1e6 / Math.max(1, queries.size()));
            }
        } finally {
            IndexStore.deleteTree(tmp);
        }
    }
}
