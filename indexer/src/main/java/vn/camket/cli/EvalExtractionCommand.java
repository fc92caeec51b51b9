package vn.camket.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.camket.eval.ExtractionEvaluator;
import vn.camket.eval.LeaveOnePlanOut;
import vn.camket.eval.ParserFit;

/**
 * {@code eval-extraction OUT_DIR GOLD_DIR}: task-row recall/precision, lead and deadline accuracy,
 * target recall; then the same figures leave-one-plan-out, each plan parsed from CORPUS_DIR by a
 * parser fitted without it.
 */
@Command(name = "eval-extraction", mixinStandardHelpOptions = true,
        description = "Score tasks.jsonl and targets.jsonl in OUT_DIR against the gold TSV files in GOLD_DIR; then leave-one-plan-out on the plans of --corpus.")
public final class EvalExtractionCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OUT_DIR") Path out;
    @Parameters(index = "1", paramLabel = "GOLD_DIR") Path gold;
    @Option(names = "--details", description = "Also list missed, extra and wrongly read rows.") boolean details;
    @Option(names = "--corpus", defaultValue = "corpus", description = "Plans parsed for the leave-one-plan-out figures (default ${DEFAULT-VALUE}).") Path corpus;

    @Override
    public Integer call() throws Exception {
        var scores = new ExtractionEvaluator().evaluate(out, gold, details ? System.out : null);
        ExtractionEvaluator.print(scores, System.out);
        ParserFit fit = ParserFit.CURRENT;
        String fitted = fit.fitted().isEmpty()
                ? "the parser fits nothing from the corpus (data files and the bundled syllable list only; SyllableModel's corpus counts feed the search analysis, not the parser), so these equal an ordinary parse"
                : "refitted without the plan scored: " + String.join(", ", fit.fitted());
        if (!Files.isDirectory(corpus)) {
            System.out.println("leave-one-plan-out: skipped, no corpus folder " + corpus + " (give --corpus)");
            return 0;
        }
        Map<String, ExtractionEvaluator.Score> held = LeaveOnePlanOut.evaluate(corpus, gold, fit);
        System.out.println("leave-one-plan-out (" + fitted + "):");
        for (var e : held.entrySet()) {
            ExtractionEvaluator.Score s = e.getValue();
            System.out.printf("  LOPO %-23s recall %.3f precision %.3f lead %.3f deadline %.3f targets %.3f%n", e.getKey(),
                    s.recall(), s.precision(), s.leadAccuracy(), s.deadlineAccuracy(), s.targetRecall());
        }
        return 0;
    }
}
