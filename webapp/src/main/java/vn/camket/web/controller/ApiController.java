package vn.camket.web.controller;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.camket.search.FacetValue;
import vn.camket.search.SearchRequest;
import vn.camket.search.SearchResponse;
import vn.camket.web.service.PlanView;
import vn.camket.web.service.PortalService;
import vn.camket.web.service.RecordView;
import vn.camket.web.service.SearchParams;

/** The JSON API under {@code /api}, described at {@code /v3/api-docs}. */
@RestController
@RequestMapping("/api")
public class ApiController {
    private final PortalService portal;
    private final Labels labels;

    public ApiController(PortalService portal, Labels labels) {
        this.portal = portal;
        this.labels = labels;
    }

    /**
     * The API's search response: facets under their API names (counts estimated from a sample when
     * {@code facetsApproximate}; the total is always exact), notes as readable sentences.
     */
    public record ApiSearchResponse(long total, int page, int size, List<vn.camket.search.Hit> hits,
                                    Map<String, List<FacetValue>> facets, List<String> notes, String indexVersion,
                                    boolean facetsApproximate) {}

    @GetMapping("/search")
    public ApiSearchResponse search(@RequestParam MultiValueMap<String, String> params) {
        SearchParams p = SearchParams.from(params, SearchRequest.DEFAULT_SIZE);
        SearchResponse r = portal.search(p);
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>(r.facets());
        return new ApiSearchResponse(r.total(), r.page(), r.size(), r.hits(), facets,
                r.notes().stream().map(labels::note).toList(), r.indexVersion(), r.facetsApproximate());
    }

    @GetMapping("/records/{id}")
    public RecordView record(@PathVariable String id) {
        return portal.record(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No record " + id));
    }

    /** Suggestions for the search box: type without diacritics, get proper Vietnamese. */
    @GetMapping("/suggest")
    public List<String> suggest(@RequestParam(name = "q", required = false) String q) {
        return portal.suggest(q == null ? "" : q, 8);
    }

    /** Precedents: the most similar records in other provinces' plans, best first, matched words marked. */
    @GetMapping("/similar/{id}")
    public List<vn.camket.search.Hit> similar(@PathVariable String id, @RequestParam(defaultValue = "10") int size) {
        if (portal.record(id).isEmpty()) throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No record " + id);
        return portal.similar(id, Math.max(1, Math.min(size, 50)));
    }

    @GetMapping("/plans/{id}")
    public PlanView plan(@PathVariable String id) {
        return portal.planView(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No plan " + id));
    }

    @GetMapping("/plans")
    public List<vn.camket.model.Plan> plans() {
        return portal.plans();
    }
}
