package vn.camket.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import tools.jackson.databind.JsonNode;
import vn.camket.index.IndexFields;
import vn.camket.index.IndexHolder;
import vn.camket.index.IndexSnapshot;
import vn.camket.io.JsonLines;

/**
 * The one search service of Camket, used by the portal and the evaluation commands alike:
 * query → facet drill-down with drill-sideways counts → sorted page → highlighted hits.
 */
public final class SearchService {
    public static final int MAX_SIZE = 100;
    /** Deepest result reachable by paging: page × size stays within it. */
    public static final int MAX_WINDOW = 2000;
    private static final int FACET_VALUES = 100;
    /**
     * BM25 with milder length normalization than Lucene's default (b 0.5, not 0.75): OCR debris and
     * interleaved table cells make record lengths say little about how much they are about.
     */
    private static final BM25Similarity SIMILARITY = new BM25Similarity(1.2f, 0.5f);
    /** Longest a search may run: past it Lucene stops collecting and the page says the results may be partial. */
    public static final long QUERY_TIMEOUT_MILLIS = 2_000;
    /** How many of the best matches by their words are re-ranked with phrase and proximity boosts. */
    static final int RESCORE_WINDOW = 1000;
    private static final Set<String> FILTER_DIMS = Set.of(IndexFields.TYPE, IndexFields.PROVINCE, IndexFields.PROVINCE_TODAY,
            IndexFields.AGENCY, IndexFields.LEAD, IndexFields.COORDINATING, IndexFields.THEME, IndexFields.DEADLINE, IndexFields.PLAN);

    private final IndexHolder holder;
    private final FacetsConfig config = IndexFields.facetsConfig();

    public SearchService(IndexHolder holder) {
        this.holder = holder;
    }

    public IndexHolder holder() {
        return holder;
    }

    public SearchResponse search(SearchRequest req) {
        IndexSnapshot s = holder.acquire().orElseThrow(IndexUnavailableException::new);
        try {
            return search(s, req);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            s.release();
        }
    }

    private SearchResponse search(IndexSnapshot s, SearchRequest req) throws IOException {
        List<String> notes = new ArrayList<>();
        org.apache.lucene.index.IndexReader reader = s.searcher().getIndexReader();
        ParsedQuery pq = new QueryInterpreter(s.queryAnalyzer(), w -> {
            try {
                return reader.docFreq(new Term(IndexFields.TEXT, w)) / (double) Math.max(1, reader.numDocs());
            } catch (IOException e) {
                return 1.0;
            }
        }).parse(req.q());
        notes.addAll(pq.notes());
        SearchResponse strict = search(s, req, pq.query(), notes);
        if (pq.relaxed() == null || strict.total() >= FEW_FOR_A_PHRASE) return strict;
        // few passages hold the quoted phrase as typed: show those first, then those holding most of its words
        List<String> relaxedNotes = new ArrayList<>(pq.notes());
        relaxedNotes.add("phrase-relaxed");
        return search(s, req, pq.relaxed(), relaxedNotes);
    }

    /** Below this many matches of a quoted phrase, passages holding most of its words are shown after them. */
    static final int FEW_FOR_A_PHRASE = 10;

    /** How much a section's title weighs against a passage: the points under it say what is committed. */
    private static final float SECTION_TITLE_WEIGHT = 0.5f;

    private static Query titlesBelow(Query q) {
        return FunctionScoreQuery.boostByQuery(q, new TermQuery(new Term(IndexFields.SECTION_TITLE, "yes")), SECTION_TITLE_WEIGHT);
    }

