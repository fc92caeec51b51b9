package vn.camket.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import vn.camket.model.ParsedPlan;
import vn.camket.model.Target;
import vn.camket.model.TaskRow;
import vn.camket.text.PlanFileException;
import vn.camket.text.SourceText;
import vn.camket.text.SourceTextLoader;

/**
 * Scores the parser on a clean text whose tables are Markdown pipe tables, the truth being what
 * {@link PipeTableTruth} reads from the same text: task rows (recall, precision, lead) and the
 * indicators of its target tables (recall; the parser also finds targets in the prose, so
 * precision says nothing there).
 */
public final class PipeTableEvaluator {
    /** The task figures and the target figures of one text. */
    public record Result(TruthScore tasks, int goldTargets, int matchedTargets, String failure) {
        public double targetRecall() { return goldTargets == 0 ? 0 : (double) matchedTargets / goldTargets; }
    }

    private final Function<SourceText, ParsedPlan> parser;

    public PipeTableEvaluator(Function<SourceText, ParsedPlan> parser) {
        this.parser = parser;
    }

    public Result evaluate(Path file, PrintStream details) throws PlanFileException {
        SourceText text = new SourceTextLoader().load(file);
        PipeTableTruth.Tables truth = PipeTableTruth.read(text.lines());
        List<TaskRow> tasks = List.of();
        List<Target> targets = List.of();
        String failure = null;
        try {
            ParsedPlan p = parser.apply(text);
            tasks = p.tasks();
            targets = p.targets();
        } catch (RuntimeException e) {
            failure = "the parser threw " + e;
        }
        String name = file.getFileName().toString();
        TruthScore s = TruthScorer.score(name, truth.tasks(), tasks, details);
        if (failure != null) s.failed = 1;
        int[] tm = RowMatcher.match(truth.indicators(), targets.stream().map(Target::indicator).toList());
        int hit = 0;
        for (int k = 0; k < tm.length; k++) {
            if (tm[k] >= 0) hit++;
            else if (details != null) details.println("  missed target " + name + ": " + truth.indicators().get(k));
        }
        return new Result(s, truth.indicators().size(), hit, failure);
    }

    public static void print(String name, Result r, PrintStream out) {
        TruthScore s = r.tasks();
        out.printf("%s: task rows gold=%d found=%d matched=%d recall=%.3f precision=%.3f lead=%.3f; targets gold=%d matched=%d recall=%.3f%s%n",
                name, s.gold, s.extracted, s.matched, s.recall(), s.precision(), s.leadAccuracy(),
                r.goldTargets(), r.matchedTargets(), r.targetRecall(), r.failure() == null ? "" : "  parse FAILED: " + r.failure());
    }
}
