package vn.camket.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camket.TestPaths;

class IndexStoreTest {
    @TempDir Path dir;

    @Test
    void nothingIsServedBeforeTheFirstBuild() throws Exception {
        IndexStore store = new IndexStore(dir.resolve("none"));
        assertThat(store.current()).isEmpty();
        try (IndexHolder holder = new IndexHolder(store)) {
            assertThat(holder.refresh()).isFalse();
            assertThat(holder.acquire()).isEmpty();
        }
    }

    @Test
    void aCorruptPublishedIndexFailsToOpenWithAnError() throws Exception {
        IndexStore store = new IndexStore(dir.resolve("corrupt"));
        IndexBuilder.withDefaults().build(TestPaths.corpus(), store, f -> { });
        Path lucene = store.current().orElseThrow().resolve("lucene");
        try (Stream<Path> files = Files.list(lucene)) {
            for (Path f : files.toList()) Files.write(f, new byte[] {1, 2, 3});
        }
        try (IndexHolder holder = new IndexHolder(store)) {
            assertThatThrownBy(holder::refresh).isInstanceOf(java.io.IOException.class);
        }
    }

    @Test
    void aPointerNamingAFolderOutsideTheRootIsIgnored() throws Exception {
        IndexStore store = new IndexStore(dir.resolve("evil"));
        Files.createDirectories(store.root());
        Files.writeString(store.root().resolve("CURRENT"), "../../etc\n");
        assertThat(store.current()).isEmpty();
    }
}
