package vn.camket.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.camket.eval.RelevanceEvaluator;

/** Writes {@code bench/RESULTS.md}: machine, date, command, one table per measurement, the goals at the largest size. */
public final class BenchReport {
    public record PgFigures(double loadSeconds, double indexSeconds, long bytes, List<LoadRun.Result> runs) {}

    /** One size's figures; {@code build} is null when an index kept from an earlier run was searched (bench --keep). */
    public record Size(int requested, Benchmark.Build build, Benchmark.InProcess inProcess, PortalBench.Figures portal, PgFigures pg) {
        int records() {
            return build == null ? requested : build.records();
        }
    }

    public record Relevance(RelevanceEvaluator.Figures camket, double camketCoverage, RelevanceEvaluator.Figures postgres,
                            double postgresCoverage, int queries) {}

    private final List<Size> sizes = new ArrayList<>();
    private Relevance relevance;
    private final String command;
    private final String postgresVersion;
    private final double seconds;

    public BenchReport(String command, String postgresVersion, double seconds) {
        this.command = command;
        this.postgresVersion = postgresVersion;
        this.seconds = seconds;
    }

    public void add(Size s) {
        sizes.add(s);
    }

    public void relevance(Relevance r) {
        this.relevance = r;
    }

    public List<Size> sizes() {
        return sizes;
    }

    public void write(Path markdown, Path chart) throws IOException {
        if (markdown.getParent() != null) Files.createDirectories(markdown.getParent());
        Size largest = sizes.isEmpty() ? null : sizes.getLast();
        List<BenchChart.Series> series = new ArrayList<>();
        if (largest != null && largest.portal() != null) series.add(new BenchChart.Series("Camket (HTTP)", "#1f6feb", largest.portal().runs()));
        if (largest != null && largest.pg() != null) series.add(new BenchChart.Series("PostgreSQL", "#d1242f", largest.pg().runs()));
        if (!series.isEmpty()) {
            Files.writeString(chart, BenchChart.svg("Search latency at " + largest.records() + " records, facets and highlighting", series));
        }
        Files.writeString(markdown, markdown(chart.getFileName().toString(), !series.isEmpty()));
    }

