package vn.camket.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camket.parse.CorpusParser;
import vn.camket.parse.PlanParser;
import vn.camket.text.PlanFileException;
import vn.camket.text.SourceText;
import vn.camket.text.SourceTextLoader;

/**
 * The PDF reader with an OCR engine that counts its calls: a cached rebuild reads no page, a page
 * whose OCR fails is reported and the rest kept, and every kind of bad file is refused by name.
 */
class PdfPlanReaderTest {
    @TempDir Path dir;
    private final List<String> messages = new ArrayList<>();
    private final Consumer<String> quiet = m -> { };

    /** Answers every page with the same short plan text; fails on the pages it is told to. */
    static final class CountingOcr implements OcrEngine {
        final AtomicInteger calls = new AtomicInteger();
        final List<Integer> failOnCall;
        final boolean blank;

        CountingOcr(boolean blank, Integer... failOnCall) {
            this.blank = blank;
            this.failOnCall = List.of(failOnCall);
        }

        @Override
        public List<Word> read(BufferedImage page) throws IOException {
            int n = calls.incrementAndGet();
            if (failOnCall.contains(n)) throw new IOException("engine stopped");
            if (blank) return List.of();
            List<Word> words = new ArrayList<>();
            String[] text = "Kế hoạch thực hiện chuyển đổi số của tỉnh năm 2026 các sở ban ngành triển khai nhiệm vụ được giao đúng hạn".split(" ");
            for (int line = 0; line < 3; line++) {
                int x = 100;
                for (String t : text) {
                    words.add(new Word(t, x, 200 + line * 60, x + 20 * t.length(), 240 + line * 60, 91, "1.1." + line));
                    x += 20 * t.length() + 15;
                }
            }
            return words;
        }

        @Override
        public String id() {
            return "counting";
        }
    }

