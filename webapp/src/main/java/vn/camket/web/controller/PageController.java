package vn.camket.web.controller;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.camket.search.SearchRequest;
import vn.camket.search.SearchResponse;
import vn.camket.web.service.PortalService;
import vn.camket.web.service.RecordView;
import vn.camket.web.service.SearchParams;

/** The HTML pages: home, search, record, plan. */
@Controller
public class PageController {
    private final PortalService portal;
    private final Labels labels;

    public PageController(PortalService portal, Labels labels) {
        this.portal = portal;
        this.labels = labels;
    }

    @GetMapping("/")
    public String home(Model model) {
        model.addAttribute("plans", portal.plans());
        return "home";
    }

    @GetMapping("/search")
    public String search(@RequestParam MultiValueMap<String, String> params, Model model) {
        SearchParams p = SearchParams.from(params, SearchRequest.DEFAULT_SIZE);
        SearchResponse r = portal.search(p);
        model.addAttribute("p", p);
        model.addAttribute("r", r);
        model.addAttribute("labels", labels);
        long pages = Math.max(1, (r.total() + r.size() - 1) / r.size());
        model.addAttribute("pages", Math.min(pages, Math.max(1, 2000 / r.size())));
        java.util.Map<String, String> planLabels = new java.util.HashMap<>();
        for (var pl : portal.plans()) planLabels.put(pl.id(), pl.number() + " · " + pl.province() + " (" + pl.date() + ")");
        model.addAttribute("planLabels", planLabels);
        model.addAttribute("facetOrder", List.of("type", "province", "provinceToday", "theme", "agency", "deadline", "plan"));
        return "search";
    }

    @GetMapping("/records/{id}")
    public String record(@PathVariable String id, Model model, HttpServletRequest request) {
        RecordView r = portal.record(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        model.addAttribute("rec", r);
        model.addAttribute("similar", portal.similar(id, 5));
        model.addAttribute("citation", r.citation().replace(" /records/", " " + base + "/records/"));
        model.addAttribute("labels", labels);
        return "record";
    }

    @GetMapping("/records/{id}/similar")
    public String similar(@PathVariable String id, Model model) {
        RecordView r = portal.record(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("rec", r);
        model.addAttribute("similar", portal.similar(id, 20));
        model.addAttribute("labels", labels);
        return "similar";
    }

    /** Two records side by side (a task and its precedent). */
    @GetMapping("/compare/records")
    public String pair(@RequestParam String a, @RequestParam String b, Model model) {
        RecordView left = portal.record(a).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        RecordView right = portal.record(b).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("pair", List.of(left, right));
        model.addAttribute("labels", labels);
        return "pair";
    }

    @GetMapping("/plans/{id}")
    public String plan(@PathVariable String id, @RequestParam(name = "reading", required = false) String reading, Model model) {
        var view = portal.planView(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("pv", view);
        // an OCR plan shows its restored reading unless the printed text is asked for (a link: no script needed)
        model.addAttribute("showRestored", view.restored() && !"printed".equals(reading));
        model.addAttribute("labels", labels);
        return "plan";
    }
}
