package vn.camket.web.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import vn.camket.search.SearchRequest;

/**
 * The search state as it travels in URLs: {@code q}, repeated facet parameters (OR within one),
 * {@code role}, {@code dueBy}, {@code overdueAsOf}, {@code sort}, {@code page}, {@code size}.
 * Reading it never fails: unreadable numbers fall back to defaults with a note.
 */
public record SearchParams(String q, Map<String, List<String>> filters, String role, String dueBy, String overdueAsOf,
                           String sort, int page, int size, List<String> notes) {

    public static final List<String> FACETS = List.of("type", "province", "provinceToday", "agency", "theme", "deadline", "plan");
    private static final int MAX_VALUES = 50;
    private static final int MAX_VALUE_CHARS = 200;

    public static SearchParams from(MultiValueMap<String, String> p, int defaultSize) {
        List<String> notes = new ArrayList<>();
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String f : FACETS) {
            List<String> values = p.getOrDefault(f, List.of()).stream()
                    .filter(v -> v != null && !v.isBlank() && v.length() <= MAX_VALUE_CHARS).distinct().limit(MAX_VALUES).toList();
            if (!values.isEmpty()) filters.put(f, values);
        }
        int page = number(p.getFirst("page"), 1, "page-invalid", notes);
        int size = number(p.getFirst("size"), defaultSize, "size-invalid", notes);
        if (page < 1) { notes.add("page-invalid"); page = 1; }
        if (size < 1) { notes.add("size-invalid"); size = defaultSize; }
        String sort = p.getFirst("sort");
        if (sort != null && !List.of("relevance", "deadline", "date").contains(sort)) { notes.add("sort-unknown"); sort = "relevance"; }
        String role = p.getFirst("role");
        if (role != null && !role.isBlank() && !List.of("lead", "coordinating").contains(role)) { notes.add("role-invalid"); role = null; }
        return new SearchParams(trim(p.getFirst("q")), filters, blankToNull(role), trim(p.getFirst("dueBy")),
                trim(p.getFirst("overdueAsOf")), sort == null ? "relevance" : sort, page, size, notes);
    }

    private static int number(String s, int dflt, String note, List<String> notes) {
        if (s == null || s.isBlank()) return dflt;
        try {
            long v = Long.parseLong(s.strip());
            return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
        } catch (NumberFormatException e) {
            notes.add(note);
            return dflt;
        }
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public SearchRequest toRequest() {
        return new SearchRequest(q, filters, role, dueBy, overdueAsOf, sort, page, size);
    }

    public SearchRequest toRequest(int page, int size) {
        return new SearchRequest(q, filters, role, dueBy, overdueAsOf, sort, page, size);
    }

    public boolean has(String facet, String value) {
        return filters.getOrDefault(facet, List.of()).contains(value);
    }

    public boolean hasFilters() {
        return !filters.isEmpty() || dueBy != null && !dueBy.isEmpty() || overdueAsOf != null && !overdueAsOf.isEmpty() || role != null;
    }

    /** A link to this search at {@code path}, with one facet value added or removed and paging reset. */
    public String toggle(String path, String facet, String value) {
        UriComponentsBuilder b = base(path, true);
        List<String> values = new ArrayList<>(filters.getOrDefault(facet, List.of()));
        if (!values.remove(value)) values.add(value);
        b.replaceQueryParam(facet, values.toArray());
        return b.encode().toUriString();
    }

    /** This search at another page. */
    public String page(String path, int newPage) {
        UriComponentsBuilder b = base(path, false);
        b.replaceQueryParam("page", newPage);
        return b.encode().toUriString();
    }

    /** This search with another sort order. */
    public String sorted(String path, String newSort) {
        UriComponentsBuilder b = base(path, true);
        b.replaceQueryParam("sort", newSort);
        return b.encode().toUriString();
    }

    /** This search without a given parameter (a date filter or the role). */
    public String without(String path, String param) {
        UriComponentsBuilder b = base(path, true);
        b.replaceQueryParam(param);
        return b.encode().toUriString();
    }

    /** The same search at another address (exports, feed, compare), all pages. */
    public String at(String path) {
        return base(path, true).encode().toUriString();
    }

    /** The search without any filter (keeps the words). */
    public String withoutFilters(String path) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        if (q != null && !q.isEmpty()) b.queryParam("q", q);
        return b.encode().toUriString();
    }

    private UriComponentsBuilder base(String path, boolean resetPage) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        if (q != null && !q.isEmpty()) b.queryParam("q", q);
        filters.forEach((k, v) -> b.queryParam(k, v.toArray()));
        if (role != null) b.queryParam("role", role);
        if (dueBy != null && !dueBy.isEmpty()) b.queryParam("dueBy", dueBy);
        if (overdueAsOf != null && !overdueAsOf.isEmpty()) b.queryParam("overdueAsOf", overdueAsOf);
        if (sort != null && !sort.equals("relevance")) b.queryParam("sort", sort);
        if (!resetPage && page > 1) b.queryParam("page", page);
        if (size != 20) b.queryParam("size", size);
        return b;
    }
}
