package vn.camket.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one kind of request from a number of concurrent clients for a fixed time, each client
 * sending its next request as soon as the last one is answered, and reports throughput and latency
 * percentiles. The same runner drives the portal over HTTP and PostgreSQL, so both are measured alike.
 */
public final class LoadRun {
    /** One request of the mix; the argument is the request's index, so each client walks the mix. */
    @FunctionalInterface
    public interface Request {
        void send(int index) throws Exception;
    }

    /** A client's connection or state, made once per client thread. */
    @FunctionalInterface
    public interface ClientFactory {
        Request client() throws Exception;
    }

    public record Result(int clients, long requests, long failures, double seconds, double p50, double p95, double p99) {
        public double throughput() {
            return requests / seconds;
        }
    }

    public static Result run(int clients, double seconds, ClientFactory factory) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<double[]>> futures = new ArrayList<>();
            long[] failures = new long[clients];
            long start = System.nanoTime();
            long end = start + (long) (seconds * 1e9);
            for (int c = 0; c < clients; c++) {
                final int client = c;
                futures.add(pool.submit(() -> {
                    Request r = factory.client();
                    double[] ms = new double[1024];
                    int n = 0;
                    for (int i = client; System.nanoTime() < end; i += clients) {
                        long t0 = System.nanoTime();
                        try {
                            r.send(i);
                        } catch (Exception e) {
                            failures[client]++;
                        }
                        if (n == ms.length) ms = Arrays.copyOf(ms, n * 2);
                        ms[n++] = (System.nanoTime() - t0) / 1e6;
                    }
                    if (r instanceof AutoCloseable closeable) closeable.close();
                    return Arrays.copyOf(ms, n);
                }));
            }
            List<double[]> all = new ArrayList<>();
            for (Future<double[]> f : futures) all.add(f.get());
            double elapsed = (System.nanoTime() - start) / 1e9;
            double[] merged = all.stream().flatMapToDouble(Arrays::stream).sorted().toArray();
            return new Result(clients, merged.length, Arrays.stream(failures).sum(), elapsed,
                    percentile(merged, 0.50), percentile(merged, 0.95), percentile(merged, 0.99));
        } finally {
            pool.shutdownNow();
        }
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p * sorted.length) - 1))];
    }
}