    private SearchResponse search(IndexSnapshot s, SearchRequest req, Query query, List<String> notes) throws IOException {
        int size = req.size() <= 0 ? SearchRequest.DEFAULT_SIZE : req.size();
        if (size > MAX_SIZE) { notes.add("size-capped"); size = MAX_SIZE; }
        int page = Math.max(1, req.page());
        if (req.page() < 1 && req.page() != 0) notes.add("page-invalid");
        if ((long) page * size > MAX_WINDOW) { notes.add("window-capped"); page = Math.max(1, MAX_WINDOW / size); }

        BooleanQuery.Builder base = new BooleanQuery.Builder();
        BoostSplit split = BoostSplit.of(query);
        base.add(titlesBelow(split.core()), Occur.MUST);
        base.add(new TermQuery(new Term(IndexFields.KIND, "record")), Occur.FILTER);
        LocalDate dueBy = date(req.dueBy(), "dueBy-invalid", notes);
        if (dueBy != null) base.add(LongPoint.newRangeQuery(IndexFields.DUE, Long.MIN_VALUE, dueBy.toEpochDay()), Occur.FILTER);
        LocalDate overdue = date(req.overdueAsOf(), "overdueAsOf-invalid", notes);
        if (overdue != null) base.add(LongPoint.newRangeQuery(IndexFields.DUE, Long.MIN_VALUE, overdue.toEpochDay() - 1), Occur.FILTER);

        Query filtered = base.build();
        // Two queries over the same documents: the scoring one ranks the page; facet counts need every
        // match but no scores, so they run on the constant-score form, which skips the phrase and
        // proximity boosts (optional clauses) and lets the ranking search skip non-competitive hits.
        DrillDownQuery ddq = new DrillDownQuery(config, filtered);
        DrillDownQuery counting = new DrillDownQuery(config, new ConstantScoreQuery(filtered));
        boolean drilled = false;
        for (Map.Entry<String, List<String>> f : req.filters().entrySet()) {
            String dim = f.getKey();
            if (dim.equals(IndexFields.AGENCY) && "lead".equals(req.role())) dim = IndexFields.LEAD;
            if (dim.equals(IndexFields.AGENCY) && "coordinating".equals(req.role())) dim = IndexFields.COORDINATING;
            if (!FILTER_DIMS.contains(dim)) { notes.add("filter-unknown"); continue; }
            for (String v : f.getValue()) {
                if (v != null && !v.isBlank() && v.length() <= 200) {
                    ddq.add(dim, v);
                    counting.add(dim, v);
                    drilled = true;
                }
            }
        }
        if (req.role() != null && !req.role().isBlank() && !Set.of("lead", "coordinating").contains(req.role())) notes.add("role-invalid");

        // A searcher of this request's own, so the timeout is this request's. Lucene's drill-sideways
        // scorer cannot run in the time-limited windows, so with facet filters the query runs untimed
        // (the filters narrow it anyway).
        IndexSearcher searcher = new IndexSearcher(s.searcher().getIndexReader());
        searcher.setSimilarity(SIMILARITY);
        if (!drilled) searcher.setTimeout(new QueryTimeoutImpl(QUERY_TIMEOUT_MILLIS));
        long started = System.nanoTime();
        DrillSideways ds = new DrillSideways(searcher, config, s.facetState());
        int topN = page * size;
        Sort sort = sortOf(req.sort(), notes);
        DrillSideways.ConcurrentDrillSidewaysResult<Integer> r = ds.search(counting, new TotalHitCountCollectorManager(searcher.getSlices()));
        // the page needs no exact total (the facet counts give it), so ranking may stop counting at 1,000
        Query boosts = split.boostQuery() == null ? null : titlesBelow(split.boostQuery());
        TopDocs top;
        if (sort != null) {
            top = searcher.search(ddq, new TopFieldCollectorManager(sort, topN, null, 1000));
        } else if (boosts == null) {
            top = searcher.search(ddq, new TopScoreDocCollectorManager(topN, 1000));
        } else {
            // rank by the words, then add the phrase and proximity boosts to the best RESCORE_WINDOW
            top = searcher.search(ddq, new TopScoreDocCollectorManager(Math.max(topN, RESCORE_WINDOW), 1000));
            top = QueryRescorer.rescore(searcher, top, boosts, 1.0, topN);
        }

        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (String dim : IndexFields.DIMENSIONS) {
            List<FacetValue> values = new ArrayList<>();
            FacetResult fr;
            try {
                fr = r.facets.getTopChildren(FACET_VALUES, dim);
            } catch (IllegalArgumentException e) {
                fr = null; // a dimension no document has yet
            }
            if (fr != null) for (LabelAndValue lv : fr.labelValues) values.add(new FacetValue(lv.label, lv.value.longValue()));
            facets.put(dim, values);
        }
        if ((System.nanoTime() - started) / 1_000_000 >= QUERY_TIMEOUT_MILLIS) notes.add("timed-out");
        long total = 0;
        for (FacetsCollector.MatchingDocs md : r.drillDownFacetsCollector.getMatchingDocs()) total += md.totalHits();
        if (r.drillDownFacetsCollector.getMatchingDocs().isEmpty()) total = r.collectorResult;

        ScoreDoc[] all = top.scoreDocs;
        int from = Math.min(all.length, (page - 1) * size);
        ScoreDoc[] slice = java.util.Arrays.copyOfRange(all, from, Math.min(all.length, from + size));
        String[] snippets = highlight(s, query, slice);
        List<Hit> hits = new ArrayList<>();
        Map<String, JsonNode> plans = new LinkedHashMap<>();
        for (int k = 0; k < slice.length; k++) {
            Document d = searcher.storedFields().document(slice[k].doc);
            hits.add(Hits.toHit(s, d, snippets[k], slice[k].score, plans));
        }
        return new SearchResponse(total, page, size, hits, facets, notes, s.version());
    }

