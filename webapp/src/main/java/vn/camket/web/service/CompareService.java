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
            SearchResponse r = search.search(new SearchRequest(p.q(), filters, p.role(), p.dueBy(), p.overdueAsOf(), "relevance", 1, 3));
            Map<String, List<String>> taskFilters = new LinkedHashMap<>(filters);
            taskFilters.put("type", List.of("task"));
            SearchResponse soonest = search.search(new SearchRequest(p.q(), taskFilters, p.role(), p.dueBy(), p.overdueAsOf(), "deadline", 1, 1));
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

    /** One agency's tasks: where it leads and where it coordinates, soonest deadline first. */
    public record AgencyTasks(String agency, List<Hit> lead, long leadTotal, List<Hit> coordinating, long coordinatingTotal) {}

    public AgencyTasks agency(String name) {
        SearchResponse lead = search.search(new SearchRequest("", Map.of("agency", List.of(name), "type", List.of("task")),
                "lead", null, null, "deadline", 1, 100));
        SearchResponse coord = search.search(new SearchRequest("", Map.of("agency", List.of(name), "type", List.of("task")),
                "coordinating", null, null, "deadline", 1, 100));
        return new AgencyTasks(name, lead.hits(), lead.total(), coord.hits(), coord.total());
    }
}