    private Path scanned(String name, int pages) throws IOException {
        Path f = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            BufferedImage img = new BufferedImage(200, 280, BufferedImage.TYPE_BYTE_GRAY);
            Random r = new Random(7);
            for (int x = 0; x < 200; x++) for (int y = 0; y < 280; y++) img.getRaster().setSample(x, y, 0, 128 + r.nextInt(128));
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(LosslessFactory.createFromImage(doc, img), 0, 0, 612, 792);
                }
            }
            doc.save(f.toFile());
        }
        return f;
    }

    private PdfPlanReader reader(OcrEngine ocr, Path cache) {
        return new PdfPlanReader(ocr, "not installed", new OcrCache(cache), 2, PdfPlanReader.DEFAULT_MAX_PAGES, quiet);
    }

    @Test
    void aScanIsReadAtItsOwnResolutionAndItsWordsGivenInThePagesFrame() throws Exception {
        // a letter-size page scanned at 200 dpi: 1,700 by 2,200 pixels drawn over the whole page
        Path f = dir.resolve("scan200.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            BufferedImage img = new BufferedImage(1700, 2200, BufferedImage.TYPE_BYTE_BINARY);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, img), 0, 0, 612, 792);
            }
            doc.save(f.toFile());
        }
        List<Integer> widths = new ArrayList<>();
        CountingOcr words = new CountingOcr(false);
        OcrEngine seeing = new OcrEngine() {
            @Override
            public List<Word> read(BufferedImage page) throws IOException {
                synchronized (widths) {
                    widths.add(page.getWidth());
                }
                return words.read(page);
            }

            @Override
            public String id() {
                return "seeing";
            }
        };
        PdfPlanReader.Result r = reader(seeing, dir.resolve("cache")).read(f);
        assertThat(widths).containsExactly(1700); // not enlarged to 300 dpi
        PageWords page = r.pages().getFirst();
        assertThat(page.width()).isEqualTo(2550); // 8.5 inches at 300 dpi, as every page
        Word first = page.words().getFirst();
        assertThat(first.left()).isEqualTo(150); // read at x = 100 of 200 dpi
        assertThat(first.bottom()).isEqualTo(360);
    }

    @Test
    void theReadingResolutionIsTheScansOwnWithinBounds() {
        assertThat(PdfPlanReader.readingDpi(200)).isEqualTo(200f);
        assertThat(PdfPlanReader.readingDpi(250)).isEqualTo(250f);
        assertThat(PdfPlanReader.readingDpi(600)).isEqualTo(PdfPlanReader.DPI); // finer scans are reduced
        assertThat(PdfPlanReader.readingDpi(72)).isEqualTo(PdfPlanReader.DPI); // too coarse to read as is
        assertThat(PdfPlanReader.readingDpi(0)).isEqualTo(PdfPlanReader.DPI); // no scan: vector pages
    }

    @Test
    void aCachedRebuildReadsNoPageAgain() throws Exception {
        Path pdf = scanned("plan.pdf", 3);
        Path cache = dir.resolve("cache");
        CountingOcr first = new CountingOcr(false);
        PdfPlanReader.Result r1 = reader(first, cache).read(pdf);
        assertThat(first.calls.get()).isEqualTo(3);
        assertThat(r1.ocrPages()).isEqualTo(3);

        // the same file under another name, read by a new reader: from the cache
        Path copy = Files.copy(pdf, dir.resolve("renamed.pdf"));
        CountingOcr second = new CountingOcr(false);
        PdfPlanReader.Result r2 = reader(second, cache).read(copy);
        assertThat(second.calls.get()).isZero();
        assertThat(r2.cachedPages()).isEqualTo(3);
        assertThat(PdfText.of("a", r2.pages()).lines()).isEqualTo(PdfText.of("a", r1.pages()).lines());
    }

    @Test
    void aPageWhoseOcrFailsIsReportedAndTheOthersKept() throws Exception {
        Path pdf = scanned("plan.pdf", 3);
        Path cache = dir.resolve("cache");
        PdfPlanReader.Result r = reader(new CountingOcr(false, 2), cache).read(pdf);
        assertThat(r.problems()).singleElement().asString().contains("plan.pdf").contains("OCR failed").contains("other pages are kept");
        assertThat(r.pages().stream().filter(p -> !p.failed())).hasSize(2);
        // the failed page was not cached: the next build reads it, and only it
        CountingOcr again = new CountingOcr(false);
        assertThat(reader(again, cache).read(pdf).problems()).isEmpty();
        assertThat(again.calls.get()).isEqualTo(1);
    }

    @Test
    void badFilesAreRefusedByNameWithTheReason() throws Exception {
        CountingOcr ocr = new CountingOcr(false);
        PdfPlanReader r = reader(ocr, dir.resolve("cache"));

        Path empty = Files.write(dir.resolve("empty.pdf"), new byte[0]);
        assertThatThrownBy(() -> r.read(empty)).isInstanceOf(PlanFileException.class).hasMessageContaining("empty.pdf").hasMessageContaining("empty");

        Path corrupt = Files.write(dir.resolve("corrupt.pdf"), "%PDF-1.4\nthis is no pdf at all \u0000\u0001".getBytes());
        assertThatThrownBy(() -> r.read(corrupt)).isInstanceOf(PlanFileException.class).hasMessageContaining("corrupt.pdf")
                .hasMessageContaining("not a readable PDF");

        Path locked = scanned("locked.pdf", 1);
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(locked.toFile())) {
            doc.protect(new StandardProtectionPolicy("owner", "secret", new AccessPermission()));
            doc.save(locked.toFile());
        }
        assertThatThrownBy(() -> r.read(locked)).isInstanceOf(PlanFileException.class).hasMessageContaining("locked.pdf")
                .hasMessageContaining("encrypted");

        Path huge = dir.resolve("huge.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 500; i++) doc.addPage(new PDPage());
            doc.save(huge.toFile());
        }
        assertThatThrownBy(() -> r.read(huge)).isInstanceOf(PlanFileException.class).hasMessageContaining("huge.pdf")
                .hasMessageContaining("500 pages");

        Path photos = scanned("photos.pdf", 2);
        assertThatThrownBy(() -> reader(new CountingOcr(true), dir.resolve("cache2")).read(photos)).isInstanceOf(PlanFileException.class)
                .hasMessageContaining("photos.pdf").hasMessageContaining("no text found");
        assertThat(ocr.calls.get()).as("nothing was read from the refused files").isZero();
    }

    @Test
    void withoutOcrAScanIsSkippedWithWhatToInstall() throws Exception {
        Path pdf = scanned("scan.pdf", 1);
        PdfPlanReader none = new PdfPlanReader(null, "Tesseract is not installed", OcrCache.none(), 1, 300, quiet);
        assertThatThrownBy(() -> none.read(pdf)).isInstanceOf(PlanFileException.class).hasMessageContaining("scan.pdf")
                .hasMessageContaining("apt-get install tesseract-ocr tesseract-ocr-vie");
    }

    @Test
    void theCorpusKeepsItsOtherPlansWhenAPdfIsBad() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("good.txt"), String.join("\n", PlanPdfs.BODY) + "\n");
        Files.write(corpus.resolve("broken.pdf"), "%PDF-1.7 broken".getBytes());
        PlanSource source = new PlanSource(new SourceTextLoader(), reader(new CountingOcr(false), dir.resolve("cache")), messages::add);
        CorpusParser.Result r = new CorpusParser(PlanParser.withDefaults(), source).parse(CorpusParser.planFiles(corpus), f -> { });
        assertThat(r.plans()).hasSize(1);
        assertThat(r.problems()).singleElement().asString().startsWith("broken.pdf:");
    }

    @Test
    void aPageFailureReachesTheReport() throws Exception {
        Path pdf = scanned("plan.pdf", 2);
        PlanSource source = new PlanSource(new SourceTextLoader(), reader(new CountingOcr(false, 1), dir.resolve("c")), messages::add);
        SourceText t = source.load(pdf);
        assertThat(messages).singleElement().asString().contains("plan.pdf").contains("page");
        assertThat(t.lines()).isNotEmpty();
    }
}
