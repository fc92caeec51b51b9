package vn.camket.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.camket.restore.Restored;
import vn.camket.restore.RestoredWord;
import vn.camket.restore.Restorer;
import vn.camket.text.Fold;

/**
 * Measures the restorer on texts its language model was not learned from: a clean text with its
 * diacritics stripped (syllable accuracy against the original), and OCR'd plans beside their
 * clean text (word accuracy after aligning the restored words with the clean ones), with the
 * share of words marked uncertain and the share of words shown as certain that are wrong.
 */
public final class RestoreEvaluation {
    /** Figures of one text. {@code aligned}: restored words paired with a clean word by the alignment. */
    public record Figures(String name, int words, double shownAccuracy, double bestAccuracy, double printedAccuracy,
                          double uncertainShare, double certainWrongShare, int certainAligned, int certainUnaligned, double paired,
                          double seconds) {}

    private RestoreEvaluation() {}

    /** Print every word shown as certain that is wrong. */
    public static boolean DETAILS = Boolean.getBoolean("camket.restore.details");

    /** Strips the clean text's diacritics, restores it, compares syllable by syllable. */
    public static Figures stripped(Restorer restorer, Path cleanFile) throws IOException {
        String clean = Fold.normalizeText(Files.readString(cleanFile, StandardCharsets.UTF_8));
        String stripped = Restorer.stripMarks(clean);
        long t0 = System.nanoTime();
        Restored r = restorer.restore(stripped);
        double seconds = (System.nanoTime() - t0) / 1e9;
        return compare(cleanFile.getFileName().toString(), Restorer.words(clean), r, seconds);
    }

