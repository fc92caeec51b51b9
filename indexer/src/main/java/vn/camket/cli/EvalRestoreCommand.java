package vn.camket.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.camket.eval.RestoreEvaluation;
import vn.camket.eval.RestoreEvaluation.Figures;
import vn.camket.restore.Restorer;

/** {@code eval-restore}: the restorer on a stripped clean text and on OCR'd plans beside their clean text. */
@Command(name = "eval-restore", mixinStandardHelpOptions = true,
        description = "Measure restoration: a clean text with diacritics stripped (syllable accuracy), OCR'd plans against their clean text (word accuracy, uncertain share, certain-but-wrong share).")
public final class EvalRestoreCommand implements Callable<Integer> {
    @Option(names = "--corpus", description = "the corpus whose clean plans the language model is learned from (default: ${DEFAULT-VALUE})")
    Path corpus = Path.of("corpus");
    @Option(names = "--threshold", description = "posterior below which a word is kept as printed and marked (default: ${DEFAULT-VALUE})")
    double threshold = Restorer.THRESHOLD;
    @Option(names = "--stripped", description = "clean text to strip and restore (default: ${DEFAULT-VALUE})")
    Path stripped = Path.of("../shared/extra/national_03-NQ-CP_2025.txt");
    @Option(names = "--synthetic", description = "folder of NAME.txt (OCR) beside NAME.clean.txt (default: ${DEFAULT-VALUE})")
    Path synthetic = Path.of("../shared/eval/synthetic");

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(corpus)) {
            System.err.println("Not a folder: " + corpus);
            return 2;
        }
        long t0 = System.nanoTime();
        if (!(threshold >= 0 && threshold <= 1)) {
            System.err.println("--threshold must be between 0 and 1");
            return 2;
        }
        Restorer restorer = Restorer.fromCorpus(corpus).withThreshold(threshold);
        System.out.printf("language model: %d sentences of the clean plans in %s (%.2f s to build)%n", restorer.sentencesLearned(), corpus,
                (System.nanoTime() - t0) / 1e9);
        System.out.println("shown: words right as shown (uncertain ones shown as printed); best: the model's first reading; printed: the input as it is;");
        System.out.println("uncert.: share marked uncertain; cert.wrong: share of the words shown as certain (and paired with a clean word) that are wrong;");
        System.out.println("cert.al / cert.un: certain words paired / not paired with a clean word by the alignment; paired: share of the clean words");
        System.out.println("paired with a restored word at all (the ceiling of 'shown': table cells the OCR read in another order cannot be paired)");
        RestoreEvaluation.header(System.out);
        if (Files.isRegularFile(stripped)) {
            RestoreEvaluation.print(RestoreEvaluation.stripped(restorer, stripped), System.out);
        } else {
            System.out.println("(no " + stripped + ")");
        }
        if (Files.isDirectory(synthetic)) {
            List<Path[]> pairs = RestoreEvaluation.syntheticPairs(synthetic);
            int words = 0;
            double right = 0, best = 0, unc = 0, wrong = 0, al = 0, paired = 0;
            for (Path[] p : pairs) {
                Figures f = RestoreEvaluation.ocr(restorer, p[0], p[1]);
                RestoreEvaluation.print(f, System.out);
                words += f.words();
                right += f.shownAccuracy() * f.words();
                best += f.bestAccuracy() * f.words();
                paired += f.paired() * f.words();
                unc += f.uncertainShare() * f.words();
                wrong += f.certainWrongShare() * f.certainAligned();
                al += f.certainAligned();
            }
            if (!pairs.isEmpty()) {
                System.out.printf("%-34s %6d %7.3f %7.3f %8s %8.3f %9.3f %8s %8s %7.3f%n", "synthetic, all", words, right / words, best / words, "",
                        unc / words, wrong / Math.max(1, al), "", "", paired / words);
            }
        }
        return 0;
    }
}