    String markdown(String chartFile, boolean withChart) {
        StringBuilder b = new StringBuilder("# Camket benchmark\n\n");
        b.append("- date: ").append(java.time.LocalDate.now()).append('\n');
        b.append("- machine: ").append(Machine.describe()).append('\n');
        b.append("- Java ").append(System.getProperty("java.version")).append(", benchmark heap ")
                .append(Runtime.getRuntime().maxMemory() / 1048576).append(" MB; the portal runs as its own process with -Xmx1g, started as bin/run starts it (JDK AOT cache of bin/portal-aot when it could be recorded)\n");
        if (postgresVersion != null) b.append("- PostgreSQL ").append(postgresVersion).append(" (Debian), fsync off, shared_buffers 512MB, work_mem 32MB\n");
        b.append("- command: `").append(command).append("`\n");
        b.append("- query mix (").append(Benchmark.MIX.size()).append(" requests): plain words, a phrase, queries without diacritics, two with two facet filters;"
                + " every request counts nine facets and highlights its page. Load runs last ").append(fmt(seconds, 0))
                .append(" s per concurrency level, each client sending its next request when answered.\n\n");

        b.append("## Build\n\n| records | build s | records/s | index MB | PostgreSQL load s | PostgreSQL GIN s | PostgreSQL MB |\n|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Size s : sizes) {
            if (s.build() == null) { b.append("| ").append(s.records()).append(" | – | – | – | – | – | – |\n"); continue; }
            b.append("| ").append(s.records()).append(" | ").append(fmt(s.build().seconds(), 1)).append(" | ")
                    .append(fmt(s.build().recordsPerSecond(), 0)).append(" | ").append(fmt(s.build().indexBytes() / 1048576.0, 1)).append(" | ");
            if (s.pg() != null) b.append(fmt(s.pg().loadSeconds(), 1)).append(" | ").append(fmt(s.pg().indexSeconds(), 1)).append(" | ")
                    .append(fmt(s.pg().bytes() / 1048576.0, 1)).append(" |\n");
            else b.append("– | – | – |\n");
        }

        b.append("\n## In process (one client)\n\n| records | open ms | heap MB | p50 ms | p95 ms | p99 ms | queries/s |\n|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Size s : sizes) {
            Benchmark.InProcess ip = s.inProcess();
            b.append("| ").append(s.records()).append(" | ").append(fmt(ip.openMillis(), 0)).append(" | ").append(fmt(ip.heapBytes() / 1048576.0, 0))
                    .append(" | ").append(fmt(ip.p50(), 1)).append(" | ").append(fmt(ip.p95(), 1)).append(" | ").append(fmt(ip.p99(), 1))
                    .append(" | ").append(fmt(ip.queriesPerSecond(), 0)).append(" |\n");
        }

        b.append("\n### Where the in-process time goes (mean ms per request, by stage)\n\n"
                + "Measured in the same run by `search.StageTimes`. A stage marked \"beside\" runs on another core while the request's own stages run;"
                + " the last column sums the request's own stages (the wait for the one beside included).\n\n");
        java.util.LinkedHashSet<String> stages = new java.util.LinkedHashSet<>();
        for (Size s : sizes) stages.addAll(s.inProcess().stageMillis().keySet());
        b.append("| records |");
        for (String st : stages) b.append(' ').append(st).append(" |");
        b.append(" request's own stages |\n|---:|").append("---:|".repeat(stages.size() + 1)).append('\n');
        for (Size s : sizes) {
            b.append("| ").append(s.records()).append(" |");
            double total = 0;
            for (String st : stages) {
                double v = s.inProcess().stageMillis().getOrDefault(st, 0.0);
                if (!s.inProcess().besideStages().contains(st)) total += v;
                b.append(' ').append(fmt(v, 2)).append(" |");
            }
            b.append(' ').append(fmt(total, 2)).append(" |\n");
        }

        b.append("\n### Each request of the mix (in process, ms)\n\n| records | request | p50 | slowest |\n|---:|---|---:|---:|\n");
        for (Size s : sizes) {
            for (Benchmark.PerRequest r : s.inProcess().perRequest()) {
                b.append("| ").append(s.records()).append(" | ").append(r.request().replace("|", "\\|")).append(" | ")
                        .append(fmt(r.p50(), 1)).append(" | ").append(fmt(r.max(), 1)).append(" |\n");
            }
        }

        b.append("\n## Over HTTP: Camket portal and PostgreSQL side by side\n\n");
        b.append("| records | engine | start-up s | heap MB | clients | requests/s | p50 ms | p95 ms | p99 ms | failures |\n|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Size s : sizes) {
            if (s.portal() != null) {
                for (LoadRun.Result r : s.portal().runs()) {
                    b.append("| ").append(s.records()).append(" | Camket | ").append(fmt(s.portal().startupSeconds(), 1)).append(" | ")
                            .append(s.portal().heapBytes() < 0 ? "–" : fmt(s.portal().heapBytes() / 1048576.0, 0)).append(" | ");
                    row(b, r);
                }
                for (LoadRun.Result r : s.portal().keptRuns()) {
                    b.append("| ").append(s.records()).append(" | Camket, answers kept (the mix asked again and again) | – | – | ");
                    row(b, r);
                }
            }
            if (s.pg() != null) {
                for (LoadRun.Result r : s.pg().runs()) {
                    b.append("| ").append(s.records()).append(" | PostgreSQL (JDBC) | – | – | ");
                    row(b, r);
                }
            }
        }
        b.append("\nCamket's figures are end to end over HTTP (JSON answer with facets and highlighted snippets); PostgreSQL's are two SQL"
                + " statements per request over JDBC (ranked, highlighted page of 20; the nine facet counts with GROUP BY), without a web layer."
                + " The Camket rows search every request (the portal run with `--camket.search-answers-kept=0`); the \"answers kept\" row is the"
                + " portal as it runs by default, keeping its last answers per index version, where the mix's eight requests, asked again and"
                + " again, are answered from memory: what a page that many people open at once costs, not a search. The goals are read from"
                + " the rows that search.\n");
        if (withChart) b.append("\n![latency against concurrency](").append(chartFile).append(")\n");

        if (relevance != null) {
            b.append("\n## Relevance on the judged queries (").append(relevance.queries()).append(" queries, bundled corpus)\n\n");
            b.append("| engine | P@10 | Recall@20 | Recall@100 | MRR | nDCG@10 | all plans in top 20 |\n|---|---:|---:|---:|---:|---:|---:|\n");
            relevanceRow(b, "Camket", relevance.camket(), relevance.camketCoverage());
            if (relevance.postgres() != null) relevanceRow(b, "PostgreSQL (unaccent, websearch_to_tsquery, ts_rank)", relevance.postgres(), relevance.postgresCoverage());
        }

        if (!sizes.isEmpty()) goals(b, sizes.getLast());
        return b.toString();
    }