    private static LocalDate date(String value, String note, List<String> notes) {
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            notes.add(note);
            return null;
        }
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

    private static String[] highlight(IndexSnapshot s, Query q, ScoreDoc[] slice) throws IOException {
        if (slice.length == 0) return new String[0];
        UnifiedHighlighter uh = UnifiedHighlighter.builder(s.searcher(), s.queryAnalyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(20_000)
                // every matched word is marked, in or out of a phrase: this keeps offsets read from the
                // postings (strict phrase marking re-analyses each hit's text in memory, the costliest step)
                .withHighlightPhrasesStrictly(false)
                .build();
        TopDocs td = new TopDocs(new TotalHits(slice.length, TotalHits.Relation.EQUAL_TO), slice);
        String[] out = uh.highlight(IndexFields.TEXT, q, td, 2);
        return out == null ? new String[slice.length] : out;
    }

    /**
     * The records most like the given one in other provinces' plans (precedents), best first: a
     * MoreLikeThis query over the record's own text; each hit's snippet marks the words it shares.
     */
    public List<Hit> similar(String id, int size) {
        IndexSnapshot s = holder.acquire().orElseThrow(IndexUnavailableException::new);
        try {
            TopDocs self = s.searcher().search(new TermQuery(new Term(IndexFields.ID, id)), 1);
            if (self.scoreDocs.length == 0) return List.of();
            Document d = s.searcher().storedFields().document(self.scoreDocs[0].doc);
            if (!"record".equals(d.get(IndexFields.KIND)) && d.get(IndexFields.TYPE) == null) return List.of();
            JsonNode rec = JsonLines.MAPPER.readTree(d.get(IndexFields.JSON));
            String type = d.get(IndexFields.TYPE);
            String text = d.get(IndexFields.TEXT);
            JsonNode plan = Hits.storedPlan(s, rec.path("plan").asString(""));
            MoreLikeThis mlt = new MoreLikeThis(s.searcher().getIndexReader());
            mlt.setAnalyzer(s.queryAnalyzer());
            mlt.setFieldNames(new String[] {IndexFields.TEXT});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMaxDocFreqPct(25);
            mlt.setMaxQueryTerms(30);
            mlt.setBoost(true);
            Query like = mlt.like(IndexFields.TEXT, new java.io.StringReader(text == null ? "" : text));
            BooleanQuery.Builder q = new BooleanQuery.Builder()
                    .add(like, Occur.MUST)
                    .add(new TermQuery(new Term(IndexFields.KIND, "record")), Occur.FILTER)
                    .add(new TermQuery(new Term(IndexFields.ID, id)), Occur.MUST_NOT);
            String province = plan.path("province").asString(null);
            if (province != null) q.add(new TermQuery(new Term(IndexFields.PROVINCE, province)), Occur.MUST_NOT);
            if ("task".equals(type)) q.add(new TermQuery(new Term(IndexFields.TYPE_KEY, "task")), Occur.FILTER);
            Query query = q.build();
            TopDocs td = s.searcher().search(query, Math.max(1, Math.min(size, MAX_SIZE)));
            String[] snippets = highlight(s, query, td.scoreDocs);
            List<Hit> out = new ArrayList<>();
            Map<String, JsonNode> plans = new LinkedHashMap<>();
            for (int k = 0; k < td.scoreDocs.length; k++) {
                Document hd = s.searcher().storedFields().document(td.scoreDocs[k].doc);
                out.add(Hits.toHit(s, hd, snippets[k], td.scoreDocs[k].score, plans));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            s.release();
        }
    }

    /** Suggestions for the search box, diacritic-insensitive, in proper Vietnamese. */
    public List<String> suggest(String typed, int count) {
        IndexSnapshot s = holder.acquire().orElseThrow(IndexUnavailableException::new);
        try {
            return s.suggestions() == null ? List.of() : s.suggestions().lookup(typed, Math.max(1, Math.min(count, 20)));
        } finally {
            s.release();
        }
    }

    /** A record or plan by id. */
    public Optional<StoredRecord> get(String id) {
        IndexSnapshot s = holder.acquire().orElseThrow(IndexUnavailableException::new);
        try {
            return get(s, id);
        } finally {
            s.release();
        }
    }

    static Optional<StoredRecord> get(IndexSnapshot s, String id) {
        if (id == null || id.isBlank() || id.length() > 300) return Optional.empty();
        try {
            TopDocs td = s.searcher().search(new TermQuery(new Term(IndexFields.ID, id)), 1);
            if (td.scoreDocs.length == 0) return Optional.empty();
            Document d = s.searcher().storedFields().document(td.scoreDocs[0].doc);
            String kind = d.get(IndexFields.KIND);
            String type = "plan".equals(kind) ? "plan" : d.get(IndexFields.TYPE);
            return Optional.of(new StoredRecord(id, type, d.get(IndexFields.JSON)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plan's source text as indexed (for the plan page's text view). */
    public Optional<String> sourceText(String planId) {
        IndexSnapshot s = holder.acquire().orElseThrow(IndexUnavailableException::new);
        try {
            TopDocs td = s.searcher().search(new TermQuery(new Term(IndexFields.ID, planId)), 1);
            if (td.scoreDocs.length == 0) return Optional.empty();
            return Optional.ofNullable(s.searcher().storedFields().document(td.scoreDocs[0].doc).get(IndexFields.SOURCE_TEXT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            s.release();
        }
    }

    /** All plans (for listings and the plan facet's labels). */
    public List<StoredRecord> plans() {
        IndexSnapshot s = holder.acquire().orElseThrow(IndexUnavailableException::new);
        try {
            TopDocs td = s.searcher().search(new TermQuery(new Term(IndexFields.KIND, "plan")), 10_000);
            List<StoredRecord> out = new ArrayList<>();
            for (ScoreDoc sd : td.scoreDocs) {
                Document d = s.searcher().storedFields().document(sd.doc);
                out.add(new StoredRecord(d.get(IndexFields.ID), "plan", d.get(IndexFields.JSON)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            s.release();
        }
    }

    /** Every record of a plan, in document order (plan page: outline, task table, targets). */
    public List<StoredRecord> recordsOfPlan(String planId) {
        IndexSnapshot s = holder.acquire().orElseThrow(IndexUnavailableException::new);
        try {
            Query q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(IndexFields.KIND, "record")), Occur.FILTER)
                    .add(new TermInSetQuery(IndexFields.PLAN, List.of(new BytesRef(planId))), Occur.FILTER).build();
            TopDocs td = s.searcher().search(q, 100_000, Sort.INDEXORDER);
            List<StoredRecord> out = new ArrayList<>();
            for (ScoreDoc sd : td.scoreDocs) {
                Document d = s.searcher().storedFields().document(sd.doc);
                out.add(new StoredRecord(d.get(IndexFields.ID), d.get(IndexFields.TYPE), d.get(IndexFields.JSON)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            s.release();
        }
    }
}
