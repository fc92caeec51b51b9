package vn.camket.web.controller;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import vn.camket.web.service.CompareService;
import vn.camket.web.service.Indicator;
import vn.camket.web.service.TargetComparison;

/** Targets side by side ({@code /targets?indicator=…}), as a page, as CSV and as JSON. */
@Controller
public class TargetsController {
    private static final String[] COLUMNS = {"indicator", "province", "plan", "horizon", "row", "comparator", "number", "unit", "value", "text"};
    private final TargetComparison targets;
    private final CompareService compare;

    public TargetsController(TargetComparison targets, CompareService compare) {
        this.targets = targets;
        this.compare = compare;
    }

    @GetMapping("/targets")
    public String page(@RequestParam(required = false) String indicator, Model model) {
        model.addAttribute("indicators", targets.indicators());
        model.addAttribute("provinces", compare.provinces());
        if (indicator == null || indicator.isBlank()) {
            model.addAttribute("counts", targets.counts());
            return "targets";
        }
        Indicator ind = find(indicator);
        model.addAttribute("ind", ind);
        model.addAttribute("rows", targets.rows(ind));
        return "targets";
    }

    @GetMapping("/api/targets")
    @ResponseBody
    public Map<String, Object> json(@RequestParam(required = false) String indicator) {
        if (indicator == null || indicator.isBlank()) return Map.of("indicators", targets.indicators(), "counts", targets.counts());
        Indicator ind = find(indicator);
        return Map.of("indicator", ind, "rows", targets.rows(ind));
    }

    @GetMapping("/targets.csv")
    public ResponseEntity<byte[]> csv(@RequestParam String indicator) throws IOException {
        Indicator ind = find(indicator);
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get())) {
            for (TargetComparison.Row r : targets.rows(ind)) {
                p.printRecord(List.of(ind.labelVi(), n(r.province()), n(r.planNumber()), n(r.horizon()), n(r.row()), n(r.comparator()),
                        r.number() == null ? "" : r.number().toString(), n(r.unit()), ExportController.neutralize(r.value()),
                        ExportController.neutralize(r.indicator())));
            }
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"camket-targets-" + ind.id() + ".csv\"")
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String n(String s) {
        return ExportController.neutralize(s);
    }

    private Indicator find(String id) {
        return targets.indicator(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No indicator " + id));
    }
}
