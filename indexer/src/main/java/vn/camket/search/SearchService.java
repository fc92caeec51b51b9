package vn.camket.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import tools.jackson.databind.JsonNode;
import vn.camket.index.IndexFields;
import vn.camket.index.IndexHolder;
import vn.camket.index.IndexSnapshot;
import vn.camket.io.JsonLines;
import vn.camket.model.Restoration;
import vn.camket.text.PageBox;
import vn.camket.text.PageStarts;

/**
 * The one search service of Camket, used by the portal and the evaluation commands alike. It only
 * composes the parts, each with one job: {@link QueryInterpreter} (query building),
 * {@link RequestFilters} (facet and date filters), {@link FacetCounter} (drill-sideways counts),
 * {@link Ranker} (retrieval and re-ranking), {@link Snippets} (highlighting), {@link Hits}
 * (rendering a hit), {@link SimilarRecords}, {@link StoredRecords}, and the index's suggestions.
 */
public final class SearchService {
    public static final int MAX_SIZE = 100;
    /** Deepest result reachable by paging: page × size stays within it. */
    public static final int MAX_WINDOW = 2000;
    /**
     * BM25 with milder length normalization than Lucene's default (b 0.5, not 0.75): OCR debris and
     * interleaved table cells make record lengths say little about how much they are about.
     */
    private static final Similarity SIMILARITY = new PerFieldSimilarityWrapper() {
        private final Similarity camket = new BM25Similarity(1.2f, 0.5f), plain = new BM25Similarity();

        @Override
        public Similarity get(String field) {
            // the plain words rank as the plain baseline ranks them (Lucene's BM25 defaults)
            return IndexFields.PLAIN.equals(field) ? plain : camket;
        }
    };
    /** Longest a search may run: past it Lucene stops collecting and the page says the results may be partial. */
    public static final long QUERY_TIMEOUT_MILLIS = 2_000;
    /** Below this many passages holding a quoted phrase as typed, the page says those holding its words follow. */
    static final int FEW_FOR_A_PHRASE = 10;

    private static final ExecutorService BESIDE = besidePool();

    private final IndexHolder holder;
    private final RankingWeights weights;
    private final Ranker ranker;
    private final FacetCounter facets = new FacetCounter();
    /** The last answers, or null: see {@link #keepingAnswers}. */
    private final ResponseCache answers;

    public SearchService(IndexHolder holder) {
        this(holder, RankingWeights.DEFAULT);
    }

    /** With other re-ranking weights (the evaluation tries several). */
    public SearchService(IndexHolder holder, RankingWeights weights) {
        this(holder, weights, null);
    }

    private SearchService(IndexHolder holder, RankingWeights weights, ResponseCache answers) {
        this.holder = holder;
        this.weights = weights;
        this.ranker = new Ranker(weights);
        this.answers = answers;
    }

    /**
     * A search service that keeps the answers to its last {@code entries} requests per index
     * version ({@link ResponseCache}); none kept for 0. Evaluations and the benchmark's engine
     * figures use a service without one: they measure the search, not the cache.
     */
    public static SearchService keepingAnswers(IndexHolder holder, int entries) {
        return new SearchService(holder, RankingWeights.DEFAULT, entries > 0 ? new ResponseCache(entries) : null);
    }

    /** Answers given from kept ones and answers searched, since the service was made (both 0 without a cache). */
    public long[] answersKeptAndSearched() {
        return answers == null ? new long[2] : answers.counts();
    }

    public IndexHolder holder() {
        return holder;
    }

    public SearchResponse search(SearchRequest req) {
        return search(req, StageTimes.NONE);
    }

    /** A search whose time per stage is added to {@code times} (the benchmark's breakdown). */
    public SearchResponse search(SearchRequest req, StageTimes times) {
        IndexSnapshot s = holder.acquire().orElseThrow(IndexUnavailableException::new);
        try {
            // a search measured stage by stage is searched
            if (answers == null || times != StageTimes.NONE) return search(s, req, times);
            return answers.get(s.version(), req, () -> search(s, req, times));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            s.release();
        }
    }

