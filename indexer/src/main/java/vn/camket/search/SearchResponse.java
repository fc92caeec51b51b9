package vn.camket.search;

import java.util.List;
import java.util.Map;

/** A page of hits, the total, facet counts per dimension, and notes about how the query was read. */
public record SearchResponse(long total, int page, int size, List<Hit> hits, Map<String, List<FacetValue>> facets,
                             List<String> notes, String indexVersion) {}