    /** Restores an OCR text and compares it with the clean text that was printed. */
    public static Figures ocr(Restorer restorer, Path ocrFile, Path cleanFile) throws IOException {
        String ocr = Files.readString(ocrFile, StandardCharsets.UTF_8);
        String clean = Files.readString(cleanFile, StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        Restored r = restorer.restore(ocr);
        double seconds = (System.nanoTime() - t0) / 1e9;
        return compare(ocrFile.getFileName().toString(), Restorer.words(clean), r, seconds);
    }

    private static Figures compare(String name, List<String> clean, Restored r, double seconds) {
        List<RestoredWord> words = r.words();
        int n = clean.size(), m = words.size();
        String[] c = new String[n], shown = new String[m];
        for (int i = 0; i < n; i++) c[i] = key(clean.get(i));
        for (int j = 0; j < m; j++) shown[j] = key(words.get(j).restored());
        int[] pair = align(c, shown);
        int pairedWords = 0;
        for (int j = 0; j < m; j++) if (pair[j] >= 0) pairedWords++;
        int right = 0, bestRight = 0, printedRight = 0, uncertain = 0, certainAligned = 0, certainWrong = 0, certainUnaligned = 0;
        for (int j = 0; j < m; j++) {
            RestoredWord w = words.get(j);
            if (w.uncertain()) uncertain++;
            int i = pair[j];
            if (i < 0) {
                if (!w.uncertain()) certainUnaligned++;
                continue;
            }
            boolean ok = shown[j].equals(c[i]);
            if (ok) right++;
            if (key(w.best()).equals(c[i])) bestRight++;
            if (key(w.printed()).equals(c[i])) printedRight++;
            if (!w.uncertain()) {
                certainAligned++;
                if (!ok) {
                    certainWrong++;
                    if (DETAILS) System.out.printf("  certain but wrong: printed %-12s shown %-12s clean %-12s p=%.3f%n", w.printed(), w.restored(), clean.get(i), w.confidence());
                }
            }
        }
        return new Figures(name, n, share(right, n), share(bestRight, n), share(printedRight, n), share(uncertain, m),
                share(certainWrong, certainAligned), certainAligned, certainUnaligned, share(pairedWords, n), seconds);
    }

    /**
     * Word alignment (edit distance: equal words free; insertion, deletion and substituting a
     * similar word one each; words that are not alike are never paired, so table cells the OCR
     * read in another order do not count as misread words): for each restored word, the clean
     * word it is paired with, or −1.
     */
    static int[] align(String[] c, String[] r) {
        int n = c.length, m = r.length;
        String[] fc = new String[n], fr = new String[m];
        for (int i = 0; i < n; i++) fc[i] = Fold.fold(c[i]);
        for (int j = 0; j < m; j++) fr[j] = Fold.fold(r[j]);
        byte[][] op = new byte[n + 1][m + 1];
        int[] prev = new int[m + 1], cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
            op[0][j] = 3;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            op[i][0] = 2;
            for (int j = 1; j <= m; j++) {
                int sub = prev[j - 1] + (c[i - 1].equals(r[j - 1]) ? 0 : similarFolded(fc[i - 1], fr[j - 1]) ? 1 : 3);
                int del = prev[j] + 1, ins = cur[j - 1] + 1;
                int best = sub;
                byte o = 1;
                if (del < best) {
                    best = del;
                    o = 2;
                }
                if (ins < best) {
                    best = ins;
                    o = 3;
                }
                cur[j] = best;
                op[i][j] = o;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        int[] pair = new int[m];
        java.util.Arrays.fill(pair, -1);
        int i = n, j = m;
        while (i > 0 || j > 0) {
            byte o = op[i][j];
            if (o == 1) {
                pair[j - 1] = i - 1;
                i--;
                j--;
            } else if (o == 2) {
                i--;
            } else {
                j--;
            }
        }
        return pair;
    }

    /** Alike once folded: at most half their letters differ (edit distance). */
    static boolean similar(String a, String b) {
        return similarFolded(Fold.fold(a), Fold.fold(b));
    }

    private static boolean similarFolded(String x, String y) {
        if (x.equals(y)) return true;
        int n = x.length(), m = y.length();
        if (Math.abs(n - m) * 2 > Math.max(n, m)) return false;
        int[] d = new int[m + 1];
        for (int j = 0; j <= m; j++) d[j] = j;
        for (int i = 1; i <= n; i++) {
            int diag = d[0];
            d[0] = i;
            for (int j = 1; j <= m; j++) {
                int t = d[j];
                d[j] = Math.min(Math.min(d[j] + 1, d[j - 1] + 1), diag + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1));
                diag = t;
            }
        }
        return d[m] * 2 <= Math.max(n, m);
    }

    private static String key(String w) {
        return Normalizer.normalize(w, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static double share(int k, int n) {
        return n == 0 ? 0 : k / (double) n;
    }

    /** The synthetic set's (OCR, clean) pairs: NAME.txt beside NAME.clean.txt. */
    public static List<Path[]> syntheticPairs(Path dir) throws IOException {
        List<Path[]> pairs = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path clean : s.filter(p -> p.getFileName().toString().endsWith(".clean.txt")).sorted().toList()) {
                Path ocr = clean.resolveSibling(clean.getFileName().toString().replace(".clean.txt", ".txt"));
                if (Files.exists(ocr)) pairs.add(new Path[] {ocr, clean});
            }
        }
        return pairs;
    }

    public static void header(PrintStream out) {
        out.printf("%-34s %6s %7s %7s %8s %8s %9s %8s %8s %7s %6s%n", "text", "words", "shown", "best", "printed", "uncert.", "cert.wrong",
                "cert.al", "cert.un", "paired", "sec");
    }

    public static void print(Figures f, PrintStream out) {
        out.printf("%-34s %6d %7.3f %7.3f %8.3f %8.3f %9.3f %8d %8d %7.3f %6.2f%n", f.name(), f.words(), f.shownAccuracy(), f.bestAccuracy(),
                f.printedAccuracy(), f.uncertainShare(), f.certainWrongShare(), f.certainAligned(), f.certainUnaligned(), f.paired(), f.seconds());
    }
}
