package vn.camket.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import vn.camket.text.PlanFileException;

/**
 * Reads the words of every page of a PDF plan: from the text layer where a page has one, else by
 * rendering the page (grey; a scan at its own resolution, see {@link #readingDpi}) and OCR. Pages are rendered one after the other (PDFBox's
 * renderer is not for several threads) and read by the OCR in parallel, one process per core;
 * OCR'd pages are kept in the {@link OcrCache}. What cannot be read is refused by name with the
 * reason (encrypted, corrupt, empty, too many pages, no text at all, OCR missing); a page whose OCR
 * fails is reported and the other pages are kept.
 */
public final class PdfPlanReader {
    public static final int DPI = 300;
    /** Plans run to a few dozen pages; a file far longer is no plan (or would hold the build for hours). */
    public static final int DEFAULT_MAX_PAGES = 300;
    public static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;
    /** A page rendered larger than this (a poster, a drawing) is rendered at a lower resolution. */
    private static final long MAX_PIXELS = 40_000_000L;
    /** Fewer readable words than this in the whole file: photographs or blank scans, not a plan. */
    private static final int MIN_WORDS = 30;

    /**
     * The pages read, the problems met on the way (pages that failed, each naming the file), and
     * how many pages the OCR read now and how many came from the cache.
     */
    public record Result(List<PageWords> pages, List<String> problems, int ocrPages, int cachedPages) {}

    private final OcrEngine ocr;
    private final String ocrProblem;
    private final OcrCache cache;
    private final int threads;
    private final int maxPages;
    private final Consumer<String> progress;

    /**
     * @param ocr        the OCR engine, or null when there is none ({@code ocrProblem} says why)
     * @param progress   receives "name: page k/n" as pages are read
     */
    public PdfPlanReader(OcrEngine ocr, String ocrProblem, OcrCache cache, int threads, int maxPages, Consumer<String> progress) {
        this.ocr = ocr;
        this.ocrProblem = ocrProblem;
        this.cache = cache;
        this.threads = Math.max(1, threads);
        this.maxPages = maxPages;
        this.progress = progress;
    }

    /** Tesseract when it is installed with its Vietnamese model, else no OCR (and the reason). */
    public static PdfPlanReader withTesseract(OcrCache cache, Consumer<String> progress) {
        TesseractOcr t = new TesseractOcr();
        Optional<String> problem = t.problem();
        return new PdfPlanReader(problem.isPresent() ? null : t, problem.orElse(null), cache,
                Runtime.getRuntime().availableProcessors(), DEFAULT_MAX_PAGES, progress);
    }

