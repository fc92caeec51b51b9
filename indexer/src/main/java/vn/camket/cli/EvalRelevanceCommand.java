package vn.camket.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.camket.eval.PlainBaseline;
import vn.camket.eval.RankingTuner;
import vn.camket.eval.RelevanceEvaluator;
import vn.camket.index.Analysis;
import vn.camket.index.IndexBuilder;
import vn.camket.index.IndexHolder;
import vn.camket.index.IndexStore;
import vn.camket.parse.CorpusParser;
import vn.camket.parse.PlanParser;
import vn.camket.search.RankingWeights;
import vn.camket.search.SearchService;
import vn.camket.text.SourceTextLoader;

/**
 * {@code eval-relevance CORPUS_DIR QUERIES QRELS}: parses the corpus once, indexes its records for
 * Camket (in a temporary folder) and for the plain baseline (in memory, outside Camket's search
 * code), prints the same figures for both, and the cross-validated figures of the tuned weights.
 */
@Command(name = "eval-relevance", mixinStandardHelpOptions = true,
        description = "Run the queries of QUERIES (queries.tsv) against CORPUS_DIR and score them against QRELS (qrels.tsv), beside a plain BM25 baseline, with 2-fold cross-validated figures for the tuned weights.")
public final class EvalRelevanceCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CORPUS_DIR") Path corpus;
    @Parameters(index = "1", paramLabel = "QUERIES") Path queries;
    @Parameters(index = "2", paramLabel = "QRELS") Path qrels;
    @Option(names = "--per-query", description = "Print each query's figures too.") boolean perQuery;
    @Option(names = "--no-cv", description = "Skip the cross-validation of the weights.") boolean noCv;
    @Option(names = "--misses", description = "List, per query, the judged passages outside Camket's first 20 with their places in both rankings (to 1,000). Not for a held-out set.") boolean misses;
    @Option(names = "--top", paramLabel = "N", description = "List each query's first N hits by Camket with their grades and plans. Not for a held-out set.") int top;
    @Option(names = "--also", paramLabel = "QUERIES,QRELS",
            description = "Another judged set scored with the first as one (its query ids distinct): weights are chosen and cross-validated over all of them.") List<String> also;
    @Option(names = "--grid", description = "Print every weighting the cross-validation tries, with its figures over all queries.") boolean grid;
    @Option(names = "--weights", paramLabel = "PENALTY,COORDINATION,FUSION[,PLAN_RATIO]",
            description = "Score Camket with these re-ranking weights instead of the shipped ones.") String weights;

    @Override
    public Integer call() throws Exception {
        List<RelevanceEvaluator.Query> qs = RelevanceEvaluator.readQueries(queries);
        List<RelevanceEvaluator.Judgement> js = new java.util.ArrayList<>(RelevanceEvaluator.readQrels(qrels));
        qs = new java.util.ArrayList<>(qs);
        for (String pair : also == null ? List.<String>of() : also) {
            String[] files = pair.split(",");
            if (files.length != 2) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--also wants QUERIES,QRELS, not " + pair);
            for (RelevanceEvaluator.Query q : RelevanceEvaluator.readQueries(Path.of(files[0]))) {
                if (qs.stream().anyMatch(o -> o.id().equals(q.id()))) {
                    throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "query id " + q.id() + " of " + files[0] + " is already taken");
                }
                qs.add(q);
            }
            js.addAll(RelevanceEvaluator.readQrels(Path.of(files[1])));
        }
        CorpusParser.Result parsed = new CorpusParser(PlanParser.withDefaults(), new SourceTextLoader())
                .parse(CorpusParser.planFiles(corpus), f -> { });
        Path tmp = Files.createTempDirectory("camket-eval");
        try (PlainBaseline baseline = new PlainBaseline(parsed.plans())) {
            IndexStore store = new IndexStore(tmp.resolve("camket"));
            IndexBuilder.withDefaults().publish(parsed.plans(), IndexBuilder.learnModel(parsed.plans()), store, Analysis.VIETNAMESE,
                    corpus, parsed.problems());
            try (IndexHolder holder = new IndexHolder(store)) {
                holder.refresh();
                RelevanceEvaluator evaluator = new RelevanceEvaluator(corpus);
                RankingWeights w = RankingWeights.DEFAULT;
                if (weights != null) {
                    String[] f = weights.split(",");
                    w = f.length >= 4
                            ? new RankingWeights(Double.parseDouble(f[0]), Float.parseFloat(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]))
                            : new RankingWeights(Double.parseDouble(f[0]), Float.parseFloat(f[1]), Double.parseDouble(f[2]));
                }
                var camket = evaluator.evaluate(new SearchService(holder, w), qs, js);
                var plain = evaluator.evaluate(q -> baseline.top(q, 100), qs, js);
                RelevanceEvaluator.printBeside(camket, plain, perQuery, System.out);
                if (misses) {
                    SearchService deep = new SearchService(holder, w);
                    evaluator.printMisses(q -> deepHits(deep, q), q -> baseline.top(q, 1000), qs, js, System.out);
                }
                if (top > 0) { SearchService listed = new SearchService(holder, w); evaluator.printTop(q -> listed.search(vn.camket.search.SearchRequest.of(q).withPage(1, 100)).hits(), qs, js, top, System.out); }
                if (!noCv) {
                    var cv = RankingTuner.crossValidate(qs, (tried, part) -> evaluator.evaluate(new SearchService(holder, tried), part, js), plain);
                    if (grid) RankingTuner.printGrid(cv, System.out);
                    RankingTuner.print(cv, RankingWeights.DEFAULT, System.out);
                }
            }
        } finally {
            IndexStore.deleteTree(tmp);
        }
        return 0;
    }

    /** Camket's first 1,000 hits, page by page. */
    private static List<vn.camket.search.Hit> deepHits(SearchService search, String q) {
        List<vn.camket.search.Hit> out = new java.util.ArrayList<>();
        for (int page = 1; page <= 10; page++) {
            var hits = search.search(vn.camket.search.SearchRequest.of(q).withPage(page, 100)).hits();
            out.addAll(hits);
            if (hits.size() < 100) break;
        }
        return out;
    }
}
