package vn.camket.search;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, the total (always exact), facet counts per dimension (estimated from a sample
 * when {@code facetsApproximate}), and notes about how the query was read.
 */
public record SearchResponse(long total, int page, int size, List<Hit> hits, Map<String, List<FacetValue>> facets,
                             List<String> notes, String indexVersion, boolean facetsApproximate) {}
