package vn.camket.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import vn.camket.analysis.SyllableModel;

/**
 * Serves the current index of an {@link IndexStore} and switches to a newly published one without
 * a failed request: the new snapshot is opened first, then swapped in; requests that hold the old
 * one finish on it, and it closes when the last of them releases it.
 */
public final class IndexHolder implements Closeable {
    private final IndexStore store;
    private final AtomicReference<IndexSnapshot> current = new AtomicReference<>();

    public IndexHolder(IndexStore store) {
        this.store = store;
    }

    public IndexStore store() {
        return store;
    }

    /** Opens the published index if it is not the one served; returns whether anything is served. */
    public synchronized boolean refresh() throws IOException {
        Optional<Path> gen = store.current();
        if (gen.isEmpty()) return current.get() != null;
        String version = gen.get().getFileName().toString();
        IndexSnapshot now = current.get();
        if (now != null && now.version().equals(version)) return true;
        // the syllable model is read while the index opens: each takes about a second at a million records
        Path modelFile = gen.get().resolve(IndexStore.MODEL_FILE);
        var modelRead = java.util.concurrent.CompletableFuture.supplyAsync(() -> readModel(modelFile));
        DirectoryReader reader = DirectoryReader.open(FSDirectory.open(gen.get().resolve("lucene")));
        SyllableModel model;
        try {
            model = modelRead.join();
        } catch (java.util.concurrent.CompletionException e) {
            reader.close();
            if (e.getCause() instanceof java.io.UncheckedIOException io) throw io.getCause();
            throw e;
        }
        Path analysisFile = gen.get().resolve(IndexStore.ANALYSIS_FILE);
        Analysis analysis = java.nio.file.Files.exists(analysisFile)
                ? Analysis.valueOf(java.nio.file.Files.readString(analysisFile).strip()) : Analysis.VIETNAMESE;
        // the search box's suggestions can wait: loaded on a thread of their own, so the index serves
        // searches without waiting for them (they are a start-up cost that grows with the corpus)
        Path suggestionsFile = gen.get().resolve(Suggestions.FILE);
        var suggestions = java.util.concurrent.CompletableFuture.supplyAsync(() -> loadQuietly(suggestionsFile), LOADER);
        IndexSnapshot next = new IndexSnapshot(reader, analysis.queryAnalyzer(model), version, suggestions);
        IndexSnapshot old = current.getAndSet(next);
        if (old != null) old.release(); // the holder's own reference; requests still holding it keep it open
        return true;
    }

    private static final java.util.concurrent.Executor LOADER = java.util.concurrent.Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("camket-suggestions").daemon().factory());

    private static SyllableModel readModel(Path file) {
        try {
            return SyllableModel.read(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Suggestions loadQuietly(Path file) {
        try {
            return Suggestions.load(file);
        } catch (IOException | RuntimeException e) {
            // without suggestions the search box still searches
            return null;
        }
    }

    /** The snapshot to run one request on; release it when done. Empty when no index is published yet. */
    public Optional<IndexSnapshot> acquire() {
        while (true) {
            IndexSnapshot s = current.get();
            if (s == null) return Optional.empty();
            if (s.tryIncRef()) return Optional.of(s);
            // it was just replaced and closed: take the new one
        }
    }

    @Override
    public synchronized void close() {
        IndexSnapshot s = current.getAndSet(null);
        if (s != null) s.release();
    }
}
