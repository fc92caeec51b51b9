package vn.camket.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.camket.eval.OcrChannelEvaluation;

/** {@code eval-ocr PAIRS_DIR}: the OCR channel's held-out figures (one font out, all ways). */
@Command(name = "eval-ocr", mixinStandardHelpOptions = true,
        description = "Hold out each pairs-*.tsv of PAIRS_DIR in turn, estimate the OCR channel on the others and print top-1/top-5 recovery of the clean syllables against diacritic folding.")
public final class EvalOcrCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PAIRS_DIR") Path dir;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir)) {
            System.err.println("Not a folder: " + dir);
            return 2;
        }
        OcrChannelEvaluation.print(OcrChannelEvaluation.run(dir), System.out);
        return 0;
    }
}
