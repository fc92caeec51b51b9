package vn.camket.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.RandomSamplingFacetsCollector;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import vn.camket.index.IndexFields;

/**
 * Counts a search's facets and the exact total of matches, over the constant-score form of the
 * search (counts need every match but no score). With a facet value selected it counts with
 * drill-sideways (the selected value's dimension keeps the counts of its other values). Without
 * one, and when the caller accepts it, a search matching more than {@link #SAMPLE} records (by default) counts
 * its facets on a fixed random sample of them, scaled up and marked approximate: counting is what
 * grows with the matches, and a page of filters needs their order and size, not their last digit.
 */
final class FacetCounter {
    static final int FACET_VALUES = 100;
    /** Matches counted when counts may be approximate: a value holding 1 % of the matches is then counted ±10 %. */
    static final int SAMPLE = 10_000;
    /** The sample is the same for the same matches, so counts stay put between reloads of a page. */
    private static final long SEED = 57;

    private final int sample;

    FacetCounter() {
        this(SAMPLE);
    }

    /** With another sample size (tests). */
    FacetCounter(int sample) {
        this.sample = sample;
    }

    /** Every dimension's values with counts, the number of matching records, and whether the counts are estimates. */
    record Counts(long total, Map<String, List<FacetValue>> facets, boolean approximate) {}

    /** The counts of the records {@code matching} finds within {@code filters}. */
    Counts count(IndexSearcher searcher, SortedSetDocValuesReaderState state, Query matching, RequestFilters filters, boolean exact)
            throws IOException {
        if (filters.drilled()) return drillSideways(searcher, state, matching, filters);
        DrillDownQuery counting = filters.apply(matching);
        FacetsCollector fc;
        long total = 0;
        double scale = 1;
        if (exact) {
            fc = searcher.search(counting, new FacetsCollectorManager());
            for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) total += md.totalHits();
        } else {
            RandomSamplingFacetsCollector sampling = searcher.search(counting, RandomSamplingFacetsCollector.createManager(sample, SEED));
            for (FacetsCollector.MatchingDocs md : sampling.getOriginalMatchingDocs()) total += md.totalHits();
            long sampled = 0;
            // a sampled segment keeps its original hit count: count the sample itself
            for (FacetsCollector.MatchingDocs md : sampling.getMatchingDocs()) sampled += size(md);
            if (sampled > 0 && sampled < total) scale = (double) total / sampled;
            fc = sampling;
        }
        Map<String, List<FacetValue>> facets = values(new SortedSetDocValuesFacetCounts(state, fc), scale);
        return new Counts(total, facets, scale > 1);
    }

    private static long size(FacetsCollector.MatchingDocs md) throws IOException {
        if (md.bits() == null) return 0;
        org.apache.lucene.search.DocIdSetIterator it = md.bits().iterator();
        if (it == null) return 0;
        long n = 0;
        while (it.nextDoc() != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS) n++;
        return n;
    }

    /**
     * Drill-sideways counts: a selected dimension's values counted over the matches within the
     * other dimensions' filters, every other dimension over the matches within all of them. Each
     * is an ordinary filtered search, led by its filters; Lucene's drill-sideways scorer instead
     * walks every match of the query, filtered or not, and checks each against every filter.
     */
    private static Counts drillSideways(IndexSearcher searcher, SortedSetDocValuesReaderState state, Query matching, RequestFilters filters)
            throws IOException {
        FacetsCollector within = searcher.search(filters.apply(matching), new FacetsCollectorManager());
        long total = 0;
        for (FacetsCollector.MatchingDocs md : within.getMatchingDocs()) total += md.totalHits();
        Map<String, List<FacetValue>> facets = values(new SortedSetDocValuesFacetCounts(state, within), 1, IndexFields.DIMENSIONS);
        for (String dim : filters.dims()) {
            FacetsCollector sideways = searcher.search(filters.apply(matching, dim), new FacetsCollectorManager());
            facets.putAll(values(new SortedSetDocValuesFacetCounts(state, sideways), 1, new String[] {dim}));
        }
        return new Counts(total, facets, false);
    }

    private static Map<String, List<FacetValue>> values(Facets counted, double scale) throws IOException {
        return values(counted, scale, IndexFields.DIMENSIONS);
    }

    private static Map<String, List<FacetValue>> values(Facets counted, double scale, String[] dims) throws IOException {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (String dim : dims) {
            List<FacetValue> values = new ArrayList<>();
            FacetResult fr;
            try {
                fr = counted.getTopChildren(FACET_VALUES, dim);
            } catch (IllegalArgumentException e) {
                fr = null; // a dimension no document has yet
            }
            if (fr != null) {
                for (LabelAndValue lv : fr.labelValues) values.add(new FacetValue(lv.label, Math.max(1, Math.round(lv.value.longValue() * scale))));
            }
            facets.put(dim, values);
        }
        return facets;
    }
}
