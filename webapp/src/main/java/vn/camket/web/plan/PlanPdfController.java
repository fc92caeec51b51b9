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
import vn.camket.model.Plan;
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

    /** {@code /plans/{id}/pages/{page}.png}: one page of the plan's PDF as an image (the record page shows the one a record was read on). */
    @GetMapping("/plans/{id}/pages/{page}.png")
    public ResponseEntity<?> page(@PathVariable String id, @PathVariable int page) {
        Plan plan = portal.plan(id).orElse(null);
        if (plan == null) return notFound("No plan with this id.");
        return switch (pdfs.of(plan)) {
            case PlanPdfs.Pdf p -> switch (images.page(p.file(), page)) {
                case PlanPageImages.Image i -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                        .header(HttpHeaders.CACHE_CONTROL, "max-age=3600").body(i.png());
                case PlanPageImages.NoImage n when n.busy() -> ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                        .header(HttpHeaders.RETRY_AFTER, "5").contentType(new MediaType("text", "plain", StandardCharsets.UTF_8)).body(n.reason() + "\n");
                case PlanPageImages.NoImage n -> notFound(n.reason());
            };
            case PlanPdfs.Missing m -> notFound(m.reason());
        };
    }

    /** A plain-text 404: the reason is for a person, and plain text cannot carry markup. */
    private static ResponseEntity<String> notFound(String reason) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(new MediaType("text", "plain", StandardCharsets.UTF_8)).body(reason + "\n");
    }
}
