package vn.camket.index;

import java.io.IOException;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.analysis.Analyzer;

/**
 * One open index version: its searcher, facet state and query analyzer (with the syllable model
 * the index was built with). Reference counted: a request acquires it and releases it, and a
 * replaced snapshot closes when its last request is done.
 */
public final class IndexSnapshot {
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SortedSetDocValuesReaderState facetState;
    private final Analyzer queryAnalyzer;
    private final String version;
    /** Loaded beside the first searches (see {@link IndexHolder#refresh}); null when they could not be read. */
    private final java.util.concurrent.CompletableFuture<Suggestions> suggestions;

    IndexSnapshot(DirectoryReader reader, Analyzer queryAnalyzer, String version,
                  java.util.concurrent.CompletableFuture<Suggestions> suggestions) throws IOException {
        this.suggestions = suggestions;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.facetState = new DefaultSortedSetDocValuesReaderState(reader, IndexFields.facetsConfig());
        this.queryAnalyzer = queryAnalyzer;
        this.version = version;
    }

    /**
     * Values worked out once per index version, by key (each plan's metadata a hit shows): an open
     * index never changes, and a rebuild is a new snapshot with an empty memo. Bounded by what the
     * index holds (a key per plan).
     */
    private final java.util.concurrent.ConcurrentHashMap<String, Object> memo = new java.util.concurrent.ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    public <T> T memo(String key, java.util.function.Function<String, T> compute) {
        return (T) memo.computeIfAbsent(key, compute);
    }

    public IndexSearcher searcher() { return searcher; }
    public SortedSetDocValuesReaderState facetState() { return facetState; }
    public Analyzer queryAnalyzer() { return queryAnalyzer; }
    /** Which build this is (the generation folder's name): every response names the one it came from. */
    public String version() { return version; }

    /** The search box's suggestions; the first call waits until they are loaded. Null when they could not be. */
    public Suggestions suggestions() { return suggestions.join(); }

    private static void closeQuietly(Suggestions s) {
        if (s == null) return;
        try {
            s.close();
        } catch (IOException e) {
            // an in-memory suggester of an index no longer served: nothing to do about it
        }
    }

    boolean tryIncRef() { return reader.tryIncRef(); }

    public void release() {
        try {
            boolean last = reader.getRefCount() == 1;
            reader.decRef();
            if (last) suggestions.thenAccept(IndexSnapshot::closeQuietly);
        } catch (IOException e) {
            // closing a reader that is no longer served: nothing a request can do about it
        }
    }
}