    private void goals(StringBuilder b, Size s) {
        b.append("\n## Goals at ").append(s.records()).append(" records\n\n| goal | measured | met |\n|---|---:|---|\n");
        if (s.build() != null) goal(b, "build ≥ 20,000 records/s", fmt(s.build().recordsPerSecond(), 0), s.build().recordsPerSecond() >= 20_000);
        goal(b, "in-process p99 ≤ 50 ms", fmt(s.inProcess().p99(), 1) + " ms", s.inProcess().p99() <= 50);
        if (s.portal() != null) {
            LoadRun.Result r32 = s.portal().runs().stream().filter(r -> r.clients() == 32).findFirst().orElse(null);
            if (r32 != null) goal(b, "HTTP, 32 clients: ≥ 500 requests/s at p99 ≤ 200 ms", fmt(r32.throughput(), 0) + "/s, p99 " + fmt(r32.p99(), 0) + " ms",
                    r32.throughput() >= 500 && r32.p99() <= 200);
            goal(b, "portal heap ≤ 1 GB", s.portal().heapBytes() < 0 ? "–" : fmt(s.portal().heapBytes() / 1048576.0, 0) + " MB (ran with -Xmx1g)",
                    s.portal().heapBytes() >= 0 && s.portal().heapBytes() <= 1L << 30);
            goal(b, "start-up ≤ 5 s", fmt(s.portal().startupSeconds(), 1) + " s", s.portal().startupSeconds() <= 5);
            if (s.pg() != null) {
                boolean faster = true;
                StringBuilder m = new StringBuilder();
                for (LoadRun.Result r : s.portal().runs()) {
                    LoadRun.Result p = s.pg().runs().stream().filter(x -> x.clients() == r.clients()).findFirst().orElse(null);
                    if (p == null) continue;
                    faster &= r.throughput() > p.throughput() && r.p99() < p.p99();
                    m.append(r.clients()).append(": ").append(fmt(r.throughput(), 0)).append(" vs ").append(fmt(p.throughput(), 0)).append("/s; ");
                }
                goal(b, "faster than PostgreSQL at every concurrency (throughput and p99)", m.toString().strip(), faster);
            }
        }
        if (relevance != null && relevance.postgres() != null) {
            goal(b, "higher recall than PostgreSQL (Recall@100)", fmt(relevance.camket().r100(), 3) + " vs " + fmt(relevance.postgres().r100(), 3),
                    relevance.camket().r100() > relevance.postgres().r100());
        }
    }

    private static void goal(StringBuilder b, String goal, String measured, boolean met) {
        b.append("| ").append(goal).append(" | ").append(measured).append(" | ").append(met ? "yes" : "**no**").append(" |\n");
    }

    private static void row(StringBuilder b, LoadRun.Result r) {
        b.append(r.clients()).append(" | ").append(fmt(r.throughput(), 0)).append(" | ").append(fmt(r.p50(), 1)).append(" | ")
                .append(fmt(r.p95(), 1)).append(" | ").append(fmt(r.p99(), 1)).append(" | ").append(r.failures()).append(" |\n");
    }

    private static void relevanceRow(StringBuilder b, String engine, RelevanceEvaluator.Figures f, double coverage) {
        b.append("| ").append(engine).append(" | ").append(fmt(f.p10(), 3)).append(" | ").append(fmt(f.r20(), 3)).append(" | ")
                .append(fmt(f.r100(), 3)).append(" | ").append(fmt(f.mrr(), 3)).append(" | ").append(fmt(f.ndcg10(), 3)).append(" | ")
                .append(fmt(coverage, 2)).append(" |\n");
    }

    static String fmt(double v, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }

    /** What the benchmark ran on: cores, memory and processor as the system reports them. */
    static final class Machine {
        static String describe() {
            String cpu = "", mem = "";
            try {
                cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                        .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("");
                mem = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                        .findFirst().map(l -> fmt(Long.parseLong(l.replaceAll("\\D", "")) / 1048576.0, 0) + " GB RAM").orElse("");
            } catch (IOException | RuntimeException e) {
                // not Linux: cores are still known
            }
            return Runtime.getRuntime().availableProcessors() + " cores" + (cpu.isEmpty() ? "" : " (" + cpu + ")") + (mem.isEmpty() ? "" : ", " + mem);
        }
    }
}
