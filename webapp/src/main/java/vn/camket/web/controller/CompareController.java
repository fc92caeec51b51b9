package vn.camket.web.controller;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import vn.camket.parse.Theme;
import vn.camket.parse.ThemeClassifier;
import vn.camket.search.SearchRequest;
import vn.camket.web.service.CompareService;
import vn.camket.web.service.SearchParams;

/** Views across provinces: compare a query, the pillar × province heat map, one agency's tasks; each also as JSON. */
@Controller
public class CompareController {
    private static final int MAX_AGENCY_NAME = 200;
    private final CompareService compare;
    private final Labels labels;
    private final List<Theme> themes = ThemeClassifier.load().themes();

    public CompareController(CompareService compare, Labels labels) {
        this.compare = compare;
        this.labels = labels;
    }

    @GetMapping("/compare")
    public String compare(@RequestParam MultiValueMap<String, String> params, Model model) {
        SearchParams p = SearchParams.from(params, SearchRequest.DEFAULT_SIZE);
        model.addAttribute("p", p);
        model.addAttribute("columns", compare.compare(p));
        model.addAttribute("labels", labels);
        return "compare";
    }

    @GetMapping("/api/compare")
    @ResponseBody
    public List<CompareService.ProvinceColumn> compareJson(@RequestParam MultiValueMap<String, String> params) {
        return compare.compare(SearchParams.from(params, SearchRequest.DEFAULT_SIZE));
    }

    @GetMapping("/themes")
    public String themes(Model model) {
        model.addAttribute("grid", compare.themes(themes.stream().map(Theme::id).toList()));
        model.addAttribute("labels", labels);
        return "themes";
    }

    @GetMapping("/api/themes")
    @ResponseBody
    public CompareService.ThemeGrid themesJson() {
        return compare.themes(themes.stream().map(Theme::id).toList());
    }

    @GetMapping("/timeline")
    public String timeline(@RequestParam MultiValueMap<String, String> params, Model model) {
        SearchParams p = SearchParams.from(params, SearchRequest.DEFAULT_SIZE);
        model.addAttribute("p", p);
        model.addAttribute("t", compare.timeline(p, java.time.LocalDate.now()));
        model.addAttribute("labels", labels);
        return "timeline";
    }

    @GetMapping("/api/timeline")
    @ResponseBody
    public CompareService.Timeline timelineJson(@RequestParam MultiValueMap<String, String> params) {
        return compare.timeline(SearchParams.from(params, SearchRequest.DEFAULT_SIZE), java.time.LocalDate.now());
    }

    @GetMapping("/agencies/{name}")
    public String agency(@PathVariable String name, Model model) {
        model.addAttribute("a", agencyTasks(name));
        model.addAttribute("labels", labels);
        return "agency";
    }

    @GetMapping("/api/agencies/{name}")
    @ResponseBody
    public CompareService.AgencyTasks agencyJson(@PathVariable String name) {
        return agencyTasks(name);
    }

    private CompareService.AgencyTasks agencyTasks(String name) {
        if (name == null || name.isBlank() || name.length() > MAX_AGENCY_NAME) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        return compare.agency(name.strip());
    }
}
