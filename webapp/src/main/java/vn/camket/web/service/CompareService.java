package vn.camket.web.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import vn.camket.model.Plan;
import vn.camket.search.FacetValue;
import vn.camket.search.Hit;
import vn.camket.search.SearchRequest;
import vn.camket.search.SearchResponse;
import vn.camket.search.SearchService;

/**
 * Views across provinces built on the search service: a query compared province by province, the
 * pillar × province table of tasks, and one agency's tasks everywhere.
 */
@Service
public class CompareService {
    private final SearchService search;

    public CompareService(SearchService search) {
        this.search = search;
    }

    /** One province's column in a comparison: counts by record type, top hits, earliest dated task deadline. */
    public record ProvinceColumn(String province, long total, long tasks, long clauses, long targets, List<Hit> top,
                                 String earliestDeadline) {}

    /** Every province with a plan in the index, in name order (a province with nothing still gets a column). */
    public List<String> provinces() {
        TreeSet<String> names = new TreeSet<>();
        for (var r : search.plans()) {
            Plan p = vn.camket.io.JsonLines.MAPPER.readValue(r.json(), Plan.class);
            if (p.province() != null) names.add(p.province());
        }
        return List.copyOf(names);
    }

    public List<ProvinceColumn> compare(SearchParams p) {
        List<ProvinceColumn> columns = new ArrayList<>();
        for (String province : provinces()) {
            Map<String, List<String>> filters = new LinkedHashMap<>(p.filters());
            filters.put("province", List.of(province));
            SearchResponse r = search.search(new SearchRequest(p.q(), filters, p.role(), p.dueBy(), p.overdueAsOf(), "relevance", 1, 3).withExactCounts());
            Map<String, List<String>> taskFilters = new LinkedHashMap<>(filters);
            taskFilters.put("type", List.of("task"));
            SearchResponse soonest = search.search(new SearchRequest(p.q(), taskFilters, p.role(), p.dueBy(), p.overdueAsOf(), "deadline", 1, 1).withExactCounts());
            String earliest = soonest.hits().isEmpty() ? null : soonest.hits().getFirst().deadlineNormalized();
            if (earliest != null && !earliest.matches("\\d{4}.*")) earliest = null;
            columns.add(new ProvinceColumn(province, r.total(), count(r, "task"), count(r, "clause"), count(r, "target"), r.hits(), earliest));
        }
        return columns;
    }

    private static long count(SearchResponse r, String type) {
        return r.facets().getOrDefault("type", List.of()).stream().filter(f -> f.value().equals(type)).mapToLong(FacetValue::count).sum();
    }

    /** Tasks per pillar (rows) and province (columns). */
    public record ThemeGrid(List<String> provinces, List<String> themes, Map<String, Map<String, Long>> counts, long max) {
        public long count(String theme, String province) {
            return counts.getOrDefault(theme, Map.of()).getOrDefault(province, 0L);
        }
    }

    public ThemeGrid themes(List<String> themeIds) {
        List<String> provinces = provinces();
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        long max = 0;
        for (String province : provinces) {
            SearchResponse r = search.search(SearchRequest.of("").withFilter("type", "task").withFilter("province", province).withPage(1, 1));
            for (FacetValue f : r.facets().getOrDefault("theme", List.of())) {
                counts.computeIfAbsent(f.value(), k -> new LinkedHashMap<>()).put(province, f.count());
                max = Math.max(max, f.count());
            }
        }
        return new ThemeGrid(provinces, themeIds, counts, max);
    }

    /**
     * Tasks of a search by due quarter (a year-only deadline in its year's column) and province; what
     * fell due before {@code today} is overdue; ongoing, annual, conditional and undated tasks apart.
     */
    public record Timeline(List<String> buckets, List<String> provinces, Map<String, Map<String, Integer>> counts,
                           List<String> overdue, Map<String, Map<String, Integer>> undated, String today) {
        public int count(String province, String bucket) {
            return counts.getOrDefault(province, Map.of()).getOrDefault(bucket, 0);
        }

        public int max() {
            return counts.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).max().orElse(0);
        }

