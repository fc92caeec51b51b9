package vn.camket.web.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.camket.model.Plan;
import vn.camket.web.config.CamketProperties;

/**
 * Finds the PDF a plan was read from in the corpus folder. The file is named by the plan's
 * {@code source} as the build stored it, never by anything a request carries, and it must be a
 * plain file directly in the corpus folder (no path, no link out of it) that starts as a PDF does.
 */
@Component
public class PlanPdfs {
    private static final byte[] MAGIC = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final CamketProperties props;

    public PlanPdfs(CamketProperties props) {
        this.props = props;
    }

    /** The PDF of a plan, or why there is none (said to the reader as it is). */
    public sealed interface Found permits Pdf, Missing {}

    public record Pdf(Path file, String name) implements Found {}

    public record Missing(String reason) implements Found {}

    public Found of(Plan plan) {
        String name = plan.source();
        if (name == null || !name.toLowerCase(Locale.ROOT).endsWith(".pdf")) return new Missing("This plan was not read from a PDF.");
        // a bare file name only: the build stores the name of a file directly in the corpus folder
        if (name.contains("/") || name.contains("\\") || name.contains("\0") || name.equals("..")) {
            return new Missing("This plan's source is not a file of the corpus folder.");
        }
        try {
            Path corpus = props.corpus().toRealPath();
            Path file = corpus.resolve(name);
            if (!Files.isRegularFile(file)) return new Missing("The PDF " + name + " is no longer in the corpus folder.");
            if (!file.toRealPath().getParent().equals(corpus)) return new Missing("This plan's source is not a file of the corpus folder.");
            if (!startsAsPdf(file)) return new Missing("The file " + name + " in the corpus folder is not a PDF (damaged or replaced).");
            return new Pdf(file, name);
        } catch (IOException e) {
            return new Missing("The PDF " + name + " cannot be read (" + e.getClass().getSimpleName() + ").");
        }
    }

    private static boolean startsAsPdf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        }
    }
}
