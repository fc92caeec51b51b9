package vn.camket.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import vn.camket.model.ParsedPlan;
import vn.camket.restore.PlanRestoration;
import vn.camket.restore.RestorationCache;
import vn.camket.text.PlanFileException;
import vn.camket.text.PlanLoader;
import vn.camket.text.SourceText;

/**
 * Parses every {@code .txt} and {@code .pdf} plan of a folder. A file that cannot be read or parsed is reported
 * and skipped; the others are parsed. A second file holding the same plan (same number and date)
 * is reported as a duplicate and skipped.
 */
public final class CorpusParser {
    /** What came of a corpus: the plans parsed, one message per file skipped, and a report per plan parsed or failed. */
    public record Result(List<ParsedPlan> plans, List<String> problems, List<ParseReport> reports) {}

    private final PlanParser parser;
    private final PlanLoader loader;

    public CorpusParser(PlanParser parser, PlanLoader loader) {
        this.parser = parser;
        this.loader = loader;
    }

    public static List<Path> planFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(CorpusParser::isPlanFile).sorted().toList();
        }
    }

    /** A plan is a text file or a PDF. */
    static boolean isPlanFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".pdf");
    }

    public Result parse(List<Path> files, Consumer<Path> progress) {
        List<ParsedPlan> plans = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<ParseReport> reports = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        List<String> texts = new ArrayList<>(), planTexts = new ArrayList<>();
        for (Path f : files) {
            try {
                SourceText text = loader.load(f);
                texts.add(String.join("\n", text.lines()));
                ParsedPlan p = parser.parse(text);
                String first = seen.putIfAbsent(p.plan().id(), f.getFileName().toString());
                if (first != null) {
                    problems.add(f.getFileName() + ": same plan as " + first + " (" + p.plan().number() + ", "
                            + p.plan().date() + "), duplicate skipped");
                } else {
                    plans.add(p);
                    planTexts.add(texts.getLast());
                    reports.add(ParseReport.of(text, p));
                }
            } catch (PlanFileException e) {
                problems.add(e.getMessage());
            } catch (RuntimeException e) {
                problems.add(f.getFileName() + ": could not be parsed (" + e + "), skipped");
                reports.add(ParseReport.failed(f.getFileName().toString(), e.toString()));
            } finally {
                progress.accept(f);
            }
        }
        return new Result(restored(plans, planTexts, texts), problems, reports);
    }

    /**
     * The plans with the restored readings of their records where their text lost its diacritics
     * ({@link PlanRestoration}); the language model is learned once, from the clean texts among
     * those read, and only when some plan needs it.
     */
    private static List<ParsedPlan> restored(List<ParsedPlan> plans, List<String> planTexts, List<String> texts) {
        if (planTexts.stream().noneMatch(PlanRestoration::needsRestoration)) return plans;
        PlanRestoration pass = PlanRestoration.forCorpus(texts, RestorationCache.fromEnvironment()); // readings cached by plan text and model
        List<ParsedPlan> out = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            try {
                out.add(pass.apply(plans.get(i), planTexts.get(i)));
            } catch (RuntimeException e) {
                out.add(plans.get(i)); // a reading is an aid: its failure loses the plan nothing
            }
        }
        return out;
    }
}