        public boolean isOverdue(String bucket) {
            return overdue.contains(bucket);
        }
    }

    public Timeline timeline(SearchParams p, java.time.LocalDate today) {
        Map<String, List<String>> filters = new LinkedHashMap<>(p.filters());
        filters.put("type", List.of("task"));
        // a year-only deadline ("2025") sorts after that year's quarters: it is due by the year's end
        TreeSet<String> buckets = new TreeSet<>(java.util.Comparator.comparing((String b) -> b.length() == 4 ? b + "-Q9" : b));
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> undated = new LinkedHashMap<>();
        for (String province : provinces()) {
            counts.put(province, new LinkedHashMap<>());
            undated.put(province, new LinkedHashMap<>());
        }
        for (int page = 1; (long) page * SearchService.MAX_SIZE <= SearchService.MAX_WINDOW; page++) {
            SearchResponse r = search.search(new SearchRequest(p.q(), filters, p.role(), p.dueBy(), p.overdueAsOf(), "deadline", page, SearchService.MAX_SIZE).withExactCounts());
            for (Hit h : r.hits()) {
                String bucket = bucket(h.deadlineNormalized());
                String province = h.province() == null ? "?" : h.province();
                if (bucket == null) {
                    String kind = h.deadlineNormalized() == null ? "unknown" : h.deadlineNormalized();
                    undated.computeIfAbsent(province, k -> new LinkedHashMap<>()).merge(kind, 1, Integer::sum);
                } else {
                    buckets.add(bucket);
                    counts.computeIfAbsent(province, k -> new LinkedHashMap<>()).merge(bucket, 1, Integer::sum);
                }
            }
            if (r.hits().size() < SearchService.MAX_SIZE) break;
        }
        List<String> overdue = buckets.stream().filter(b -> end(b).isBefore(today)).toList();
        return new Timeline(List.copyOf(buckets), List.copyOf(counts.keySet()), counts, overdue, undated, today.toString());
    }

    /** "2025-06" and "2025-06-30" → "2025-Q2"; "2025-Q2" stays; "2025" stays; "2025..2030" → "2030"; kinds → null. */
    static String bucket(String normalized) {
        if (normalized == null) return null;
        if (normalized.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
            int month = Integer.parseInt(normalized.substring(5, 7));
            return normalized.substring(0, 4) + "-Q" + ((month - 1) / 3 + 1);
        }
        if (normalized.matches("\\d{4}(-Q[1-4])?")) return normalized;
        if (normalized.matches("\\d{4}\\.\\.\\d{4}")) return normalized.substring(6);
        return null;
    }

    private static java.time.LocalDate end(String bucket) {
        int year = Integer.parseInt(bucket.substring(0, 4));
        if (bucket.length() == 4) return java.time.LocalDate.of(year, 12, 31);
        int q = bucket.charAt(6) - '0';
        return java.time.YearMonth.of(year, 3 * q).atEndOfMonth();
    }

    /** One agency's tasks: where it leads and where it coordinates, soonest deadline first. */
    public record AgencyTasks(String agency, List<Hit> lead, long leadTotal, List<Hit> coordinating, long coordinatingTotal) {}

    public AgencyTasks agency(String name) {
        SearchResponse lead = search.search(new SearchRequest("", Map.of("agency", List.of(name), "type", List.of("task")),
                "lead", null, null, "deadline", 1, 100).withExactCounts());
        SearchResponse coord = search.search(new SearchRequest("", Map.of("agency", List.of(name), "type", List.of("task")),
                "coordinating", null, null, "deadline", 1, 100).withExactCounts());
        return new AgencyTasks(name, lead.hits(), lead.total(), coord.hits(), coord.total());
    }
}
