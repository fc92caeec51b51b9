package vn.camket.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A search: free text {@code q} (may be empty: structured search), facet filters (dimension →
 * values; values of one dimension are OR-ed, dimensions AND-ed), {@code role} narrowing the agency
 * filter to lead or coordinating, due-date filters (ISO dates), sort, page (from 1) and size.
 */
public record SearchRequest(String q, Map<String, List<String>> filters, String role, String dueBy,
                            String overdueAsOf, String sort, int page, int size) {

    public static final int DEFAULT_SIZE = 20;

    public SearchRequest {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    public static SearchRequest of(String q) {
        return new SearchRequest(q, Map.of(), null, null, null, "relevance", 1, DEFAULT_SIZE);
    }

    public SearchRequest withFilter(String dim, String... values) {
        Map<String, List<String>> f = new LinkedHashMap<>(filters);
        f.put(dim, List.of(values));
        return new SearchRequest(q, f, role, dueBy, overdueAsOf, sort, page, size);
    }

    public SearchRequest withPage(int page, int size) {
        return new SearchRequest(q, filters, role, dueBy, overdueAsOf, sort, page, size);
    }

    public SearchRequest withSort(String sort) {
        return new SearchRequest(q, filters, role, dueBy, overdueAsOf, sort, page, size);
    }

    public SearchRequest withRole(String role) {
        return new SearchRequest(q, filters, role, dueBy, overdueAsOf, sort, page, size);
    }

    public SearchRequest withDue(String dueBy, String overdueAsOf) {
        return new SearchRequest(q, filters, role, dueBy, overdueAsOf, sort, page, size);
    }
}
