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
import java.util.Map;
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

    /**
     * One restored word judged against the clean text, independent of the threshold: the clean
     * word it is paired with ({@code null}: none), the model's reading and posterior, what was
     * printed, whether it is kept as printed whatever the threshold (no syllable explains it), and
     * the half of the material it belongs to ({@code part} 0 or 1, for choosing a threshold on one
     * half and measuring it on the other).
     */
    public record Judged(String clean, String printed, String best, double confidence, boolean kept, int part, boolean plain) {
        public Judged(String clean, String printed, String best, double confidence, boolean kept, int part) {
            this(clean, printed, best, confidence, kept, part, Restorer.plainPrint(printed));
        }

        public String shown(double threshold) {
            return shown(threshold, threshold);
        }

        public boolean uncertain(double threshold) {
            return uncertain(threshold, threshold);
        }

        /** Thresholds for a word printed as a syllable without marks, and for the others ({@link Restorer#withThresholds}). */
        public String shown(double plainT, double garbledT) {
            return uncertain(plainT, garbledT) ? printed : best;
        }

        public boolean uncertain(double plainT, double garbledT) {
            return kept || confidence < (plain ? plainT : garbledT);
        }
    }

    /** A text's judged words and its clean words per part. */
    public record Judgement(String name, List<Judged> words, int[] cleanWords) {}

    /** Word figures at one threshold over some judgements and parts (-1: both). */
    public record Tally(int cleanWords, int right, int uncertain, int shown, int certainPaired, int certainWrong) {
        public double accuracy() {
            return share(right, cleanWords);
        }

        public double uncertainShare() {
            return share(uncertain, shown);
        }

        public double certainWrongShare() {
            return share(certainWrong, certainPaired);
        }
    }

    public static Tally tally(List<Judgement> js, double threshold, int part) {
        return tally(js, threshold, threshold, part);
    }

    public static Tally tally(List<Judgement> js, double plainT, double garbledT, int part) {
        int clean = 0, right = 0, unc = 0, shown = 0, cp = 0, cw = 0;
        for (Judgement j : js) {
            for (int p = 0; p < 2; p++) if (part < 0 || part == p) clean += j.cleanWords()[p];
            for (Judged w : j.words()) {
                if (part >= 0 && w.part() != part) continue;
                shown++;
                boolean u = w.uncertain(plainT, garbledT);
                if (u) unc++;
                if (w.clean() == null) continue;
                boolean ok = key(w.shown(plainT, garbledT)).equals(key(w.clean()));
                if (ok) right++;
                if (!u) {
                    cp++;
                    if (!ok) cw++;
                }
            }
        }
        return new Tally(clean, right, unc, shown, cp, cw);
    }

    /** Thresholds tried when one is chosen. */
    public static final double[] THRESHOLDS = java.util.stream.IntStream.rangeClosed(0, 99).mapToDouble(i -> i / 100.0).toArray();
    /** A threshold is chosen to keep the share of certain words that are wrong at most this (the floor is 3 %). */
    public static final double MAX_CERTAIN_WRONG = 0.02;

    /**
     * The threshold that gets most words right over the sets (each set's accuracy weighs the
     * same) while no set shows more than {@link #MAX_CERTAIN_WRONG} of its certain words wrong,
     * on one part (-1: both); the highest threshold tried when none keeps that.
     */
    public static double[] choose(List<List<Judgement>> sets, int part) {
        double top = THRESHOLDS[THRESHOLDS.length - 1];
        double[] best = {top, top};
        double bestScore = -1;
        for (int a = 0; a < THRESHOLDS.length; a += 5) {
            for (int b = 0; b < THRESHOLDS.length; b += 5) {
                double score = 0;
                boolean ok = true;
                for (List<Judgement> set : sets) {
                    Tally y = tally(set, THRESHOLDS[a], THRESHOLDS[b], part);
                    score += y.accuracy();
                    if (y.certainWrongShare() > MAX_CERTAIN_WRONG) ok = false;
                }
                if (ok && score > bestScore + 1e-12) {
                    bestScore = score;
                    best = new double[] {THRESHOLDS[a], THRESHOLDS[b]};
                }
            }
        }
        return best;
    }

    /** The stripped text judged word by word (part: the parity of the word's line, so both halves mix all sections). */
    public static Judgement judgeStripped(Restorer restorer, Path cleanFile) throws IOException {
        String clean = Fold.normalizeText(Files.readString(cleanFile, StandardCharsets.UTF_8));
        String stripped = Restorer.stripMarks(clean);
        Restored r = restorer.withThreshold(0).restore(stripped);
        List<String> cw = Restorer.words(clean);
        List<RestoredWord> ws = r.words();
        int[] lineOf = lineStarts(stripped);
        String[] c = cw.stream().map(RestoreEvaluation::key).toArray(String[]::new);
        int[] pair = align(c, ws.stream().map(w -> key(w.restored())).toArray(String[]::new));
        List<Judged> out = new ArrayList<>();
        int[] cleanWords = new int[2];
        for (int j = 0; j < ws.size(); j++) {
            RestoredWord w = ws.get(j);
            int part = line(lineOf, w.printedStart()) % 2;
            out.add(new Judged(pair[j] < 0 ? null : cw.get(pair[j]), w.printed(), w.best(), Double.isNaN(w.confidence()) ? 0 : w.confidence(), w.uncertain(), part));
        }
        // stripping keeps words and lines: the clean words of a part are the restored words of its lines
        for (Judged w : out) cleanWords[w.part()]++;
        cleanWords[0] += Math.max(0, cw.size() - ws.size());
        return new Judgement(cleanFile.getFileName().toString(), out, cleanWords);
    }

    /** An OCR text judged word by word after alignment with its clean text ({@link #alignLoose}); part given by the caller. */
    public static Judgement judgeOcr(Restorer restorer, Path ocrFile, Path cleanFile, int part) throws IOException {
        String ocr = Files.readString(ocrFile, StandardCharsets.UTF_8);
        List<String> clean = Restorer.words(Files.readString(cleanFile, StandardCharsets.UTF_8));
        Restored r = restorer.withThreshold(0).restore(ocr);
        List<RestoredWord> ws = r.words();
        String[] c = clean.stream().map(RestoreEvaluation::key).toArray(String[]::new);
        String[] shown = ws.stream().map(w -> key(w.restored())).toArray(String[]::new);
        int[] pair = alignLoose(c, shown, WINDOW);
        List<Judged> out = new ArrayList<>();
        for (int j = 0; j < ws.size(); j++) {
            RestoredWord w = ws.get(j);
            out.add(new Judged(pair[j] < 0 ? null : clean.get(pair[j]), w.printed(), w.best(), Double.isNaN(w.confidence()) ? 0 : w.confidence(), w.uncertain(), part));
        }
        int[] cleanWords = new int[2];
        cleanWords[part] = clean.size();
        return new Judgement(ocrFile.getFileName().toString(), out, cleanWords);
    }

    /** How far, in clean words, the second pass of {@link #alignLoose} looks beyond a gap's paired neighbours. */
    public static final int WINDOW = 40;

    /**
     * The in-order alignment ({@link #align}), then a second pass for the words it left alone:
     * the OCR reads a table's columns side by side, line by line, so a cell's words come out
     * interleaved with its neighbours' and cannot be paired in order. Each restored word left
     * unpaired is paired with an unpaired clean word that is the same once folded (an equal one first)
     * between the clean partners of the nearest paired words before and after it, widened by
     * {@code window} words: the words of the same stretch of the plan, in another order.
     */
    static int[] alignLoose(String[] c, String[] r, int window) {
        int[] pair = align(c, r);
        boolean[] used = new boolean[c.length];
        for (int p : pair) if (p >= 0) used[p] = true;
        String[] fc = new String[c.length];
        for (int i = 0; i < c.length; i++) fc[i] = Fold.fold(c[i]);
        int[] before = new int[r.length], after = new int[r.length];
        int last = -1;
        for (int j = 0; j < r.length; j++) {
            if (pair[j] >= 0) last = pair[j];
            before[j] = last;
        }
        last = c.length;
        for (int j = r.length - 1; j >= 0; j--) {
            if (pair[j] >= 0) last = pair[j];
            after[j] = last;
        }
        // equal words first, then words equal once folded (a nearer kind of match is never taken by a looser
        // one); words merely alike are not paired out of order: among the many short words of a table's
        // stretch, "vụ" and "và" are alike by chance, and such a pair would count a misreading that is none
        for (int pass = 0; pass < 2; pass++) {
            for (int j = 0; j < r.length; j++) {
                if (pair[j] >= 0) continue;
                String fr = Fold.fold(r[j]);
                int from = Math.max(0, Math.min(before[j], after[j]) - window), to = Math.min(c.length - 1, Math.max(before[j], after[j]) + window);
                int found = -1;
                for (int i = from; i <= to && found < 0; i++) {
                    if (used[i]) continue;
                    if (pass == 0 ? c[i].equals(r[j]) : fc[i].equals(fr)) found = i;
                }
                if (found >= 0) {
                    pair[j] = found;
                    used[found] = true;
                }
            }
        }
        return pair;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts.add(i + 1);
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int line(int[] starts, int offset) {
        int k = java.util.Arrays.binarySearch(starts, offset);
        return k >= 0 ? k : -k - 2;
    }

    /**
     * The words' errors by kind at a threshold: right; clean word not paired with any restored
     * word; kept as printed (no syllable explains the print); marked uncertain though the model's
     * reading was right; uncertain and wrong; shown as certain and wrong — each wrong reading
     * split into a wrong diacritic or tone (same letters: the language model's choice) and other
     * letters (the OCR channel's candidates).
     */
    public static Map<String, Integer> errorTypes(List<Judgement> js, double plainT, double garbledT) {
        Map<String, Integer> m = new java.util.LinkedHashMap<>();
        for (String k : List.of("right", "clean word unpaired", "kept as printed", "uncertain, reading right", "uncertain, wrong tone/diacritic",
                "uncertain, wrong letters", "certain, wrong tone/diacritic", "certain, wrong letters")) m.put(k, 0);
        int paired = 0, clean = 0;
        for (Judgement j : js) {
            clean += j.cleanWords()[0] + j.cleanWords()[1];
            for (Judged w : j.words()) {
                if (w.clean() == null) continue;
                paired++;
                String c = key(w.clean());
                String kind;
                if (key(w.shown(plainT, garbledT)).equals(c)) kind = "right";
                else if (w.kept()) kind = "kept as printed";
                else if (key(w.best()).equals(c)) kind = "uncertain, reading right";
                else {
                    String how = Fold.fold(w.best()).equals(Fold.fold(c)) ? "wrong tone/diacritic" : "wrong letters";
                    kind = (w.uncertain(plainT, garbledT) ? "uncertain, " : "certain, ") + how;
                    if (DETAILS && !w.uncertain(plainT, garbledT)) System.out.printf("  certain but wrong: printed %-12s shown %-12s clean %-12s p=%.3f%n", w.printed(), w.best(), w.clean(), w.confidence());
                }
                m.merge(kind, 1, Integer::sum);
            }
        }
        m.put("clean word unpaired", clean - paired);
        return m;
    }

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
