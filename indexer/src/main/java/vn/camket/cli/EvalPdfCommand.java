package vn.camket.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.camket.eval.CharErrorRate;
import vn.camket.eval.TableAwareCer;
import vn.camket.io.JsonLines;
import vn.camket.model.ParsedPlan;
import vn.camket.parse.CorpusParser;
import vn.camket.parse.PlanParser;
import vn.camket.pdf.OcrCache;
import vn.camket.pdf.PdfPlanReader;
import vn.camket.pdf.PdfText;
import vn.camket.text.PlanFileException;
import vn.camket.text.SourceText;
import vn.camket.text.SourceTextLoader;

/**
 * {@code eval-pdf SET_DIR}: for a folder of NAME.pdf beside NAME.clean.txt (and truth-NAME.jsonl),
 * reads each PDF as the corpus loader does, prints the character error rate of the text made
 * against the clean text and the seconds per page OCR'd, writes the texts (OUT/texts/NAME.txt) and
 * the records parsed from them (OUT/records/*.jsonl, for the task-row scorer).
 */
@Command(name = "eval-pdf", mixinStandardHelpOptions = true,
        description = "Read SET_DIR's PDFs (text layer or OCR), print character error rate against NAME.clean.txt and seconds per page, "
                + "and write the texts and the records parsed from them to OUT.")
public final class EvalPdfCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SET_DIR") Path set;
    @Option(names = "--out", paramLabel = "DIR", description = "where texts and records go (default: a new temporary folder)") Path out;
    @Option(names = "--ocr-cache", paramLabel = "DIR", description = "OCR cache (default: $CAMKET_OCR_CACHE, else OUT/ocr-cache)") Path ocrCache;
    @Option(names = "--held-out", paramLabel = "REGEX", description = "names not tuned on; their figures are printed apart") String heldOut;

    /** Counts summed over plans: edits and printed length of the whole text, of its prose, its table in order, its table row by row. */
    private record Figures(long edits, long length, int pages, int ocrPages, double ocrSeconds, long[] split) {
        Figures plus(Figures o) {
            long[] s = split.clone();
            for (int i = 0; i < s.length; i++) s[i] += o.split[i];
            return new Figures(edits + o.edits, length + o.length, pages + o.pages, ocrPages + o.ocrPages, ocrSeconds + o.ocrSeconds, s);
        }

        static long[] split(TableAwareCer.Result r) {
            return new long[] {r.prose().edits(), r.prose().length(), r.tableInOrder().edits(), r.tableInOrder().length(),
                    r.tableRowMatched().edits(), r.tableRowMatched().length(), r.rowMatched().edits(), r.rowMatched().length()};
        }
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(set)) {
            System.err.println("Not a folder: " + set);
            return 2;
        }
        if (out == null) out = Files.createTempDirectory("camket-eval-pdf-");
        Path texts = Files.createDirectories(out.resolve("texts"));
        PdfPlanReader reader = PdfPlanReader.withTesseract(new OcrCache(OcrCacheDir.resolve(ocrCache, out)), m -> System.err.print("\r" + m + "   "));
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(set)) {
            pdfs = s.filter(p -> p.getFileName().toString().endsWith(".pdf")).sorted().toList();
        }
        Pattern held = heldOut == null ? null : Pattern.compile(heldOut);
        Figures all = new Figures(0, 0, 0, 0, 0, new long[8]), tuned = all, kept = all;
        System.out.println("CER: strict = whole text in order; prose = lines outside tables; table = pipe rows in order;"
                + " rows~ = table rows matched one to one (order-insensitive); all~ = prose + rows~");
        System.out.printf("%-30s %5s %5s %8s %8s %8s %8s %8s %8s%n", "plan", "pages", "OCR'd", "s/page", "strict", "prose", "table", "rows~", "all~");
        for (Path pdf : pdfs) {
            String name = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
            long t0 = System.nanoTime();
            PdfPlanReader.Result r;
            try {
                r = reader.read(pdf);
            } catch (PlanFileException e) {
                System.err.println();
                System.out.println("skipped: " + e.getMessage());
                continue;
            }
            SourceText text = PdfText.of(name + ".txt", r.pages());
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.err.print("\r");
            r.problems().forEach(System.out::println);
            Files.writeString(texts.resolve(name + ".txt"), String.join("\n", text.lines()) + "\n", StandardCharsets.UTF_8);
            Path clean = set.resolve(name + ".clean.txt");
            String read = String.join("\n", text.lines()), printed = Files.isRegularFile(clean) ? Files.readString(clean, StandardCharsets.UTF_8) : "";
            CharErrorRate.Result cer = CharErrorRate.of(read, printed);
            Figures f = new Figures(cer.edits(), cer.length(), r.pages().size(), r.ocrPages(), r.ocrPages() > 0 ? seconds : 0,
                    Figures.split(TableAwareCer.of(read, printed)));
            all = all.plus(f);
            if (held != null && held.matcher(name).find()) kept = kept.plus(f);
            else tuned = tuned.plus(f);
            print(name, f);
        }
        print("overall", all);
        if (held != null) {
            print("tuned on", tuned);
            print("held out", kept);
        }
        // the records parsed from the texts made, for the task-row scorer
        Path records = Files.createDirectories(out.resolve("records"));
        CorpusParser.Result parsed = new CorpusParser(PlanParser.withDefaults(), new SourceTextLoader()).parse(CorpusParser.planFiles(texts), f -> { });
        List<Object> plans = new ArrayList<>(), clauses = new ArrayList<>(), tasks = new ArrayList<>(), targets = new ArrayList<>();
        for (ParsedPlan p : parsed.plans()) {
            plans.add(p.plan());
            clauses.addAll(p.clauses());
            tasks.addAll(p.tasks());
            targets.addAll(p.targets());
        }
        JsonLines.write(records.resolve("plans.jsonl"), plans);
        JsonLines.write(records.resolve("clauses.jsonl"), clauses);
        JsonLines.write(records.resolve("tasks.jsonl"), tasks);
        JsonLines.write(records.resolve("targets.jsonl"), targets);
        parsed.problems().forEach(p -> System.out.println("skipped: " + p));
        System.out.println("texts in " + texts + "; records (" + tasks.size() + " task rows) in " + records);
        return 0;
    }

    private static String perPage(Figures f) {
        return f.ocrPages() == 0 ? "cached" : String.format("%.2f", f.ocrSeconds() / f.ocrPages());
    }

    private static void print(String label, Figures f) {
        System.out.printf("%-30s %5d %5d %8s %7.2f%% %7.2f%% %7.2f%% %7.2f%% %7.2f%%%n", label, f.pages(), f.ocrPages(), perPage(f), rate(f.edits(), f.length()),
                rate(f.split()[0], f.split()[1]), rate(f.split()[2], f.split()[3]), rate(f.split()[4], f.split()[5]), rate(f.split()[6], f.split()[7]));
    }

    private static double rate(long edits, long length) {
        return length == 0 ? 0 : 100.0 * edits / length;
    }
}
