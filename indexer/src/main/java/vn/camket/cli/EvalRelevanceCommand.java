package vn.camket.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.camket.eval.RelevanceEvaluator;
import vn.camket.index.Analysis;
import vn.camket.index.IndexBuilder;
import vn.camket.index.IndexHolder;
import vn.camket.index.IndexStore;
import vn.camket.search.SearchService;

/**
 * {@code eval-relevance CORPUS_DIR QUERIES QRELS}: indexes the corpus twice (Camket's analysis
 * and the baseline) in a temporary folder and prints the same figures for both.
 */
@Command(name = "eval-relevance", mixinStandardHelpOptions = true,
        description = "Run the queries of QUERIES (queries.tsv) against CORPUS_DIR and score them against QRELS (qrels.tsv), with the baseline analysis alongside.")
public final class EvalRelevanceCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CORPUS_DIR") Path corpus;
    @Parameters(index = "1", paramLabel = "QUERIES") Path queries;
    @Parameters(index = "2", paramLabel = "QRELS") Path qrels;
    @Option(names = "--per-query", description = "Print each query's figures too.") boolean perQuery;

    @Override
    public Integer call() throws Exception {
        List<RelevanceEvaluator.Query> qs = RelevanceEvaluator.readQueries(queries);
        List<RelevanceEvaluator.Judgement> js = RelevanceEvaluator.readQrels(qrels);
        Path tmp = Files.createTempDirectory("camket-eval");
        try {
            for (Analysis analysis : Analysis.values()) {
                IndexStore store = new IndexStore(tmp.resolve(analysis.name().toLowerCase()));
                IndexBuilder.withDefaults().build(corpus, store, f -> { }, analysis);
                try (IndexHolder holder = new IndexHolder(store)) {
                    holder.refresh();
                    var figures = new RelevanceEvaluator(corpus).evaluate(new SearchService(holder), qs, js);
                    if (perQuery) System.out.println("== " + analysis.name().toLowerCase());
                    RelevanceEvaluator.print(analysis == Analysis.VIETNAMESE ? "camket" : "baseline", figures, perQuery, System.out);
                }
            }
        } finally {
            IndexStore.deleteTree(tmp);
        }
        return 0;
    }
}
