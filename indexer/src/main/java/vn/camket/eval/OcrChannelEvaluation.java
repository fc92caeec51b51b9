package vn.camket.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.camket.ocr.Candidate;
import vn.camket.ocr.ChannelEstimator;
import vn.camket.ocr.ChannelEstimator.LinePair;
import vn.camket.ocr.ChannelEstimator.TokenPair;
import vn.camket.ocr.OcrChannel;
import vn.camket.ocr.OcrPairFiles;
import vn.camket.ocr.SyllableCandidates;
import vn.camket.ocr.SyllableInventory;
import vn.camket.text.Fold;

/**
 * Measures the OCR channel on pairs it was not estimated from: each pair file (one font) in
 * turn is held out, the channel is estimated from the others, and every word of the held-out
 * lines that is a syllable of the bundled list is recovered from its printed form. Baseline:
 * plain diacritic folding (the printed token folded equals the intended one folded, and one of
 * the syllables with that folded form is picked at random).
 */
public final class OcrChannelEvaluation {
    /** Figures of one held-out file. */
    public record Fold3(String heldOut, int words, int garbled, double top1, double top5, double foldedTop1,
                        double baseFolded, double baseTop1, double baseTop5, double garbledTop1, double garbledTop5,
                        double garbledBaseTop1, double microsPerWord) {}

    private OcrChannelEvaluation() {}

    public static List<Fold3> run(Path pairsDir) throws IOException {
        List<Path> files = OcrPairFiles.list(pairsDir);
        if (files.size() < 2) throw new IllegalArgumentException("need at least two pair files (one per font) in " + pairsDir);
        Map<Path, List<LinePair>> byFile = new HashMap<>();
        for (Path f : files) byFile.put(f, ChannelEstimator.readPairs(f));
        Set<String> vocab = SyllableInventory.diacritised();
        Map<String, Integer> sameFold = new HashMap<>();
        for (String v : vocab) sameFold.merge(Fold.fold(v), 1, Integer::sum);
        List<Fold3> folds = new ArrayList<>();
        for (Path test : files) {
            List<LinePair> train = new ArrayList<>();
            for (Path f : files) if (!f.equals(test)) train.addAll(byFile.get(f));
            OcrChannel channel = ChannelEstimator.estimate(train);
            SyllableCandidates gen = channel.syllables(vocab);
            int n = 0, garbled = 0, top1 = 0, top5 = 0, ftop1 = 0, bFold = 0, gTop1 = 0, gTop5 = 0;
            double bTop1 = 0, bTop5 = 0, gbTop1 = 0;
            long nanos = 0;
            for (LinePair pair : byFile.get(test)) {
                for (TokenPair t : ChannelEstimator.tokenPairs(pair, channel)) {
                    String want = t.intended().toLowerCase(Locale.ROOT);
                    if (!vocab.contains(want) || !want.chars().allMatch(Character::isLetter)) continue;
                    n++;
                    boolean isGarbled = !t.printed().equals(t.intended());
                    if (isGarbled) garbled++;
                    long t0 = System.nanoTime();
                    List<Candidate> c = gen.best(t.printed(), 5);
                    nanos += System.nanoTime() - t0;
                    int rank = -1;
                    for (int i = 0; i < c.size(); i++) if (c.get(i).text().toLowerCase(Locale.ROOT).equals(want)) { rank = i; break; }
                    if (rank == 0) top1++;
                    if (rank >= 0) top5++;
                    if (isGarbled && rank == 0) gTop1++;
                    if (isGarbled && rank >= 0) gTop5++;
                    if (!c.isEmpty() && Fold.fold(c.get(0).text()).equals(Fold.fold(want))) ftop1++;
                    String folded = Fold.fold(t.printed());
                    if (folded.equals(Fold.fold(want))) {
                        bFold++;
                        int same = sameFold.getOrDefault(folded, 1);
                        bTop1 += 1.0 / same;
                        bTop5 += Math.min(1.0, 5.0 / same);
                        if (isGarbled) gbTop1 += 1.0 / same;
                    }
                }
            }
            folds.add(new Fold3(test.getFileName().toString(), n, garbled, share(top1, n), share(top5, n), share(ftop1, n),
                    share(bFold, n), bTop1 / Math.max(1, n), bTop5 / Math.max(1, n), share(gTop1, garbled), share(gTop5, garbled),
                    gbTop1 / Math.max(1, garbled), nanos / 1000.0 / Math.max(1, n)));
        }
        return folds;
    }

    public static void print(List<Fold3> folds, PrintStream out) {
        out.println("OCR channel, one font held out (estimated on the other fonts' pairs; words of the bundled syllable list)");
        out.printf("%-28s %6s %7s | %6s %6s %7s | %7s %6s %6s | %8s %8s %8s | %6s%n", "held out", "words", "garbled",
                "top1", "top5", "fold@1", "b.fold", "b.top1", "b.top5", "g.top1", "g.top5", "g.b.top1", "us/wd");
        for (Fold3 f : folds) {
            out.printf("%-28s %6d %7d | %6.3f %6.3f %7.3f | %7.3f %6.3f %6.3f | %8.3f %8.3f %8.3f | %6.1f%n", f.heldOut(), f.words(), f.garbled(),
                    f.top1(), f.top5(), f.foldedTop1(), f.baseFolded(), f.baseTop1(), f.baseTop5(), f.garbledTop1(), f.garbledTop5(),
                    f.garbledBaseTop1(), f.microsPerWord());
        }
        out.println("top1/top5: the clean syllable is the channel's first / among its first five candidates (channel alone, no language model);");
        out.println("fold@1: the first candidate is right once folded; b.*: baseline, diacritic folding (b.fold: the folded token is right;");
        out.println("b.top1/b.top5: expected when one / five of the syllables with that folded form are picked at random); g.*: garbled words only.");
    }

    private static double share(int k, int n) {
        return n == 0 ? 0 : k / (double) n;
    }
}
