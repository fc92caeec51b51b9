package vn.camket.reliability;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the fuzz and load scenarios against a running portal and reports what came back: requests
 * sent, failures (no answer), 5xx, slowest answer, and script payloads tried and found escaped.
 */
public final class ReliabilityReport {
    /** The figures of one run. */
    public record Result(int sent, int failures, int serverErrors, long maxMillis, int payloadsTried, int payloadsEscaped,
                         List<String> examples) {
        public void print(PrintStream out) {
            out.printf(Locale.ROOT, "requests sent        %d%n", sent);
            out.printf(Locale.ROOT, "failures (no answer) %d%n", failures);
            out.printf(Locale.ROOT, "5xx answers          %d%n", serverErrors);
            out.printf(Locale.ROOT, "slowest answer       %d ms%n", maxMillis);
            out.printf(Locale.ROOT, "payloads tried       %d%n", payloadsTried);
            out.printf(Locale.ROOT, "payloads escaped     %d%n", payloadsEscaped);
            for (String e : examples) out.println("  e.g. " + e);
        }
    }

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public ReliabilityReport(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public Result run(long seed, int requests, int concurrency) throws InterruptedException {
        AtomicInteger sent = new AtomicInteger(), failures = new AtomicInteger(), errors = new AtomicInteger();
        AtomicInteger tried = new AtomicInteger(), escaped = new AtomicInteger();
        AtomicLong max = new AtomicLong();
        List<String> examples = java.util.Collections.synchronizedList(new ArrayList<>());
        RequestFuzzer fuzzer = new RequestFuzzer(seed);
        List<RequestFuzzer.Request> all = new ArrayList<>();
        for (int i = 0; i < requests; i++) all.add(fuzzer.next());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, concurrency));
        for (RequestFuzzer.Request r : all) {
            pool.submit(() -> {
                long t0 = System.nanoTime();
                try {
                    HttpResponse<String> resp = http.send(HttpRequest.newBuilder(URI.create(base + r.pathAndQuery()))
                            .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
                    if (resp.statusCode() >= 500) {
                        errors.incrementAndGet();
                        if (examples.size() < 5) examples.add(resp.statusCode() + " " + r.pathAndQuery());
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                    if (examples.size() < 5) examples.add("no answer (" + e.getClass().getSimpleName() + ") " + r.pathAndQuery());
                } finally {
                    sent.incrementAndGet();
                    max.accumulateAndGet((System.nanoTime() - t0) / 1_000_000, Math::max);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
        // every payload, as a query and as a facet value, on the HTML pages: never echoed raw
        for (String payload : RequestFuzzer.PAYLOADS) {
            for (String path : List.of("/search?q=", "/search?province=", "/search?q=x&agency=")) {
                tried.incrementAndGet();
                try {
                    HttpResponse<String> resp = http.send(HttpRequest.newBuilder(URI.create(base + path + RequestFuzzer.encode(payload)))
                            .GET().build(), HttpResponse.BodyHandlers.ofString());
                    boolean raw = payload.contains("<") && resp.body().contains(payload);
                    if (!raw && resp.statusCode() < 500) escaped.incrementAndGet();
                    else if (examples.size() < 5) examples.add("not escaped: " + path + payload);
                } catch (Exception e) {
                    if (examples.size() < 5) examples.add("no answer for payload " + payload);
                }
            }
        }
        return new Result(sent.get(), failures.get(), errors.get(), max.get(), tried.get(), escaped.get(), examples);
    }
}