    public Result read(Path file) throws PlanFileException {
        String name = file.getFileName().toString();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new PlanFileException(name + ": cannot be read (" + e.getMessage() + ")");
        }
        if (size == 0) throw new PlanFileException(name + ": empty file, skipped");
        if (size > DEFAULT_MAX_BYTES) {
            throw new PlanFileException(name + ": " + size / (1024 * 1024) + " MB is over the " + DEFAULT_MAX_BYTES / (1024 * 1024)
                    + " MB limit for one PDF plan, skipped");
        }
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            int n = doc.getNumberOfPages();
            if (n == 0) throw new PlanFileException(name + ": the PDF has no pages, skipped");
            if (n > maxPages) {
                throw new PlanFileException(name + ": " + n + " pages is over the " + maxPages + "-page limit for one plan, skipped");
            }
            return readPages(name, file, doc, n);
        } catch (InvalidPasswordException e) {
            throw new PlanFileException(name + ": the PDF is encrypted with a password; save it without one to index it, skipped");
        } catch (IOException e) {
            throw new PlanFileException(name + ": not a readable PDF (" + e.getMessage() + "), skipped");
        }
    }

    private Result readPages(String name, Path file, PDDocument doc, int n) throws IOException, PlanFileException {
        PageWords[] pages = new PageWords[n];
        List<Integer> scanned = new ArrayList<>();
        for (int p = 1; p <= n; p++) {
            PageWords layer;
            try {
                layer = TextLayer.read(doc, p, DPI);
            } catch (IOException | RuntimeException e) {
                layer = null;
            }
            if (layer != null && TextLayer.letters(layer) >= TextLayer.MIN_LETTERS) pages[p - 1] = layer;
            else scanned.add(p);
        }
        List<String> problems = new ArrayList<>();
        int[] counts = new int[2];
        if (!scanned.isEmpty()) {
            if (ocr == null) {
                throw new PlanFileException(name + ": " + (scanned.size() == n ? "no text layer" : scanned.size() + " of its " + n
                        + " pages have no text layer") + " and OCR is not available (" + ocrProblem + "): " + TesseractOcr.INSTALL_HINT + "; skipped");
            }
            counts = ocrPages(name, OcrCache.hash(file), doc, scanned, pages, problems, n);
        }
        List<PageWords> all = List.of(pages);
        long words = all.stream().flatMap(p -> p.words().stream()).filter(w -> w.conf() >= 50 && w.text().codePoints().filter(Character::isLetter).count() >= 2).count();
        if (words < MIN_WORDS) {
            boolean allFailed = all.stream().allMatch(PageWords::failed);
            throw new PlanFileException(name + (allFailed ? ": no page could be read (" + problems.getFirst() + "), skipped"
                    : ": no text found on its " + n + " page" + (n == 1 ? "" : "s") + " (photographs or blank scans, not a plan text?), skipped"));
        }
        return new Result(all, problems, counts[0], counts[1]);
    }

    /** Reads the scanned pages (cache first); returns {pages OCR'd now, pages from the cache}. */
    private int[] ocrPages(String name, String hash, PDDocument doc, List<Integer> scanned, PageWords[] pages, List<String> problems, int n)
            throws PlanFileException {
        AtomicInteger done = new AtomicInteger(n - scanned.size());
        List<Integer> todo = new ArrayList<>();
        for (int p : scanned) {
            Optional<PageWords> hit = cache.get(hash, readingId(), p);
            if (hit.isPresent()) {
                pages[p - 1] = hit.get();
                done.incrementAndGet();
            } else {
                todo.add(p);
            }
        }
        int cached = scanned.size() - todo.size();
        if (todo.isEmpty()) return new int[] {0, cached};
        progress.accept(name + ": OCR of " + todo.size() + " page" + (todo.size() == 1 ? "" : "s"));
        PDFRenderer renderer = new PDFRenderer(doc);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Semaphore inFlight = new Semaphore(threads + 1); // rendered pages waiting for the OCR hold memory
        List<Future<PageWords>> jobs = new ArrayList<>();
        try {
            for (int p : todo) {
                inFlight.acquireUninterruptibly();
                Rendered image;
                try {
                    image = render(renderer, doc, p);
                } catch (IOException | RuntimeException | OutOfMemoryError e) {
                    inFlight.release();
                    final String why = "page " + p + " could not be rendered (" + e.getMessage() + ")";
                    jobs.add(java.util.concurrent.CompletableFuture.completedFuture(PageWords.failed(p, why)));
                    continue;
                }
                final int page = p;
                jobs.add(pool.submit(() -> {
                    try {
                        PageWords w = inPageFrame(page, image, ocr.read(image.image(), image.dpi()));
                        cache.put(hash, readingId(), w);
                        return w;
                    } catch (IOException | RuntimeException e) {
                        return PageWords.failed(page, "page " + page + ": OCR failed (" + e.getMessage() + ")");
                    } finally {
                        inFlight.release();
                        progress.accept(name + ": page " + done.incrementAndGet() + "/" + n);
                    }
                }));
            }
            for (Future<PageWords> job : jobs) {
                PageWords w = job.get();
                pages[w.number() - 1] = w;
                if (w.failed()) problems.add(name + ": " + w.error() + "; the other pages are kept");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlanFileException(name + ": interrupted while reading its pages");
        } catch (ExecutionException e) {
            throw new PlanFileException(name + ": " + e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new int[] {todo.size(), cached};
    }

    /** A page rendered at {@code dpi}, and the resolution of the frame its words are given in ({@code frameDpi}). */
    record Rendered(BufferedImage image, float dpi, float frameDpi) {}

    /** Scans coarser than this have too few pixels to a letter for the OCR to read as they are: they are rendered at {@link #DPI}. */
    static final int MIN_READING_DPI = 150;

    /**
     * The resolution a page is read at: a scan's own, between {@link #MIN_READING_DPI} and {@link #DPI}
     * ({@code scanDpi}, 0 when the page is no scan), else {@link #DPI}. Enlarging a scan repeats its
     * pixels, so every stroke's edge becomes a staircase a scan pixel high, and Tesseract reads such
     * letters worse than the scan itself; measured by eval-pdf on the synthetic scans (200 to 300
     * dpi), see the README.
     */
    static float readingDpi(double scanDpi) {
        return scanDpi >= MIN_READING_DPI && scanDpi < DPI ? (float) scanDpi : DPI;
    }

    private static Rendered render(PDFRenderer renderer, PDDocument doc, int page) throws IOException {
        var box = doc.getPage(page - 1).getCropBox();
        float dpi = readingDpi(ScanResolution.of(doc.getPage(page - 1)).orElse(0));
        double pixels = (box.getWidth() / 72.0 * dpi) * (box.getHeight() / 72.0 * dpi);
        float frame = DPI;
        if (pixels > MAX_PIXELS) {
            dpi = (float) (dpi * Math.sqrt(MAX_PIXELS / pixels));
            frame = Math.min(frame, dpi);
        }
        // a hair over: the renderer rounds the page's size down, and 8.5 inches at 200 dpi must stay 1,700 pixels, the scan's own
        return new Rendered(renderer.renderImageWithDPI(page - 1, dpi * 1.0001f, ImageType.GRAY), dpi, frame);
    }

    /**
     * The page's words in the frame every page is given in ({@link #DPI}, or lower for a page too large
     * to render at it), whatever resolution it was read at: the line and table rebuilding measure in
     * those pixels.
     */
    static PageWords inPageFrame(int page, Rendered image, List<Word> words) {
        double f = image.frameDpi() / image.dpi();
        int w = (int) Math.round(image.image().getWidth() * f), h = (int) Math.round(image.image().getHeight() * f);
        if (Math.abs(f - 1) < 1e-6) return new PageWords(page, w, h, words, "ocr", null);
        List<Word> scaled = new ArrayList<>(words.size());
        for (Word x : words) {
            scaled.add(new Word(x.text(), (int) Math.round(x.left() * f), (int) Math.round(x.top() * f),
                    (int) Math.round(x.right() * f), (int) Math.round(x.bottom() * f), x.conf(), x.line()));
        }
        return new PageWords(page, w, h, scaled, "ocr", null);
    }

    /** The OCR cache's key for a page: the engine with its settings and how the page was rasterised. */
    private String readingId() {
        return ocr.id() + "-scan-dpi";
    }
}
