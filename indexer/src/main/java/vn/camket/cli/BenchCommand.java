package vn.camket.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.camket.bench.Benchmark;
import vn.camket.bench.SyntheticCorpus;
import vn.camket.index.IndexBuilder;
import vn.camket.model.ParsedPlan;
import vn.camket.parse.CorpusParser;
import vn.camket.parse.PlanParser;
import vn.camket.parse.ProvinceDirectory;
import vn.camket.text.SourceTextLoader;

/** {@code bench CORPUS_DIR}: synthetic corpora of the given sizes from the real plans, indexed and searched; writes a report. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Generate synthetic corpora from the plans in CORPUS_DIR, index them and measure build and search; write bench/RESULTS.md.")
public final class BenchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CORPUS_DIR") Path corpus;
    @Option(names = "--sizes", split = ",", defaultValue = "10000,100000", description = "Record counts (default ${DEFAULT-VALUE}).") List<Integer> sizes;
    @Option(names = "--seed", defaultValue = "57", description = "Seed of the synthetic corpus (default ${DEFAULT-VALUE}).") long seed;
    @Option(names = "--queries", defaultValue = "800", description = "Measured searches per size (default ${DEFAULT-VALUE}).") int queries;
    @Option(names = "--noise", defaultValue = "0.18", description = "Share of words given an OCR slip (default ${DEFAULT-VALUE}).") double noise;
    @Option(names = "--out", defaultValue = "bench/RESULTS.md", description = "Report file (default ${DEFAULT-VALUE}).") Path out;

    @Override
    public Integer call() throws Exception {
        var parsed = new CorpusParser(PlanParser.withDefaults(), new SourceTextLoader()).parse(CorpusParser.planFiles(corpus), f -> { });
        List<ParsedPlan> real = parsed.plans();
        var model = IndexBuilder.learnModel(real);
        SyntheticCorpus generator = new SyntheticCorpus(real, ProvinceDirectory.load().all(), noise);
        List<Benchmark.Figures> rows = new ArrayList<>();
        Path work = Files.createTempDirectory("camket-bench");
        try {
            for (int size : sizes) {
                List<ParsedPlan> synthetic = generator.generate(size, 250, seed);
                Benchmark.Figures f = new Benchmark().run(real, model, synthetic, work.resolve("n" + size), queries);
                rows.add(f);
                System.out.printf("%d records: build %.1f s (%.0f records/s), %.1f MB, open %.0f ms, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %.0f q/s%n",
                        f.records(), f.buildSeconds(), f.recordsPerSecond(), f.indexBytes() / 1048576.0, f.openMillis(), f.p50(), f.p95(), f.p99(), f.queriesPerSecond());
            }
        } finally {
            try (var walk = Files.walk(work)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        Files.writeString(out, Benchmark.markdown(rows, "java -jar indexer/target/camket-indexer.jar bench " + corpus + " --sizes "
                + String.join(",", sizes.stream().map(String::valueOf).toList())));
        System.out.println("report: " + out);
        return 0;
    }
}