    private SearchResponse search(IndexSnapshot s, SearchRequest req, StageTimes times) throws IOException {
        long lap = System.nanoTime();
        ParsedQuery pq = QueryInterpreter.of(s, weights).parse(req.q());
        List<String> notes = new ArrayList<>(pq.notes());
        int size = req.size() <= 0 ? SearchRequest.DEFAULT_SIZE : req.size();
        if (size > MAX_SIZE) { notes.add("size-capped"); size = MAX_SIZE; }
        int page = Math.max(1, req.page());
        if (req.page() < 1 && req.page() != 0) notes.add("page-invalid");
        if ((long) page * size > MAX_WINDOW) { notes.add("window-capped"); page = Math.max(1, MAX_WINDOW / size); }
        RequestFilters filters = new RequestFilters(req, notes);
        Sort sort = sortOf(req.sort(), notes);

        // A searcher of this request's own, so the timeout is this request's (every search here is an
        // ordinary filtered one, drill-sideways counts included, so every one can be time-limited).
        IndexSearcher searcher = new IndexSearcher(s.searcher().getIndexReader());
        searcher.setSimilarity(SIMILARITY);
        searcher.setTimeout(new QueryTimeoutImpl(QUERY_TIMEOUT_MILLIS));
        long started = lap = times.lap("query building", lap);
        // Counting needs every match but no score, ranking the best matches only: they run side by
        // side, the counts on another core, and the request waits for both.
        Query counting = new ConstantScoreQuery(pq.match());
        boolean exact = req.exactCounts();
        CompletableFuture<FacetCounter.Counts> counted = CompletableFuture.supplyAsync(() -> {
            long t0 = System.nanoTime();
            try {
                return pq.matchAll() ? facets.countAll(searcher, s.facetState(), counting, filters, exact)
                        : facets.count(searcher, s.facetState(), counting, filters, exact);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                times.beside("facet counting (beside ranking)", t0);
            }
        }, BESIDE);
        FacetCounter.Counts counts;
        ScoreDoc[] all;
        try {
            if (pq.phrases() != null && fewerThan(searcher, filters.apply(pq.phrases()), FEW_FOR_A_PHRASE)) notes.add("phrase-relaxed");
            lap = times.lap("phrase count", lap);
            DrillDownQuery ranked = filters.apply(Ranker.titlesBelow(pq.match()));
            all = ranker.top(searcher, ranked, pq.boost(), pq.plain() == null ? null : filters.apply(pq.plain()), pq.collisions(), sort, page * size, times);
            lap = System.nanoTime();
            counts = join(counted);
            lap = times.lap("waiting for the facet counts", lap);
        } finally {
            // the snapshot is released when this returns: never while the counting still reads it
            counted.handle((c, e) -> null).join();
        }
        if ((lap - started) / 1_000_000 >= QUERY_TIMEOUT_MILLIS) notes.add("timed-out");

        int from = Math.min(all.length, (page - 1) * size);
        ScoreDoc[] slice = java.util.Arrays.copyOfRange(all, from, Math.min(all.length, from + size));
        String[] snippets = Snippets.highlight(s.searcher(), s.queryAnalyzer(), pq.query(), slice);
        lap = times.lap("highlighting", lap);
        List<Hit> hits = new ArrayList<>();
        Map<String, JsonNode> plans = new LinkedHashMap<>();
        org.apache.lucene.index.StoredFields stored = searcher.storedFields();
        for (int k = 0; k < slice.length; k++) {
            Document d = Hits.stored(stored, slice[k].doc);
            hits.add(Hits.toHit(s, d, snippets[k], slice[k].score, plans));
        }
        times.lap("stored records", lap);
        times.searched();
        return new SearchResponse(counts.total(), page, size, hits, counts.facets(), notes, s.version(), counts.approximate());
    }

    /**
     * Whether {@code q} matches fewer than {@code n} records. Counting stops at {@code n}: past it a
     * collector of the best constant-scored match lets the scorer skip the rest (a common phrase
     * was counted in full before, a phrase check of every record holding its words).
     */
    static boolean fewerThan(IndexSearcher searcher, Query q, int n) throws IOException {
        return searcher.search(new ConstantScoreQuery(q), new org.apache.lucene.search.TopScoreDocCollectorManager(1, n))
                .totalHits.value() < n;
    }

