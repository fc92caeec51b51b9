package vn.camket.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.camket.eval.PipeTableEvaluator;
import vn.camket.parse.PlanParser;

/** {@code eval-pipe-table FILE…}: score the parser on clean texts whose tables are Markdown pipe tables. */
@Command(name = "eval-pipe-table", mixinStandardHelpOptions = true,
        description = "Parse each FILE (a clean plan whose tables are Markdown pipe tables) and score its task rows and targets against what a reference reader of those tables finds.")
public final class EvalPipeTableCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*") List<Path> files;
    @Option(names = "--details", description = "Also list missed, extra and wrongly read rows.") boolean details;

    @Override
    public Integer call() throws Exception {
        PipeTableEvaluator evaluator = new PipeTableEvaluator(PlanParser.withDefaults()::parse);
        int status = 0;
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                System.err.println("Not a file: " + f);
                status = 2;
                continue;
            }
            PipeTableEvaluator.print(f.getFileName().toString(), evaluator.evaluate(f, details ? System.out : null), System.out);
        }
        return status;
    }
}
