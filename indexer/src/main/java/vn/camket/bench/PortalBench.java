package vn.camket.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.camket.io.JsonLines;
import vn.camket.search.SearchRequest;

/**
 * The portal measured as users meet it: started as its own process (with a 1 GB heap) on an
 * existing index, timed until it answers a search, then loaded over HTTP by 1, 8 and 32 clients
 * sending the query mix to {@code /api/search} (facet counts and highlighted snippets in every answer).
 * It starts as {@code bin/run} starts it: with the JDK AOT cache {@code bin/portal-aot} records
 * (once per benchmark, see {@link #prepare}), or from the jar alone where that script is missing.
 */
public final class PortalBench {
    /**
     * {@code runs}: the search engine's figures (the portal keeps no answers, so every request is
     * searched); {@code keptRuns}: the same mix with the portal keeping its answers (as it does by
     * default), where a request asked before is answered from memory: what a page many people open at
     * once costs, not what a search costs.
     */
    public record Figures(double startupSeconds, long heapBytes, List<LoadRun.Result> runs, List<LoadRun.Result> keptRuns) {}

    private final Path webappJar;
    private final String maxHeap;
    /** The extracted jar and its AOT cache, once {@link #prepare} made them. */
    private Path aotDir;

    public PortalBench(Path webappJar, String maxHeap) {
        this.webappJar = webappJar;
        this.maxHeap = maxHeap;
    }

    /**
     * Records the AOT cache with {@code bin/portal-aot} (a training start on a throw-away index of
     * the corpus) in {@code dir}; returns whether the portal will start with it.
     */
    public boolean prepare(Path dir, Path corpus, Path log) throws IOException, InterruptedException {
        Path script = Path.of("bin", "portal-aot");
        if (!java.nio.file.Files.isExecutable(script)) return false;
        Process p = new ProcessBuilder(script.toString(), webappJar.toString(), dir.toString(), "--camket.corpus=" + corpus,
                "--camket.index=" + dir.resolveSibling(dir.getFileName() + "-training-index"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ok = p.waitFor() == 0 && java.nio.file.Files.exists(dir.resolve("app.aot"));
        aotDir = ok ? dir : null;
        return ok;
    }

    public Figures run(Path index, Path corpus, List<SearchRequest> mix, List<Integer> clients, double seconds, Path log) throws Exception {
        Figures searched = run(index, corpus, mix, clients, seconds, log, 0);
        // answers kept: at the most clients only (a cached answer costs the same at any concurrency)
        Figures kept = run(index, corpus, mix, List.of(clients.stream().max(Integer::compare).orElse(1)), seconds,
                log.resolveSibling(log.getFileName() + ".kept"), KEPT_ANSWERS);
        return new Figures(searched.startupSeconds(), searched.heapBytes(), searched.runs(), kept.runs());
    }

    /** As many answers as the portal keeps by default. */
    static final int KEPT_ANSWERS = 500;

    private Figures run(Path index, Path corpus, List<SearchRequest> mix, List<Integer> clients, double seconds, Path log, int keptAnswers)
            throws Exception {
        int port = freePort();
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(javaBin, "-Xmx" + maxHeap, "--sun-misc-unsafe-memory-access=allow"));
        if (aotDir != null) command.addAll(List.of("-XX:AOTCache=" + aotDir.resolve("app.aot"), "-jar",
                aotDir.resolve("app").resolve(webappJar.getFileName()).toString()));
        else command.addAll(List.of("-jar", webappJar.toString()));
        command.addAll(List.of("--camket.index=" + index, "--camket.corpus=" + corpus, "--server.port=" + port,
                "--camket.search-answers-kept=" + keptAnswers));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://127.0.0.1:" + port;
        long t0 = System.nanoTime();
        Process portal = pb.start();
        try {
            URI probe = URI.create(base + "/api/search?q=" + enc("chuyển đổi số"));
            while (!answers(http, probe)) {
                if (!portal.isAlive()) throw new IOException("the portal stopped while starting; see " + log);
                if (System.nanoTime() - t0 > 180e9) throw new IOException("the portal did not answer within 180 s; see " + log);
                Thread.sleep(50);
            }
            double startup = (System.nanoTime() - t0) / 1e9;
            List<URI> uris = mix.stream().map(r -> URI.create(base + "/api/search?" + query(r))).toList();
            LoadRun.ClientFactory client = () -> i -> {
                HttpResponse<byte[]> res = http.send(HttpRequest.newBuilder(uris.get(i % uris.size())).timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (res.statusCode() != 200) throw new IOException("HTTP " + res.statusCode());
            };
            LoadRun.run(4, Math.min(5, seconds), client); // warm-up: JIT, caches
            List<LoadRun.Result> runs = new ArrayList<>();
            for (int c : clients) runs.add(LoadRun.run(c, seconds, client));
            return new Figures(startup, heapUsed(http, base), runs, List.of());
        } finally {
            portal.destroy();
            if (!portal.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) portal.destroyForcibly();
        }
    }

    /** The query string of a search request: {@code q} and one parameter per facet value. */
    static String query(SearchRequest r) {
        StringBuilder b = new StringBuilder("q=").append(enc(r.q()));
        for (Map.Entry<String, List<String>> f : r.filters().entrySet()) {
            for (String v : f.getValue()) b.append('&').append(enc(f.getKey())).append('=').append(enc(v));
        }
        return b.toString();
    }

    private static boolean answers(HttpClient http, URI uri) {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static long heapUsed(HttpClient http, String base) {
        try {
            var res = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/metrics/jvm.memory.used?tag=area:heap")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return (long) JsonLines.MAPPER.readTree(res.body()).path("measurements").path(0).path("value").asDouble(-1);
        } catch (Exception e) {
            return -1;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
