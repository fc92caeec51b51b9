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
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import vn.camket.index.IndexFields;

/**
 * Counts a search's facets and the exact total of matches, over the constant-score form of the
 * search (counts need every match but no score). With a facet value selected it counts with
 * drill-sideways (the selected value's dimension keeps the counts of its other values). When the
 * caller accepts it, a search matching more than {@link #SAMPLE} records (by default) counts
 * its facets on a sample of them ({@link MatchSample}: evenly spread over the index, the same
 * for the same matches), scaled up and marked approximate: counting is what grows with the
 * matches, and a page of filters needs their order and size, not their last digit.
 */
final class FacetCounter {
    static final int FACET_VALUES = 100;
    /**
     * Most matches counted when counts may be approximate (the sample keeps half to all of this):
     * a value holding 1 % of the matches is then counted within about ±10–14 %.
     */
    static final int SAMPLE = 10_000;

    /** Searches without words whose counts are kept: the filter pages people open most. */
    static final int KEPT = 256;

    private final int sample;
    /**
     * The counts of searches without words (the empty query, filters only), by index and filters:
     * they change only with the index, and counting every record of a large index is the costliest
     * request there is. Least recently used first out.
     */
    private final Map<WordlessKey, Counts> wordless = java.util.Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<WordlessKey, Counts> eldest) {
            return size() > KEPT;
        }
    });

    private record WordlessKey(Object index, String filters, boolean exact) {}

    FacetCounter() {
        this(SAMPLE);
    }

    /** With another sample size (tests). */
    FacetCounter(int sample) {
        this.sample = sample;
    }

    /** Every dimension's values with counts, the number of matching records, and whether the counts are estimates. */
    record Counts(long total, Map<String, List<FacetValue>> facets, boolean approximate) {}

    /**
     * The counts of a search without words ({@code matching} finds every record) within
     * {@code filters}: counted once per index version and filters, then read from memory.
     */
    Counts countAll(IndexSearcher searcher, SortedSetDocValuesReaderState state, Query matching, RequestFilters filters, boolean exact)
            throws IOException {
        var helper = searcher.getIndexReader().getReaderCacheHelper();
        if (helper == null) return count(searcher, state, matching, filters, exact);
        WordlessKey key = new WordlessKey(helper.getKey(), filters.key(), exact);
        Counts kept = wordless.get(key);
        if (kept != null) return kept;
        Counts counted = count(searcher, state, matching, filters, exact);
        // a count cut short by the time limit is not the index's: it is not kept
        if (!searcher.timedOut()) wordless.put(key, counted);
        return counted;
    }

    /** The counts of the records {@code matching} finds within {@code filters}. */
    Counts count(IndexSearcher searcher, SortedSetDocValuesReaderState state, Query matching, RequestFilters filters, boolean exact)
            throws IOException {
        if (filters.drilled()) return drillSideways(searcher, state, matching, filters, exact);
        Collected all = collect(searcher, filters.apply(matching), exact);
        return new Counts(all.total(), values(new SortedSetDocValuesFacetCounts(state, all.fc()), all.scale()), all.scale() > 1);
    }

    /** The matches of one counting search: what the facets are counted over, how many there are, and the scale from that to all. */
    private record Collected(FacetsCollector fc, long total, double scale) {}

    /** Every match of {@code q} (exactly, or, when allowed and they are many, a fixed random sample of them) and their exact number. */
    private Collected collect(IndexSearcher searcher, Query q, boolean exact) throws IOException {
        long total = 0;
        if (exact) {
            FacetsCollector fc = searcher.search(q, new FacetsCollectorManager());
            for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) total += md.totalHits();
            return new Collected(fc, total, 1);
        }
        MatchSample sampled = searcher.search(q, MatchSample.manager(sample));
        return new Collected(sampled, sampled.total(), sampled.scale());
    }

    /**
     * Drill-sideways counts: a selected dimension's values counted over the matches within the
     * other dimensions' filters, every other dimension over the matches within all of them. Each
     * is an ordinary filtered search, led by its filters; Lucene's drill-sideways scorer instead
     * walks every match of the query, filtered or not, and checks each against every filter. Each
     * is sampled as a search without a selection is, when allowed and its matches are many.
     */
    private Counts drillSideways(IndexSearcher searcher, SortedSetDocValuesReaderState state, Query matching, RequestFilters filters,
                                 boolean exact) throws IOException {
        Collected within = collect(searcher, filters.apply(matching), exact);
        boolean approximate = within.scale() > 1;
        Map<String, List<FacetValue>> facets = values(new SortedSetDocValuesFacetCounts(state, within.fc()), within.scale(), IndexFields.DIMENSIONS);
        for (String dim : filters.dims()) {
            Collected sideways = collect(searcher, filters.apply(matching, dim), exact);
            approximate |= sideways.scale() > 1;
            facets.putAll(values(new SortedSetDocValuesFacetCounts(state, sideways.fc()), sideways.scale(), new String[] {dim}));
        }
        return new Counts(within.total(), facets, approximate);
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
