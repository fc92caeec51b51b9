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
    @Option(names = "--threshold", description = "posterior below which a word is kept as printed and marked, for every word (default: the shipped thresholds, "
            + Restorer.THRESHOLD + " for a word printed as a syllable without marks, " + Restorer.GARBLED_THRESHOLD + " for the others)")
    Double threshold;

    private double[] thresholds() {
        return threshold == null ? new double[] {Restorer.THRESHOLD, Restorer.GARBLED_THRESHOLD} : new double[] {threshold, threshold};
    }
    @Option(names = "--stripped", description = "clean text to strip and restore (default: ${DEFAULT-VALUE})")
    Path stripped = Path.of("../shared/extra/national_03-NQ-CP_2025.txt");
    @Option(names = "--synthetic", description = "folder of NAME.txt (OCR) beside NAME.clean.txt (default: ${DEFAULT-VALUE})")
    Path synthetic = Path.of("../shared/eval/synthetic");

    private Restorer model;

    private Restorer restorer() throws java.io.IOException {
        if (model == null) model = Restorer.fromCorpus(corpus);
        return model;
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(corpus)) {
            System.err.println("Not a folder: " + corpus);
            return 2;
        }
        long t0 = System.nanoTime();
        if (threshold != null && !(threshold >= 0 && threshold <= 1)) {
            System.err.println("--threshold must be between 0 and 1");
            return 2;
        }
        Restorer restorer = restorer().withThresholds(thresholds()[0], thresholds()[1]);
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
        heldOut();
        return 0;
    }

    /**
     * The threshold chosen on one half of the material and measured on the other, both ways:
     * the stripped text's even and odd lines, the synthetic plans alternately (in name order).
     * OCR words are paired with clean ones in order, then out of order within their stretch of
     * the plan (table cells read across columns; {@code RestoreEvaluation.alignLoose}).
     */
    private void heldOut() throws java.io.IOException {
        Restorer base = restorer();
        List<RestoreEvaluation.Judgement> st = new java.util.ArrayList<>(), sy = new java.util.ArrayList<>();
        if (Files.isRegularFile(stripped)) st.add(RestoreEvaluation.judgeStripped(base, stripped));
        if (Files.isDirectory(synthetic)) {
            List<Path[]> pairs = RestoreEvaluation.syntheticPairs(synthetic);
            for (int i = 0; i < pairs.size(); i++) sy.add(RestoreEvaluation.judgeOcr(base, pairs.get(i)[0], pairs.get(i)[1], i % 2));
        }
        List<List<RestoreEvaluation.Judgement>> sets = new java.util.ArrayList<>();
        if (!st.isEmpty()) sets.add(st);
        if (!sy.isEmpty()) sets.add(sy);
        if (sets.isEmpty()) return;
        System.out.println();
        System.out.printf("threshold held out: chosen on one half (most words right, at most %.0f %% of the certain words wrong on each set), measured on the other%n",
                100 * RestoreEvaluation.MAX_CERTAIN_WRONG);
        System.out.println("(halves: the stripped text's even / odd lines; the synthetic plans 1st, 3rd, ... / 2nd, 4th, ...; OCR words paired in order, then out of order within their stretch of the plan)");
        System.out.printf("%-28s %9s %-10s %7s %8s %9s %-10s %7s %8s %9s%n", "", "threshold", "", "right", "uncert.", "cert.wrong", "", "right", "uncert.", "cert.wrong");
        for (int part = 0; part < 2; part++) {
            double[] t = RestoreEvaluation.choose(sets, part);
            line("chosen on half " + (char) ('A' + part) + ", on " + (char) ('B' - part), t, st, sy, 1 - part);
        }
        line("chosen on all, on all", RestoreEvaluation.choose(sets, -1), st, sy, -1);
        line("shipped, on all", new double[] {Restorer.THRESHOLD, Restorer.GARBLED_THRESHOLD}, st, sy, -1);
        for (double t : new double[] {0, 0.3, 0.5, 0.7, 0.9}) line("one threshold " + t + ", on all", new double[] {t, t}, st, sy, -1);
        double[] used = thresholds();
        if (!sy.isEmpty()) {
            System.out.println();
            System.out.printf("synthetic OCR words by what became of them (thresholds %.2f / %.2f; wrong tone/diacritic: the letters right, the language model's choice):%n", used[0], used[1]);
            RestoreEvaluation.errorTypes(sy, used[0], used[1]).forEach((k, v) -> System.out.printf("  %-34s %6d%n", k, v));
        }
        if (!st.isEmpty()) {
            System.out.printf("stripped text's words by what became of them (thresholds %.2f / %.2f):%n", used[0], used[1]);
            RestoreEvaluation.errorTypes(st, used[0], used[1]).forEach((k, v) -> System.out.printf("  %-34s %6d%n", k, v));
        }
    }

    private static void line(String label, double[] t, List<RestoreEvaluation.Judgement> st, List<RestoreEvaluation.Judgement> sy, int part) {
        StringBuilder sb = new StringBuilder(String.format("%-28s %4.2f/%4.2f", label, t[0], t[1]));
        if (!st.isEmpty()) {
            RestoreEvaluation.Tally a = RestoreEvaluation.tally(st, t[0], t[1], part);
            sb.append(String.format(" %-10s %7.3f %8.3f %9.3f", "stripped", a.accuracy(), a.uncertainShare(), a.certainWrongShare()));
        }
        if (!sy.isEmpty()) {
            RestoreEvaluation.Tally b = RestoreEvaluation.tally(sy, t[0], t[1], part);
            sb.append(String.format(" %-10s %7.3f %8.3f %9.3f", "synthetic", b.accuracy(), b.uncertainShare(), b.certainWrongShare()));
        }
        System.out.println(sb);
    }
}
