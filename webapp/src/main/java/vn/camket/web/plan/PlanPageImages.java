package vn.camket.web.plan;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.stereotype.Component;
import vn.camket.text.PageBox;

/**
 * A page of a plan's PDF as a PNG image, for readers who want to see what was printed beside the
 * text read from it (the OCR's text may be wrong; the page is not). Rendered by PDFBox at a screen's
 * resolution, grey (scans are), a few at a time (rendering is the costliest thing the portal does),
 * and the last pages rendered kept, keyed by the file, its size and its time, so a replaced PDF is
 * rendered again.
 */
@Component
public class PlanPageImages {
    /** Enough to read a printed page on a screen; a page of A4 is about 900 by 1,300 pixels. */
    static final float DPI = 110;
    private static final int KEPT = 48;
    private static final int AT_ONCE = 2;

    /** The image, or why there is none (said to the reader as it is). */
    public sealed interface Rendered permits Image, NoImage {}

    public record Image(byte[] png) implements Rendered {}

    /** {@code busy}: the portal is rendering as many pages as it can at once; try again shortly. */
    public record NoImage(String reason, boolean busy) implements Rendered {}

    private final Semaphore rendering = new Semaphore(AT_ONCE);
    private final Map<String, byte[]> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > KEPT;
        }
    };

    public Rendered page(Path pdf, int page) {
        return page(pdf, page, null);
    }

    /**
     * The page, cropped to {@code crop} (shares of the page) when given: a record's place on it, so
     * the reader sees the printed row beside the text read from it. The whole page is rendered (and
     * kept) once; crops are cut from it, and kept beside it (a record page is opened again and again).
     */
    public Rendered page(Path pdf, int page, PageBox crop) {
        Rendered whole = whole(pdf, page);
        if (crop == null || !(whole instanceof Image i)) return whole;
        String cropKey;
        try {
            cropKey = keyOf(pdf, page) + "|" + crop;
        } catch (IOException e) {
            return whole; // the file changed under us: the page as just rendered
        }
        synchronized (kept) {
            byte[] png = kept.get(cropKey);
            if (png != null) return new Image(png);
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(i.png()));
            int x0 = (int) Math.floor(crop.left() * image.getWidth()), y0 = (int) Math.floor(crop.top() * image.getHeight());
            int x1 = (int) Math.ceil(crop.right() * image.getWidth()), y1 = (int) Math.ceil(crop.bottom() * image.getHeight());
            x1 = Math.min(image.getWidth(), Math.max(x1, x0 + 1));
            y1 = Math.min(image.getHeight(), Math.max(y1, y0 + 1));
            if (x0 >= x1 || y0 >= y1) return whole;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image.getSubimage(x0, y0, x1 - x0, y1 - y0), "png", out);
            byte[] png = out.toByteArray();
            synchronized (kept) {
                kept.put(cropKey, png);
            }
            return new Image(png);
        } catch (IOException | RuntimeException e) {
            return whole; // the page as it is rather than nothing
        }
    }

    private Rendered whole(Path pdf, int page) {
        String key;
        try {
            key = keyOf(pdf, page);
        } catch (IOException e) {
            return new NoImage("The PDF cannot be read (" + e.getClass().getSimpleName() + ").", false);
        }
        synchronized (kept) {
            byte[] png = kept.get(key);
            if (png != null) return new Image(png);
        }
        try {
            if (!rendering.tryAcquire(10, TimeUnit.SECONDS)) return new NoImage("The portal is busy rendering pages; try again in a moment.", true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new NoImage("Interrupted.", true);
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int pages = doc.getNumberOfPages();
            if (page < 1 || page > pages) return new NoImage("This plan's PDF has " + pages + " page" + (pages == 1 ? "" : "s") + ".", false);
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page - 1, DPI, ImageType.GRAY);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            byte[] png = out.toByteArray();
            synchronized (kept) {
                kept.put(key, png);
            }
            return new Image(png);
        } catch (IOException | RuntimeException e) {
            return new NoImage("Page " + page + " of the PDF could not be rendered (" + e.getClass().getSimpleName() + ").", false);
        } finally {
            rendering.release();
        }
    }

    /** A page's key: the file, its size and its time, so a replaced PDF is rendered again. */
    private static String keyOf(Path pdf, int page) throws IOException {
        return pdf.toRealPath() + "|" + Files.size(pdf) + "|" + Files.getLastModifiedTime(pdf).toMillis() + "|" + page;
    }
}
