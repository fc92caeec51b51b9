package vn.camket.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import vn.camket.analysis.SyllableModel;
import vn.camket.index.Analysis;
import vn.camket.index.IndexBuilder;
import vn.camket.index.IndexHolder;
import vn.camket.index.IndexStore;
import vn.camket.model.ParsedPlan;
import vn.camket.search.SearchRequest;
import vn.camket.search.SearchService;

/**
 * Builds an index of a synthetic corpus of a given size and measures it: build time and
 * records/s, size on disk, heap after the build, opening time, and in-process search latency for
 * a fixed query mix (facet counts and highlighting on every request).
 */
public final class Benchmark {
    /** The query mix: plain words, a phrase, no diacritics, and two facet filters. */
    static final List<SearchRequest> MIX = List.of(
            SearchRequest.of("chuyển đổi số"),
            SearchRequest.of("phủ sóng 5G"),
            SearchRequest.of("dịch vụ công trực tuyến"),
            SearchRequest.of("\"đô thị thông minh\""),
            SearchRequest.of("chuyen doi so doanh nghiep nho va vua"),
            SearchRequest.of("thu hut nhan luc chat luong cao"),
            SearchRequest.of("kinh tế số").withFilter("type", "task").withFilter("theme", "doanh-nghiep"),
            SearchRequest.of("đào tạo kỹ năng số").withFilter("type", "task").withFilter("deadline", "2026"));

    /** The figures of one size. */
    public record Figures(int records, double buildSeconds, double recordsPerSecond, long indexBytes, long heapBytes,
                          double openMillis, double p50, double p95, double p99, double queriesPerSecond) {}

    public Figures run(List<ParsedPlan> real, SyllableModel model, List<ParsedPlan> synthetic, Path work, int queries) throws IOException {
        IndexStore store = new IndexStore(work);
        int records = synthetic.stream().mapToInt(p -> p.clauses().size() + p.tasks().size() + p.targets().size()).sum();
        long t0 = System.nanoTime();
        IndexBuilder.withDefaults().publish(synthetic, model, store, Analysis.VIETNAMESE, null, List.of());
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        long bytes;
        try (Stream<Path> s = Files.walk(store.current().orElseThrow())) {
            bytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        long o0 = System.nanoTime();
        try (IndexHolder holder = new IndexHolder(store)) {
            holder.refresh();
            double openMillis = (System.nanoTime() - o0) / 1e6;
            SearchService search = new SearchService(holder);
            for (int i = 0; i < Math.min(100, queries); i++) search.search(MIX.get(i % MIX.size()));
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            double[] ms = new double[queries];
            long q0 = System.nanoTime();
            for (int i = 0; i < queries; i++) {
                long s0 = System.nanoTime();
                search.search(MIX.get(i % MIX.size()));
                ms[i] = (System.nanoTime() - s0) / 1e6;
            }
            double qps = queries / ((System.nanoTime() - q0) / 1e9);
            Arrays.sort(ms);
            return new Figures(records, buildSeconds, records / buildSeconds, bytes, heap, openMillis,
                    pct(ms, 0.50), pct(ms, 0.95), pct(ms, 0.99), qps);
        }
    }

    private static double pct(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    public static String markdown(List<Figures> rows, String command) {
        StringBuilder b = new StringBuilder();
        b.append("# Camket benchmark\n\n");
        b.append("- date: ").append(java.time.LocalDate.now()).append('\n');
        b.append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, max heap ")
                .append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MB, Java ").append(System.getProperty("java.version")).append('\n');
        b.append("- command: `").append(command).append("`\n");
        b.append("- query mix: ").append(MIX.size()).append(" queries (plain words, a phrase, no diacritics, two facet filters), "
                + "facet counts and highlighting on every request, one client, in process\n\n");
        b.append("| records | build s | records/s | index MB | heap MB | open ms | p50 ms | p95 ms | p99 ms | queries/s |\n");
        b.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Figures f : rows) {
            b.append(String.format(java.util.Locale.ROOT, "| %d | %.1f | %.0f | %.1f | %.0f | %.0f | %.1f | %.1f | %.1f | %.0f |%n",
                    f.records(), f.buildSeconds(), f.recordsPerSecond(), f.indexBytes() / 1048576.0, f.heapBytes() / 1048576.0,
                    f.openMillis(), f.p50(), f.p95(), f.p99(), f.queriesPerSecond()));
        }
        b.append("\nNot measured yet: search over HTTP with 1, 8 and 32 clients, and PostgreSQL full-text search side by side.\n");
        return b.toString();
    }
}
