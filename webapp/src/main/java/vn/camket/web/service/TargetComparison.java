package vn.camket.web.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.camket.io.JsonLines;
import vn.camket.model.Target;
import vn.camket.search.FacetValue;
import vn.camket.search.Hit;
import vn.camket.search.SearchRequest;
import vn.camket.search.SearchResponse;
import vn.camket.search.SearchService;

/** Targets side by side: one indicator across provinces, with value, comparator, unit, horizon and plan. */
@Service
public class TargetComparison {
    private final SearchService search;
    private final List<Indicator> indicators;

    public TargetComparison(SearchService search) {
        this.search = search;
        this.indicators = load();
    }

    private static List<Indicator> load() {
        try (var in = TargetComparison.class.getResourceAsStream("/indicators.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Indicator> list = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                list.add(new Indicator(f[0], f[1], f[2], f[3]));
            }
            return List.copyOf(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Indicator> indicators() {
        return indicators;
    }

    public Optional<Indicator> indicator(String id) {
        return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** One target in the comparison. */
    public record Row(String province, String planNumber, String planId, String recordId, String horizon, String row,
                      String indicator, String value, String comparator, Double number, String unit) {}

    /** The targets of one indicator, by province then horizon. */
    public List<Row> rows(Indicator ind) {
        SearchResponse r = search.search(new SearchRequest(ind.query(), Map.of("type", List.of("target")), null, null, null,
                "relevance", 1, SearchService.MAX_SIZE).withExactCounts());
        List<Row> rows = new ArrayList<>();
        for (Hit h : r.hits()) {
            Target t = search.get(h.id()).map(s -> JsonLines.MAPPER.readValue(s.json(), Target.class)).orElse(null);
            if (t == null) continue;
            rows.add(new Row(h.province(), h.planNumber(), h.plan(), h.id(), t.horizon(), t.row(), t.indicator(),
                    t.value() == null ? "" : t.value().raw(), t.value() == null ? null : t.value().comparator(),
                    t.value() == null ? null : t.value().number(), t.unit()));
        }
        rows.sort(Comparator.comparing(Row::province, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Row::horizon, Comparator.nullsLast(Comparator.naturalOrder())));
        return rows;
    }

    /** For the index page: how many targets each indicator has per province. */
    public Map<String, Map<String, Long>> counts() {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (Indicator ind : indicators) {
            SearchResponse r = search.search(new SearchRequest(ind.query(), Map.of("type", List.of("target")), null, null, null,
                    "relevance", 1, 1).withExactCounts());
            Map<String, Long> byProvince = new LinkedHashMap<>();
            for (FacetValue f : r.facets().getOrDefault("province", List.of())) byProvince.put(f.value(), f.count());
            out.put(ind.id(), byProvince);
        }
        return out;
    }
}
