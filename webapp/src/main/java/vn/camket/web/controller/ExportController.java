package vn.camket.web.controller;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.camket.search.Hit;
import vn.camket.search.SearchRequest;
import vn.camket.web.service.PortalService;
import vn.camket.web.service.SearchParams;

/**
 * Export of a whole result set (all pages, up to the export cap): CSV in UTF-8 with a BOM so
 * spreadsheet programs read Vietnamese, and JSON. Cells that a spreadsheet would run as a
 * formula (starting with = + - @) are prefixed with an apostrophe. {@code text} is the printed text
 * (of reference), {@code restored} the machine-restored reading of an OCR record.
 */
@RestController
public class ExportController {
    private static final String[] COLUMNS = {"province", "provinceToday", "plan", "planNumber", "planDate", "type", "place",
            "text", "restored", "lead", "coordinating", "deadline", "deadlineNormalized", "theme", "source", "lines", "link"};

    private final PortalService portal;

    public ExportController(PortalService portal) {
        this.portal = portal;
    }

    @GetMapping(value = "/search.csv")
    public ResponseEntity<byte[]> csv(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request) throws IOException {
        List<Map<String, String>> rows = rows(params, request);
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get())) {
            for (Map<String, String> r : rows) {
                List<String> cells = new ArrayList<>();
                for (String c : COLUMNS) cells.add(neutralize(r.get(c)));
                printer.printRecord(cells);
            }
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"camket-search.csv\"")
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping(value = "/search.json", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> json(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
        List<Map<String, String>> rows = rows(params, request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("count", rows.size());
        body.put("cap", portal.exportCap());
        body.put("records", rows);
        return body;
    }

    private List<Map<String, String>> rows(MultiValueMap<String, String> params, HttpServletRequest request) {
        SearchParams p = SearchParams.from(params, SearchRequest.DEFAULT_SIZE);
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        List<Map<String, String>> rows = new ArrayList<>();
        for (Hit h : portal.export(p)) {
            Map<String, String> r = new LinkedHashMap<>();
            r.put("province", h.province());
            r.put("provinceToday", h.provinceToday());
            r.put("plan", h.plan());
            r.put("planNumber", h.planNumber());
            r.put("planDate", h.planDate());
            r.put("type", h.type());
            r.put("place", h.place());
            r.put("text", h.text());
            // the machine-restored reading of an OCR record beside its printed text (empty where the print is readable)
            r.put("restored", h.restored());
            r.put("lead", String.join("; ", h.lead()));
            r.put("coordinating", String.join("; ", h.coordinating()));
            r.put("deadline", h.deadline());
            r.put("deadlineNormalized", h.deadlineNormalized());
            r.put("theme", h.theme());
            r.put("source", h.source());
            r.put("lines", h.lines()[0] + "-" + h.lines()[1]);
            r.put("link", base + "/records/" + h.id());
            rows.add(r);
        }
        return rows;
    }

    /** A cell a spreadsheet would run as a formula gets a leading apostrophe. */
    static String neutralize(String cell) {
        if (cell == null) return "";
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) return "'" + cell;
        return cell;
    }
}
