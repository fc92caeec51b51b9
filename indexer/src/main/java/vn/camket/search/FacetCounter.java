package vn.camket.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import vn.camket.index.IndexFields;

/**
 * Counts a search's facets with drill-sideways (a selected value's dimension keeps the counts of
 * its other values) and the exact total of matches. It runs the constant-score form of the
 * search: counts need every match but no score.
 */
final class FacetCounter {
    static final int FACET_VALUES = 100;

    /** Every dimension's values with counts, and the number of matching records. */
    record Counts(long total, Map<String, List<FacetValue>> facets) {}

    Counts count(IndexSearcher searcher, SortedSetDocValuesReaderState state, DrillDownQuery counting) throws IOException {
        DrillSideways ds = new DrillSideways(searcher, IndexFields.facetsConfig(), state);
        DrillSideways.ConcurrentDrillSidewaysResult<Integer> r = ds.search(counting, new TotalHitCountCollectorManager(searcher.getSlices()));
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
        long total = 0;
        for (FacetsCollector.MatchingDocs md : r.drillDownFacetsCollector.getMatchingDocs()) total += md.totalHits();
        if (r.drillDownFacetsCollector.getMatchingDocs().isEmpty()) total = r.collectorResult;
        return new Counts(total, facets);
    }
}
