package vn.camket.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A search: free text {@code q} (may be empty: structured search), facet filters (dimension →
 * values; values of one dimension are OR-ed, dimensions AND-ed), {@code role} narrowing the agency
 * filter to lead or coordinating, due-date filters (ISO dates), sort, page (from 1) and size.
 * {@code exactCounts}: the facet counts must be exact even where the matches are many (a
 * comparison's figures); otherwise a search without facet filters matching very many records may
 * count its facets on a sample ({@link SearchResponse#facetsApproximate()}).
 */
public record SearchRequest(String q, Map<String, List<String>> filters, String role, String dueBy,
                            String overdueAsOf, String sort, int page, int size, boolean exactCounts) {

    public static final int DEFAULT_SIZE = 20;

    public SearchRequest {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    /** A search whose facet counts may be estimated where the matches are very many. */
    public SearchRequest(String q, Map<String, List<String>> filters, String role, String dueBy, String overdueAsOf, String sort,
                         int page, int size) {
        this(q, filters, role, dueBy, overdueAsOf, sort, page, size, false);
    }

    public static SearchRequest of(String q) {
        return new SearchRequest(q, Map.of(), null, null, null, "relevance", 1, DEFAULT_SIZE);
    }

    public SearchRequest withFilter(String dim, String... values) {
        Map<String, List<String>> f = new LinkedHashMap<>(filters);
        f.put(dim, List.of(values));
        return new SearchRequest(q, f, role, dueBy, overdueAsOf, sort, page, size, exactCounts);
    }

    public SearchRequest withPage(int page, int size) {
        return new SearchRequest(q, filters, role, dueBy, overdueAsOf, sort, page, size, exactCounts);
    }

    public SearchRequest withSort(String sort) {
        return new SearchRequest(q, filters, role, dueBy, overdueAsOf, sort, page, size, exactCounts);
    }

    public SearchRequest withRole(String role) {
        return new SearchRequest(q, filters, role, dueBy, overdueAsOf, sort, page, size, exactCounts);
    }

    public SearchRequest withDue(String dueBy, String overdueAsOf) {
        return new SearchRequest(q, filters, role, dueBy, overdueAsOf, sort, page, size, exactCounts);
    }

    /** The same search with every facet count exact. */
    public SearchRequest withExactCounts() {
        return new SearchRequest(q, filters, role, dueBy, overdueAsOf, sort, page, size, true);
    }
}
