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
            for (int c = 0; c < 4; c++) {
                Thread t = new Thread(() -> {
                    while (!done.get()) {
                        try {
                            SearchResponse r = search.search(SearchRequest.of("chuyển đổi số"));
                            if (r.total() != expected) failures.add(new AssertionError("total " + r.total() + " from " + r.indexVersion()));
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
            for (int i = 0; i < 2; i++) {
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
