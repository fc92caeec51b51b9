package vn.camket.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camket.TestPaths;
import vn.camket.search.SearchRequest;
import vn.camket.search.SearchResponse;
import vn.camket.search.SearchService;

/** Rebuilds switch atomically: searches running meanwhile never fail and each sees one whole index. */
class RebuildDuringSearchTest {
    @TempDir Path dir;

    /** 16 clients search while the index is rebuilt three times: no request fails, each answer is one whole index's. */
    @Test
    void searchesDuringRebuildsNeverFail() throws Exception {
        IndexStore store = new IndexStore(dir.resolve("index"));
        IndexBuilder builder = IndexBuilder.withDefaults();
        builder.build(TestPaths.corpus(), store, f -> { });
        try (IndexHolder holder = new IndexHolder(store)) {
            holder.refresh();
            SearchService search = new SearchService(holder);
            long expected = search.search(SearchRequest.of("chuyển đổi số")).total();
            AtomicBoolean done = new AtomicBoolean();
            AtomicInteger requests = new AtomicInteger();
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> versions = new ConcurrentLinkedQueue<>();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < 16; c++) {
                Thread t = new Thread(() -> {
                    while (!done.get()) {
                        try {
                            SearchResponse r = search.search(SearchRequest.of("chuyển đổi số"));
                            // on a machine too busy to answer within the time limit the answer says it is partial
                            // ("timed-out"); any other answer is one whole index's
                            if (r.notes().contains("timed-out")) { requests.incrementAndGet(); continue; }
                            if (r.total() != expected) failures.add(new AssertionError("total " + r.total() + " from " + r.indexVersion()));
                            long byType = r.facets().get("type").stream().mapToLong(vn.camket.search.FacetValue::count).sum();
                            if (byType != r.total()) failures.add(new AssertionError("facets of another index: " + byType + " vs " + r.total()));
                            versions.add(r.indexVersion());
                            requests.incrementAndGet();
                        } catch (Throwable e) {
                            failures.add(e);
                        }
                    }
                });
                t.start();
                clients.add(t);
            }
            for (int i = 0; i < 3; i++) {
                builder.build(TestPaths.corpus(), store, f -> { });
                holder.refresh();
            }
            Thread.sleep(200);
            done.set(true);
            for (Thread t : clients) t.join();
            assertThat(failures).isEmpty();
            assertThat(requests.get()).isPositive();
            assertThat(versions.stream().distinct().count()).isGreaterThan(1);
        }
    }

    /** The indexer command killed while it writes: the published index is untouched and still serves. */
    @Test
    void killingTheIndexerMidBuildLeavesTheServedIndexIntact() throws Exception {
        IndexStore store = new IndexStore(dir.resolve("killed"));
        IndexBuilder.withDefaults().build(TestPaths.corpus(), store, f -> { });
        Path served = store.current().orElseThrow();
        boolean killedMidBuild = false;
        for (int attempt = 0; attempt < 3 && !killedMidBuild; attempt++) {
            java.util.Set<Path> before;
            try (var s = Files.list(store.root())) { before = s.collect(java.util.stream.Collectors.toSet()); }
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), "vn.camket.cli.CamketCli", "index", TestPaths.corpus().toString(), store.root().toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            long deadline = System.currentTimeMillis() + 60_000;
            while (p.isAlive() && System.currentTimeMillis() < deadline) {
                try (var s = Files.list(store.root())) {
                    if (s.anyMatch(f -> !before.contains(f) && f.getFileName().toString().startsWith("gen-"))) break;
                }
                Thread.sleep(5);
            }
            p.destroyForcibly().waitFor();
            killedMidBuild = store.current().orElseThrow().equals(served);
        }
        assertThat(killedMidBuild).as("the kill landed mid-build").isTrue();
        assertThat(store.current()).contains(served);
        try (IndexHolder holder = new IndexHolder(store)) {
            assertThat(holder.refresh()).isTrue();
            assertThat(new SearchService(holder).search(SearchRequest.of("5G")).total()).isPositive();
        }
    }

    @Test
    void aBuildThatDiesLeavesThePublishedIndexServing() throws Exception {
        IndexStore store = new IndexStore(dir.resolve("index2"));
        IndexBuilder.withDefaults().build(TestPaths.corpus(), store, f -> { });
        Path served = store.current().orElseThrow();
        // a crashed build: a generation folder with half-written files and no completion mark
        Path crashed = store.newGeneration();
        Files.writeString(crashed.resolve("junk"), "partial");
        assertThat(store.current()).contains(served);
        try (IndexHolder holder = new IndexHolder(store)) {
            assertThat(holder.refresh()).isTrue();
            assertThat(new SearchService(holder).search(SearchRequest.of("5G")).total()).isPositive();
        }
    }
}
