package vn.camket.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.camket.eval.SyntheticEvaluator;
import vn.camket.parse.PlanParser;

/** {@code eval-synthetic SET_DIR}: parse the plans of a folder with exact truth and score them. */
@Command(name = "eval-synthetic", mixinStandardHelpOptions = true,
        description = "Parse every plan of SET_DIR that has a truth-NAME.jsonl (and meta-NAME.json) and print task-row recall, precision, lead and deadline accuracy and metadata, per plan and overall.")
public final class EvalSyntheticCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SET_DIR") Path set;
    @Option(names = "--details", description = "Also list missed, extra and wrongly read rows.") boolean details;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(set)) {
            System.err.println("Not a folder: " + set);
            return 2;
        }
        var scores = new SyntheticEvaluator(PlanParser.withDefaults()::parse).evaluate(set, details ? System.out : null);
        SyntheticEvaluator.print(scores, System.out);
        return 0;
    }
}
