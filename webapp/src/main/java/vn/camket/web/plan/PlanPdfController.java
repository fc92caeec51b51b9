package vn.camket.web.plan;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.camket.model.Plan;
import vn.camket.text.PageBox;
import vn.camket.web.service.PortalService;

/**
 * {@code /plans/{id}/pdf}: the PDF a plan was read from, shown in the browser, so that a record's
 * "tr. 7" link ({@code #page=7}) opens the page it was read on. A plan read from a text file, an
 * unknown plan, or a PDF gone from the corpus folder is a 404 that says which.
 */
@Controller
public class PlanPdfController {
    private final PortalService portal;
    private final PlanPdfs pdfs;
    private final PlanPageImages images;

    public PlanPdfController(PortalService portal, PlanPdfs pdfs, PlanPageImages images) {
        this.portal = portal;
        this.pdfs = pdfs;
        this.images = images;
    }

    @GetMapping("/plans/{id}/pdf")
    public ResponseEntity<?> pdf(@PathVariable String id) {
        Plan plan = portal.plan(id).orElse(null);
        if (plan == null) return notFound("No plan with this id.");
        return switch (pdfs.of(plan)) {
            case PlanPdfs.Pdf p -> ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(p.name(), StandardCharsets.UTF_8).build().toString())
                    .body((Resource) new FileSystemResource(p.file()));
            case PlanPdfs.Missing m -> notFound(m.reason());
        };
    }

    /**
     * {@code /plans/{id}/pages/{page}.png}: one page of the plan's PDF as an image (the record page
     * shows the one a record was read on). With {@code lines=FROM-TO}, the page cropped to where
     * those lines stand on it (a record's place); the whole page when that is not known.
     */
    @GetMapping("/plans/{id}/pages/{page}.png")
    public ResponseEntity<?> page(@PathVariable String id, @PathVariable int page, @RequestParam(required = false) String lines) {
        Plan plan = portal.plan(id).orElse(null);
        if (plan == null) return notFound("No plan with this id.");
        PageBox crop = cropOf(id, page, lines);
        return switch (pdfs.of(plan)) {
            case PlanPdfs.Pdf p -> switch (images.page(p.file(), page, crop)) {
                case PlanPageImages.Image i -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                        .header(HttpHeaders.CACHE_CONTROL, "max-age=3600").body(i.png());
                case PlanPageImages.NoImage n when n.busy() -> ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                        .header(HttpHeaders.RETRY_AFTER, "5").contentType(new MediaType("text", "plain", StandardCharsets.UTF_8)).body(n.reason() + "\n");
                case PlanPageImages.NoImage n -> notFound(n.reason());
            };
            case PlanPdfs.Missing m -> notFound(m.reason());
        };
    }

    /** The box of lines "FROM-TO" on the page, with a margin; null (the whole page) for anything else. */
    private PageBox cropOf(String id, int page, String lines) {
        if (lines == null) return null;
        java.util.regex.Matcher m = LINES.matcher(lines.strip());
        if (!m.matches()) return null;
        try {
            int from = Integer.parseInt(m.group(1)), to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (to < from) return null;
            return portal.linesBox(id, page, from, to).map(b -> b.grown(CROP_MARGIN)).orElse(null);
        } catch (NumberFormatException e) {
            return null; // numbers too large for any plan: the whole page
        }
    }

    private static final java.util.regex.Pattern LINES = java.util.regex.Pattern.compile("(\\d{1,9})(?:-(\\d{1,9}))?");
    /** Room around a record's words, as a share of the page: a little of what stands around it. */
    private static final double CROP_MARGIN = 0.015;

    /** A plain-text 404: the reason is for a person, and plain text cannot carry markup. */
    private static ResponseEntity<String> notFound(String reason) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(new MediaType("text", "plain", StandardCharsets.UTF_8)).body(reason + "\n");
    }
}
