package vn.camket.web.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camket.index.IndexBuilder;
import vn.camket.index.IndexHolder;
import vn.camket.index.IndexStore;
import vn.camket.search.SearchRequest;
import vn.camket.search.SearchService;
import vn.camket.web.config.CamketProperties;

/** At start-up a missing or corrupt index is rebuilt from the corpus, and then served. */
class IndexLifecycleTest {
    @TempDir Path dir;
    final Path corpus = vn.camket.web.TestCorpus.bundled();

    @Test
    void missingIndexIsBuiltAtStartUp() throws Exception {
        IndexStore store = new IndexStore(dir.resolve("missing"));
        try (IndexHolder holder = new IndexHolder(store)) {
            new IndexLifecycle(holder, new CamketProperties(corpus, store.root(), 100, 0, null)).open();
            assertThat(new SearchService(holder).search(SearchRequest.of("5G")).total()).isPositive();
        }
    }

    @Test
    void corruptIndexIsRebuiltAtStartUp() throws Exception {
        IndexStore store = new IndexStore(dir.resolve("corrupt"));
        IndexBuilder.withDefaults().build(corpus, store, f -> { });
        Path broken = store.current().orElseThrow();
        try (Stream<Path> files = Files.list(broken.resolve("lucene"))) {
            for (Path f : files.toList()) Files.write(f, new byte[] {0});
        }
        try (IndexHolder holder = new IndexHolder(store)) {
            new IndexLifecycle(holder, new CamketProperties(corpus, store.root(), 100, 0, null)).open();
            assertThat(store.current().orElseThrow()).isNotEqualTo(broken);
            assertThat(new SearchService(holder).search(SearchRequest.of("5G")).total()).isPositive();
        }
    }
}