    private static FacetCounter.Counts join(CompletableFuture<FacetCounter.Counts> counted) throws IOException {
        try {
            return counted.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) throw io.getCause();
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /** Daemon threads, one per core, that count facets beside the ranking of the same request. */
    private static ExecutorService besidePool() {
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        return Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "camket-facets-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    private static Sort sortOf(String sort, List<String> notes) {
        if (sort == null || sort.isBlank() || sort.equals("relevance")) return null;
        return switch (sort) {
            // soonest first; undated (ongoing, annual, conditional, unknown) last
            case "deadline" -> new Sort(new SortField(IndexFields.DUE_SORT, SortField.Type.LONG), SortField.FIELD_SCORE);
            // newest plan first
            case "date" -> new Sort(new SortField(IndexFields.PLAN_DATE, SortField.Type.LONG, true), SortField.FIELD_SCORE);
            default -> {
                notes.add("sort-unknown");
                yield null;
            }
        };
    }

    /** Precedents of a record: the closest records in other provinces' plans ({@link SimilarRecords}). */
    public List<Hit> similar(String id, int size) {
        return withSnapshot(s -> SimilarRecords.of(s, id, size));
    }

    /** Suggestions for the search box, diacritic-insensitive, in proper Vietnamese. */
    public List<String> suggest(String typed, int count) {
        return withSnapshot(s -> s.suggestions() == null ? List.of() : s.suggestions().lookup(typed, Math.max(1, Math.min(count, 20))));
    }

    /** A record or plan by id. */
    public Optional<StoredRecord> get(String id) {
        return withSnapshot(s -> StoredRecords.get(s, id));
    }

    /** A plan's source text as indexed (for the plan page's text view). */
    public Optional<String> sourceText(String planId) {
        return withSnapshot(s -> StoredRecords.sourceText(s, planId));
    }

    /** Where each page of a plan's source text begins; empty for a plan read from a text file. */
    public List<PageStarts.Start> sourcePages(String planId) {
        return withSnapshot(s -> StoredRecords.sourcePages(s, planId)).map(PageStarts::decode).orElse(List.of());
    }

    /**
     * Where lines {@code from}..{@code to} of a plan's source text stand on page {@code page} (the
     * box around them all), for showing a record cropped from its page; empty for a plan read from
     * a text file, or lines not on that page.
     */
    public Optional<PageBox> linesBox(String planId, int page, int from, int to) {
        // the boxes and the pages' beginnings read from one snapshot: both of the same build
        return withSnapshot(s -> {
            List<PageBox> boxes = StoredRecords.sourceBoxes(s, planId).map(PageBox::decode).orElse(List.of());
            if (boxes.isEmpty()) return Optional.<PageBox>empty();
            List<PageStarts.Start> starts = StoredRecords.sourcePages(s, planId).map(PageStarts::decode).orElse(List.of());
            return Optional.ofNullable(PageBox.union(boxes, from, to, line -> PageStarts.pageOf(starts, line) == page));
        });
    }

    /** A plan's machine-restored source text, line for line, where its text lost its diacritics. */
    public Optional<Restoration> restoredSource(String planId) {
        return withSnapshot(s -> StoredRecords.restoredSource(s, planId))
                .map(json -> JsonLines.MAPPER.readValue(json, Restoration.class));
    }

    /** All plans (for listings and the plan facet's labels). */
    public List<StoredRecord> plans() {
        return withSnapshot(StoredRecords::plans);
    }

    /** Every record of a plan, in document order (plan page: outline, task table, targets). */
    public List<StoredRecord> recordsOfPlan(String planId) {
        return withSnapshot(s -> StoredRecords.ofPlan(s, planId));
    }

    private interface Read<T> {
        T on(IndexSnapshot s) throws IOException;
    }

    private <T> T withSnapshot(Read<T> read) {
        IndexSnapshot s = holder.acquire().orElseThrow(IndexUnavailableException::new);
        try {
            return read.on(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            s.release();
        }
    }
}
