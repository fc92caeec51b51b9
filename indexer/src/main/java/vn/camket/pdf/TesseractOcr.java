package vn.camket.pdf;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Tesseract run as a process ({@code tesseract IMAGE stdout -l vie --psm 6 tsv}): one word per TSV
 * row with its box and confidence. The page is handed over as an uncompressed PGM file, which
 * Leptonica reads without decoding cost. Each process is held to one thread (OMP_THREAD_LIMIT=1)
 * because pages are read in parallel, one process per core.
 */
public final class TesseractOcr implements OcrEngine {
    /** What to install when Tesseract or its Vietnamese model is missing (Debian package names). */
    public static final String INSTALL_HINT = "install Tesseract with its Vietnamese model: apt-get install tesseract-ocr tesseract-ocr-vie";
    private static final long PAGE_TIMEOUT_SECONDS = 180;

    private final String command;
    private final String language;
    private final int psm;

    /**
     * Vietnamese model, page segmentation 6 (one block of text): the automatic segmentation (3)
     * drops the lone numbers of a table's number column as noise, and rows are found from the
     * boxes here anyway. CAMKET_OCR_PSM overrides it (for measuring others).
     */
    public TesseractOcr() {
        this("tesseract", "vie", psmFromEnvironment());
    }

    private static int psmFromEnvironment() {
        try {
            return Integer.parseInt(System.getenv().getOrDefault("CAMKET_OCR_PSM", "6"));
        } catch (NumberFormatException e) {
            return 6;
        }
    }

    public TesseractOcr(String command, String language, int psm) {
        this.command = command;
        this.language = language;
        this.psm = psm;
    }

    /** Empty when Tesseract answers and has the language model; otherwise why not. */
    public Optional<String> problem() {
        try {
            Process p = new ProcessBuilder(command, "--list-langs").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.of("Tesseract did not answer");
            }
            if (out.lines().map(String::strip).noneMatch(language::equals)) {
                return Optional.of("Tesseract has no '" + language + "' model");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("Tesseract is not installed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    /**
     * A page whose reading left more than this share of its ink without a word was not read (the
     * single-block segmentation sometimes takes a ruled table for a picture and gives up on it).
     */
    static final double UNREAD = 0.5;
    /** The segmentation a page not read is read again with: automatic, without looking for columns of prose. */
    static final int REREAD_PSM = 4;

    @Override
    public String id() {
        return "tesseract-" + language + "-psm" + psm + "-lost-reread" + REREAD_PSM;
    }

    /**
     * The page's words; a page whose ink was mostly not read is read again whole with another
     * segmentation, and the reading with more confident letters kept; then the places with ink but
     * no word (a line the segmentation dropped) are read again, stacked on one sheet and read
     * sparsely (psm 11), in a second, small call.
     */
    @Override
    public List<Word> read(BufferedImage page) throws IOException {
        return read(page, PdfPlanReader.DPI);
    }

    @Override
    public List<Word> read(BufferedImage page, float dpi) throws IOException {
        int cell = LostText.cell(dpi);
        List<Word> words = new java.util.ArrayList<>(run(page, psm));
        if (psm != REREAD_PSM && LostText.unreadShare(page, words, cell) > UNREAD) {
            List<Word> again = run(page, REREAD_PSM);
            if (confidentLetters(again) > confidentLetters(words)) words = new java.util.ArrayList<>(again);
        }
        List<java.awt.Rectangle> lost = LostText.regions(page, words, cell);
        if (!lost.isEmpty()) {
            LostText.Sheet sheet = LostText.sheet(page, lost, cell);
            words.addAll(LostText.placeBack(sheet, run(sheet.image(), 11)));
        }
        return LostText.withoutRereads(words);
    }

    /** Letters in words read with a confidence of at least 50: how much of a page a reading read. */
    static long confidentLetters(List<Word> words) {
        return words.stream().filter(w -> w.conf() >= 50).mapToLong(w -> w.text().codePoints().filter(Character::isLetter).count()).sum();
    }

    private List<Word> run(BufferedImage page, int psm) throws IOException {
        Path image = Files.createTempFile("camket-page-", ".pgm");
        Path tsv = Files.createTempFile("camket-page-", ".tsv");
        try {
            writePgm(page, image);
            ProcessBuilder pb = new ProcessBuilder(command, image.toString(), "stdout", "-l", language, "--psm", String.valueOf(psm), "tsv");
            pb.environment().put("OMP_THREAD_LIMIT", "1");
            Process p = pb.redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(tsv.toFile()).start();
            p.getOutputStream().close();
            if (!p.waitFor(PAGE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("Tesseract took over " + PAGE_TIMEOUT_SECONDS + " s");
            }
            if (p.exitValue() != 0) throw new IOException("Tesseract failed (exit " + p.exitValue() + ")");
            return TesseractTsv.words(Files.readString(tsv, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(image);
            Files.deleteIfExists(tsv);
        }
    }

    /** Binary PGM (P5), 8-bit grey. */
    static void writePgm(BufferedImage img, Path file) throws IOException {
        int w = img.getWidth(), h = img.getHeight();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(("P5\n" + w + " " + h + "\n255\n").getBytes(StandardCharsets.US_ASCII));
            byte[] row = new byte[w];
            var raster = img.getRaster();
            boolean grey = img.getType() == BufferedImage.TYPE_BYTE_GRAY;
            int[] px = new int[w];
            for (int y = 0; y < h; y++) {
                if (grey) {
                    raster.getSamples(0, y, w, 1, 0, px);
                    for (int x = 0; x < w; x++) row[x] = (byte) px[x];
                } else {
                    for (int x = 0; x < w; x++) {
                        int rgb = img.getRGB(x, y);
                        row[x] = (byte) ((((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000);
                    }
                }
                out.write(row);
            }
        }
    }
}
