package vn.camket.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The answers to the last requests, per index version: a page that a newspaper links to is asked
 * for thousands of times in a few minutes, and an open index never changes, so its answer is
 * worked out once. Requests asked at the same moment for an answer not yet kept wait for the one
 * search that makes it (a burst of the same link runs one search, not one per reader). A new index
 * version empties it. An answer cut short by the time limit is not kept (it is not the index's).
 * Least recently used first out.
 */
final class ResponseCache {
    /** Works out an answer; may fail with an I/O error. */
    interface Search {
        SearchResponse run() throws IOException;
    }

    private record Key(String version, SearchRequest request) {}

    private final int entries;
    private final Map<Key, CompletableFuture<SearchResponse>> kept;
    private String version;
    private long hits, misses;

    ResponseCache(int entries) {
        if (entries < 1) throw new IllegalArgumentException("a cache keeps at least one answer: " + entries);
        this.entries = entries;
        this.kept = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, CompletableFuture<SearchResponse>> eldest) {
                return size() > ResponseCache.this.entries;
            }
        };
    }

    /** The kept answer to {@code request} on index {@code version}, or the one {@code search} makes (then kept). */
    SearchResponse get(String version, SearchRequest request, Search search) throws IOException {
        Key key = new Key(version, request);
        CompletableFuture<SearchResponse> mine = new CompletableFuture<>(), theirs;
        synchronized (kept) {
            if (!version.equals(this.version)) {
                kept.clear(); // answers of an index no longer served are never asked for again
                this.version = version;
            }
            theirs = kept.putIfAbsent(key, mine);
            if (theirs == null) misses++;
            else hits++;
        }
        if (theirs != null) return await(theirs);
        try {
            SearchResponse answer = frozen(search.run());
            mine.complete(answer);
            if (answer.notes().contains("timed-out")) forget(key, mine);
            return answer;
        } catch (IOException | RuntimeException | Error e) {
            // the ones waiting get the same failure; the next request searches again
            forget(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private void forget(Key key, CompletableFuture<SearchResponse> entry) {
        synchronized (kept) {
            kept.remove(key, entry);
        }
    }

    private static SearchResponse await(CompletableFuture<SearchResponse> answer) throws IOException {
        try {
            return answer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /** The answer as every later asker gets it: lists and maps that cannot be changed under another reader. */
    private static SearchResponse frozen(SearchResponse r) {
        Map<String, java.util.List<FacetValue>> facets = new LinkedHashMap<>();
        r.facets().forEach((dim, values) -> facets.put(dim, java.util.List.copyOf(values)));
        return new SearchResponse(r.total(), r.page(), r.size(), java.util.List.copyOf(r.hits()), java.util.Collections.unmodifiableMap(facets),
                java.util.List.copyOf(r.notes()), r.indexVersion(), r.facetsApproximate());
    }

    /** Answers given from the cache and answers searched, since it was made. */
    long[] counts() {
        synchronized (kept) {
            return new long[] {hits, misses};
        }
    }

    int size() {
        synchronized (kept) {
            return kept.size();
        }
    }
}
