package vn.camket.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.camket.eval.ExtractionEvaluator;

/** {@code eval-extraction OUT_DIR GOLD_DIR}: task-row recall/precision, lead and deadline accuracy, target recall. */
@Command(name = "eval-extraction", mixinStandardHelpOptions = true,
        description = "Score tasks.jsonl and targets.jsonl in OUT_DIR against the gold TSV files in GOLD_DIR.")
public final class EvalExtractionCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OUT_DIR") Path out;
    @Parameters(index = "1", paramLabel = "GOLD_DIR") Path gold;
    @Option(names = "--details", description = "Also list missed, extra and wrongly read rows.") boolean details;

    @Override
    public Integer call() throws Exception {
        var scores = new ExtractionEvaluator().evaluate(out, gold, details ? System.out : null);
        ExtractionEvaluator.print(scores, System.out);
        return 0;
    }
}
