package vn.camket.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.camket.io.JsonLines;
import vn.camket.model.ParsedPlan;
import vn.camket.parse.CorpusParser;
import vn.camket.parse.ParseReport;
import vn.camket.parse.PlanParser;
import vn.camket.pdf.PlanSource;

/** {@code parse CORPUS_DIR OUT_DIR}: writes plans, clauses, tasks and targets as JSON Lines. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse every .txt and .pdf plan in CORPUS_DIR and write plans.jsonl, clauses.jsonl, tasks.jsonl, targets.jsonl to OUT_DIR.")
public final class ParseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CORPUS_DIR") Path corpus;
    @Parameters(index = "1", paramLabel = "OUT_DIR") Path out;
    @Option(names = "--ocr-cache", paramLabel = "DIR",
            description = "where OCR'd PDF pages are kept (default: $CAMKET_OCR_CACHE, else OUT_DIR/ocr-cache)")
    Path ocrCache;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(corpus)) {
            System.err.println("Not a folder: " + corpus);
            return 2;
        }
        List<Path> files = CorpusParser.planFiles(corpus);
        CorpusParser parser = new CorpusParser(PlanParser.withDefaults(), PlanSource.withDefaults(OcrCacheDir.resolve(ocrCache, out)));
        CorpusParser.Result result;
        try (ProgressBar bar = Progress.bar("Parsing", files.size())) {
            result = parser.parse(files, f -> bar.step());
        }
        Files.createDirectories(out);
        write(result.plans());
        System.out.printf("%-28s %-14s %-10s %-12s %7s %6s %7s%n", "source", "number", "date", "province", "clauses", "tasks", "targets");
        for (ParsedPlan p : result.plans()) {
            System.out.printf("%-28s %-14s %-10s %-12s %7d %6d %7d%n", p.plan().source(), p.plan().number(), p.plan().date(),
                    p.plan().province(), p.clauses().size(), p.tasks().size(), p.targets().size());
        }
        printReport(result.reports());
        for (String problem : result.problems()) System.out.println("skipped: " + problem);
        System.out.printf("%d plans parsed, %d files skipped; records in %s%n", result.plans().size(), result.problems().size(), out);
        return result.plans().isEmpty() && !files.isEmpty() ? 1 : 0;
    }

    /** The parse report: per plan what it yielded, and a WARNING where a plan shows a failure. */
    private static void printReport(List<ParseReport> reports) {
        System.out.printf("%nparse report%n%-28s %6s %6s %7s %7s %10s%n", "source", "tables", "tasks", "targets", "noLead", "noDeadline");
        for (ParseReport r : reports) {
            System.out.printf("%-28s %6d %6d %7d %7d %10d%n", r.source(), r.tables(), r.taskRows(), r.targetRows(),
                    r.withoutLead(), r.withoutDeadline());
            for (String w : r.warnings()) System.out.println("  WARNING " + r.source() + ": " + w);
        }
    }

    private void write(List<ParsedPlan> plans) throws Exception {
        List<Object> planRecs = new ArrayList<>(), clauses = new ArrayList<>(), tasks = new ArrayList<>(), targets = new ArrayList<>();
        for (ParsedPlan p : plans) {
            planRecs.add(p.plan());
            clauses.addAll(p.clauses());
            tasks.addAll(p.tasks());
            targets.addAll(p.targets());
        }
        JsonLines.write(out.resolve("plans.jsonl"), planRecs);
        JsonLines.write(out.resolve("clauses.jsonl"), clauses);
        JsonLines.write(out.resolve("tasks.jsonl"), tasks);
        JsonLines.write(out.resolve("targets.jsonl"), targets);
    }
}
