package vn.camket.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.camket.bench.BenchReport;
import vn.camket.bench.Benchmark;
import vn.camket.bench.LoadRun;
import vn.camket.bench.PortalBench;
import vn.camket.bench.PostgresBench;
import vn.camket.bench.PostgresServer;
import vn.camket.bench.SyntheticCorpus;
import vn.camket.eval.RelevanceEvaluator;
import vn.camket.index.IndexBuilder;
import vn.camket.index.IndexHolder;
import vn.camket.index.IndexStore;
import vn.camket.model.ParsedPlan;
import vn.camket.parse.CorpusParser;
import vn.camket.parse.PlanParser;
import vn.camket.parse.ProvinceDirectory;
import vn.camket.search.SearchService;
import vn.camket.text.SourceTextLoader;

/**
 * {@code bench CORPUS_DIR}: synthetic corpora of the given sizes made from the real plans, indexed
 * and searched in process, served by the portal over HTTP, and loaded into PostgreSQL side by
 * side; writes {@code bench/RESULTS.md} and a latency chart.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Generate synthetic corpora from the plans in CORPUS_DIR; measure Camket (build, in process, over HTTP) and PostgreSQL full-text search on the same records; write bench/RESULTS.md and bench/latency.svg.")
public final class BenchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CORPUS_DIR") Path corpus;
    @Option(names = "--sizes", split = ",", defaultValue = "10000,100000,1000000", description = "Record counts (default ${DEFAULT-VALUE}).") List<Integer> sizes;
    @Option(names = "--seed", defaultValue = "57", description = "Seed of the synthetic corpus (default ${DEFAULT-VALUE}).") long seed;
    @Option(names = "--queries", defaultValue = "800", description = "Measured in-process searches per size (default ${DEFAULT-VALUE}).") int queries;
    @Option(names = "--noise", defaultValue = "0.18", description = "Share of words given an OCR slip (default ${DEFAULT-VALUE}).") double noise;
    @Option(names = "--clients", split = ",", defaultValue = "1,8,32", description = "Concurrent clients over HTTP and JDBC (default ${DEFAULT-VALUE}).") List<Integer> clients;
    @Option(names = "--seconds", defaultValue = "15", description = "Length of each load run (default ${DEFAULT-VALUE}).") double seconds;
    @Option(names = "--webapp", defaultValue = "webapp/target/camket-webapp.jar", description = "Portal jar for the HTTP runs (default ${DEFAULT-VALUE}); skipped when missing.") Path webapp;
    @Option(names = "--no-postgres", description = "Skip PostgreSQL.") boolean noPostgres;
    @Option(names = "--no-portal", description = "Skip the portal over HTTP (in-process figures only: a quick run while profiling).") boolean noPortal;
    @Option(names = "--keep", paramLabel = "DIR", description = "Keep each size's index in DIR/nSIZE and, when one is there already, search it without building again (build figures are then absent).") Path keep;
    @Option(names = "--relevance", defaultValue = "../shared/eval/relevance", description = "Folder with queries.tsv and qrels.tsv for the recall comparison (default ${DEFAULT-VALUE}); skipped when missing.") Path relevance;
    @Option(names = "--out", defaultValue = "bench/RESULTS.md", description = "Report file (default ${DEFAULT-VALUE}); the chart is written next to it as latency.svg.") Path out;

    @Override
    public Integer call() throws Exception {
        var parsed = new CorpusParser(PlanParser.withDefaults(), new SourceTextLoader()).parse(CorpusParser.planFiles(corpus), f -> { });
        List<ParsedPlan> real = parsed.plans();
        var model = IndexBuilder.learnModel(real);
        SyntheticCorpus generator = new SyntheticCorpus(real, ProvinceDirectory.load().all(), noise);
        Path work = Files.createTempDirectory("camket-bench");
        PostgresServer pg = noPostgres ? null : PostgresServer.start();
        String command = "java -Xmx6g -jar indexer/target/camket-indexer.jar bench " + corpus + " --sizes "
                + String.join(",", sizes.stream().map(String::valueOf).toList()) + " --seconds " + (int) seconds;
        BenchReport report = new BenchReport(command, pg == null ? null : pg.version(), seconds);
        try {
            if (Files.exists(relevance.resolve("queries.tsv"))) report.relevance(relevance(real, work, pg));
            PortalBench portalBench = null;
            for (int size : sizes) {
                Path index = (keep == null ? work : keep).resolve("n" + size);
                boolean reused = keep != null && new IndexStore(index).current().isPresent();
                List<ParsedPlan> synthetic = reused && pg == null ? null : generator.generate(size, 250, seed);
                Benchmark.Build build = reused ? null : new Benchmark().build(model, synthetic, index);
                if (build != null) System.out.printf("%d records: built in %.1f s (%.0f records/s), %.1f MB%n", build.records(), build.seconds(),
                        build.recordsPerSecond(), build.indexBytes() / 1048576.0);
                else System.out.printf("%d records: searching the index kept in %s (not built again)%n", size, index);
                double[] pgLoad = null;
                if (pg != null) {
                    pgLoad = PostgresBench.load(pg.jdbcUrl(), "records", synthetic);
                    System.out.printf("  PostgreSQL: loaded in %.1f s, GIN index in %.1f s%n", pgLoad[0], pgLoad[1]);
                }
                synthetic = null; // searching runs with the corpus out of memory
                System.gc();
                Benchmark.InProcess ip = new Benchmark().search(index, queries);
                System.out.printf("  in process: open %.0f ms, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %.0f q/s%n",
                        ip.openMillis(), ip.p50(), ip.p95(), ip.p99(), ip.queriesPerSecond());
                ip.stageMillis().forEach((stage, ms) -> System.out.printf("    %-36s %6.2f ms%n", stage, ms));
                for (Benchmark.PerRequest r : ip.perRequest()) System.out.printf("    p50 %6.1f ms, slowest %6.1f ms: %s%n", r.p50(), r.max(), r.request());
                BenchReport.PgFigures pgFigures = null;
                if (pg != null) {
                    List<LoadRun.Result> runs = new java.util.ArrayList<>();
                    LoadRun.run(2, Math.min(5, seconds), PostgresBench.client(pg.jdbcUrl(), "records", Benchmark.MIX)); // warm-up
                    for (int c : clients) runs.add(print("  PostgreSQL", LoadRun.run(c, seconds, PostgresBench.client(pg.jdbcUrl(), "records", Benchmark.MIX))));
                    pgFigures = new BenchReport.PgFigures(pgLoad[0], pgLoad[1], PostgresBench.tableBytes(pg.jdbcUrl(), "records"), runs);
                }
                PortalBench.Figures portal = null;
                if (noPortal) {
                    System.out.println("  portal: skipped (--no-portal)");
                } else if (Files.exists(webapp)) {
                    if (portalBench == null) {
                        portalBench = new PortalBench(webapp, "1g");
                        boolean aot = portalBench.prepare(work.resolve("portal-aot"), corpus, work.resolve("portal-aot.log"));
                        System.out.println("  portal: " + (aot ? "starts with the AOT cache bin/portal-aot recorded" : "no AOT cache (bin/portal-aot missing or failed)"));
                    }
                    portal = portalBench.run(index, corpus, Benchmark.MIX, clients, seconds, work.resolve("portal-" + size + ".log"));
                    System.out.printf("  portal: answered after %.1f s, heap %d MB%n", portal.startupSeconds(), portal.heapBytes() / 1048576);
                    for (LoadRun.Result r : portal.runs()) print("  Camket over HTTP", r);
                    for (LoadRun.Result r : portal.keptRuns()) print("  Camket over HTTP, answers kept", r);
                } else {
                    System.out.println("  portal jar " + webapp + " not found: build it with mvn package to measure over HTTP");
                }
                report.add(new BenchReport.Size(size, build, ip, portal, pgFigures));
                if (keep == null) IndexStore.deleteTree(index);
                Path chart = out.resolveSibling("latency.svg");
                report.write(out, chart);
            }
        } finally {
            if (pg != null) pg.close();
            IndexStore.deleteTree(work);
        }
        System.out.println("report: " + out);
        return 0;
    }

    private static LoadRun.Result print(String label, LoadRun.Result r) {
        System.out.printf("%s, %d clients: %.0f requests/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %d failures%n",
                label, r.clients(), r.throughput(), r.p50(), r.p95(), r.p99(), r.failures());
        return r;
    }

    /** Camket and PostgreSQL on the real plans and the judged queries, scored by the same rules. */
    private BenchReport.Relevance relevance(List<ParsedPlan> real, Path work, PostgresServer pg) throws Exception {
        var queries = RelevanceEvaluator.readQueries(relevance.resolve("queries.tsv"));
        var qrels = RelevanceEvaluator.readQrels(relevance.resolve("qrels.tsv"));
        RelevanceEvaluator evaluator = new RelevanceEvaluator(corpus);
        IndexStore store = new IndexStore(work.resolve("real"));
        IndexBuilder.withDefaults().build(corpus, store, f -> { });
        Map<String, RelevanceEvaluator.Figures> camket;
        try (IndexHolder holder = new IndexHolder(store)) {
            holder.refresh();
            camket = evaluator.evaluate(new SearchService(holder), queries, qrels);
        }
        Map<String, RelevanceEvaluator.Figures> postgres = null;
        if (pg != null) {
            PostgresBench.load(pg.jdbcUrl(), "real_records", real);
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl())) {
                postgres = evaluator.evaluate(q -> PostgresBench.search(c, "real_records", q, 100), queries, qrels);
            }
        }
        RelevanceEvaluator.print("camket", camket, false, System.out);
        if (postgres != null) RelevanceEvaluator.print("postgres", postgres, false, System.out);
        return new BenchReport.Relevance(RelevanceEvaluator.mean(camket), RelevanceEvaluator.planCoverage(camket),
                postgres == null ? null : RelevanceEvaluator.mean(postgres), postgres == null ? 0 : RelevanceEvaluator.planCoverage(postgres),
                camket.size());
    }
}
