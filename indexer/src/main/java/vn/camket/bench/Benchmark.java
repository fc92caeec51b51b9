package vn.camket.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
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
import vn.camket.search.StageTimes;

/**
 * Camket's own figures for one corpus size: index build time and records/s, size on disk, then,
 * with the corpus out of memory, opening time, heap and in-process search latency for a fixed
 * query mix (facet counts and highlighting on every request).
 */
public final class Benchmark {
    /** The query mix: plain words, a phrase, no diacritics, and two facet filters. */
    public static final List<SearchRequest> MIX = List.of(
            SearchRequest.of("chuyển đổi số"),
            SearchRequest.of("phủ sóng 5G"),
            SearchRequest.of("dịch vụ công trực tuyến"),
            SearchRequest.of("\"đô thị thông minh\""),
            SearchRequest.of("chuyen doi so doanh nghiep nho va vua"),
            SearchRequest.of("thu hut nhan luc chat luong cao"),
            SearchRequest.of("kinh tế số").withFilter("type", "task").withFilter("theme", "doanh-nghiep"),
            SearchRequest.of("đào tạo kỹ năng số").withFilter("type", "task").withFilter("deadline", "2026"));

    public record Build(int records, double seconds, long indexBytes) {
        public double recordsPerSecond() {
            return records / seconds;
        }
    }

    /**
     * In-process figures; {@code stageMillis}: each search stage's mean milliseconds per request;
     * {@code besideStages}: those run on another thread beside the rest (not part of the sum).
     */
    public record InProcess(double openMillis, long heapBytes, double p50, double p95, double p99, double queriesPerSecond,
                            java.util.Map<String, Double> stageMillis, java.util.Set<String> besideStages,
                            List<PerRequest> perRequest) {}

    /** One request of the mix: its median and slowest time in the run (the p99 is the slowest requests' figure). */
    public record PerRequest(String request, double p50, double max) {}

    /** A request of the mix as the report names it: its words and filters. */
    static String describe(SearchRequest r) {
        StringBuilder b = new StringBuilder(r.q());
        new java.util.TreeMap<>(r.filters()).forEach((dim, values) -> b.append(" [").append(dim).append('=').append(String.join(",", values)).append(']'));
        return b.toString();
    }

    public Build build(SyllableModel model, List<ParsedPlan> synthetic, Path work) throws IOException {
        IndexStore store = new IndexStore(work);
        long t0 = System.nanoTime();
        var report = IndexBuilder.withDefaults().publish(synthetic, model, store, Analysis.VIETNAMESE, null, List.of());
        double seconds = (System.nanoTime() - t0) / 1e9;
        long bytes;
        try (Stream<Path> s = Files.walk(store.current().orElseThrow())) {
            bytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        return new Build(report.records(), seconds, bytes);
    }

    public InProcess search(Path work, int queries) throws IOException {
        long o0 = System.nanoTime();
        try (IndexHolder holder = new IndexHolder(new IndexStore(work))) {
            holder.refresh();
            double openMillis = (System.nanoTime() - o0) / 1e6;
            SearchService search = new SearchService(holder);
            for (int i = 0; i < Math.min(200, queries); i++) search.search(MIX.get(i % MIX.size()));
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            double[] ms = new double[queries];
            double[][] byRequest = new double[MIX.size()][(queries + MIX.size() - 1) / MIX.size()];
            StageTimes stages = new StageTimes();
            long q0 = System.nanoTime();
            for (int i = 0; i < queries; i++) {
                long s0 = System.nanoTime();
                search.search(MIX.get(i % MIX.size()), stages);
                ms[i] = (System.nanoTime() - s0) / 1e6;
                byRequest[i % MIX.size()][i / MIX.size()] = ms[i];
            }
            double qps = queries / ((System.nanoTime() - q0) / 1e9);
            Arrays.sort(ms);
            List<PerRequest> perRequest = new java.util.ArrayList<>();
            for (int r = 0; r < MIX.size(); r++) {
                // requests not run (fewer queries than the mix) are left out
                int n = Math.max(0, (queries - r + MIX.size() - 1) / MIX.size());
                if (n == 0) continue;
                double[] own = Arrays.copyOf(byRequest[r], n);
                Arrays.sort(own);
                perRequest.add(new PerRequest(describe(MIX.get(r)), LoadRun.percentile(own, 0.50), own[n - 1]));
            }
            return new InProcess(openMillis, heap, LoadRun.percentile(ms, 0.50), LoadRun.percentile(ms, 0.95),
                    LoadRun.percentile(ms, 0.99), qps, stages.meanMillis(), stages.besides(), perRequest);
        }
    }
}
