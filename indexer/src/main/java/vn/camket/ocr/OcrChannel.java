package vn.camket.ocr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The OCR channel model: how likely the OCR (Tesseract's English model on Vietnamese pages) is
 * to print {@code printed} where the page said {@code intended}, P(printed | intended).
 *
 * <p>The text is cut into units of one or two intended characters, each printed as 0–3
 * characters ("ổ" → "6", "ơ" → "&amp;", "ứ" → "tt", "Đ" → "P", " " → "" when two words run
 * together); the probability of a string is that of its most likely cut (Viterbi over units).
 * Unit probabilities are counts from aligned clean/OCR line pairs (see {@link ChannelEstimator}
 * and the command {@code camket-indexer estimate-ocr}), smoothed towards a small edit model
 * (the character itself, the character without its diacritics, another case, nothing, anything
 * else; its weights estimated per kind of character) so an unseen misreading is unlikely but
 * never impossible. A text may also have been typed rather than scanned, so a string printed
 * exactly as intended keeps a floor of 0.05 whatever the OCR would have done. Case matters ("Đ" → "P" is a
 * capital's misreading) but is backed off like any other difference.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * OcrChannel ch = OcrChannel.bundled();                 // the model shipped in resources, loaded once
 * double lp = ch.logProb("d6i", "đổi");                 // natural log of P(printed | intended)
 * List<Candidate> c = ch.candidates("d6i", 5);          // best intended syllables of the bundled list
 * SyllableCandidates mine = ch.syllables(myVocabulary); // the same over your own vocabulary (lower case)
 * mine.best("S&", 3);                                   // "Sở", ... cased like the printed token
 * }</pre>
 * All methods are thread-safe. {@link #logProb} works on any strings (a token or a short phrase,
 * spaces included); it costs O(|printed| × |intended|).
 *
 * <p>Model file: {@code /vn/camket/ocr/ocr-channel.tsv} (written by {@code estimate-ocr}; how it
 * was made is in its header and in the README).
 */
public final class OcrChannel {
    /** Longest printed string one intended unit can become. */
    static final int MAX_OUT = 3;
    /** Weight of the edit model against the counts (a pseudo-count). */
    private static final double ALPHA = 1.0;
    /**
     * Weight of the edit model whatever the counts say: other fonts and scans misread in ways the
     * pairs did not show ("ở" as "&amp;"), so a kind's habits stay possible for every character of it.
     */
    private static final double SHIFT = 0.1;
    /**
     * A text may also come typed, not scanned (a clean plan, a Vietnamese OCR): P(printed =
     * intended) has this floor whatever the OCR would have done ("nghiên" is "nghiên").
     */
    private static final double TYPED = 0.05;
    private static final double LOG_TYPED = Math.log(TYPED);
    static final double LOG_OCR = Math.log(1 - TYPED);
    /** A printed character that no intended one produced (beyond those counted with a unit). */
    private static final double LOG_INSERT = Math.log(1e-4);
    /** A two-character unit is used only when its (unit, printed) pair was seen this often. */
    private static final int MIN_PAIR_COUNT = 2;
    static final String RESOURCE = "/vn/camket/ocr/ocr-channel.tsv";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static volatile OcrChannel bundled;

    private final ChannelCounts counts;
    private final double[][] relations;
    /** Per kind of intended character: weight (×100) of each other character it was misread as. */
    private final List<Map<Character, Double>> others = new java.util.ArrayList<>();
    private double[] unseenOther;
    private final Map<String, Double> unitCache = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile SyllableCandidates bundledSyllables;

    OcrChannel(ChannelCounts counts) {
        this.counts = counts;
        this.relations = pooledRelations();
    }

    /** The model shipped with Camket (loaded once, then shared). */
    public static OcrChannel bundled() {
        OcrChannel b = bundled;
        if (b != null) return b;
        synchronized (OcrChannel.class) {
            if (bundled != null) return bundled;
            try (InputStream in = OcrChannel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
                bundled = read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bundled;
        }
    }

    /** A model file written by {@code estimate-ocr}. */
    public static OcrChannel read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    static OcrChannel read(InputStream in) throws IOException {
        return new OcrChannel(ChannelCounts.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
    }

    /**
     * Natural log of P(printed | intended), for a token or a short phrase (NFC is applied to
     * both). Always finite: an unlikely pair gets a very low value, not minus infinity.
     */
    public double logProb(String printed, String intended) {
        String x = nfc(intended), p = nfc(printed);
        return withTypedFloor(ocrLogProb(p, x), p.equals(x));
    }

    /**
     * log P(printed | intended) from the OCR's own log probability: a printing equal to what was
     * intended may also have been typed, not scanned, and keeps the typed floor.
     */
    static double withTypedFloor(double ocr, boolean printedAsIntended) {
        double lp = LOG_OCR + ocr;
        return printedAsIntended ? logAdd(LOG_TYPED, lp) : lp;
    }

    private static double logAdd(double a, double b) {
        double hi = Math.max(a, b), lo = Math.min(a, b);
        return hi + Math.log1p(Math.exp(lo - hi));
    }

    /** log P(printed | intended) through the OCR alone (NFC strings). */
    double ocrLogProb(String p, String x) {
        return align(p, x, this::logUnit);
    }

    /** log P(printed | unit) of one unit of intended text (one or two characters) printed as a string of up to {@link #MAX_OUT}. */
    @FunctionalInterface
    interface UnitScore {
        double logProb(String unit, String printed);
    }

    /**
     * The likeliest alignment of printed {@code p} to intended {@code x} (Viterbi): the intended
     * text cut into units of one or two characters, each printed as up to {@link #MAX_OUT}
     * characters scored by {@code units}, and printed characters no unit produced at
     * {@code LOG_INSERT} each.
     */
    static double align(String p, String x, UnitScore units) {
        int n = x.length(), m = p.length();
        double[][] dp = new double[n + 1][m + 1];
        for (double[] row : dp) java.util.Arrays.fill(row, Double.NEGATIVE_INFINITY);
        dp[0][0] = 0;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                double best = dp[i][j];
                if (j > 0 && dp[i][j - 1] > Double.NEGATIVE_INFINITY) best = Math.max(best, dp[i][j - 1] + LOG_INSERT);
                for (int a = 1; a <= 2 && a <= i; a++) {
                    String unit = x.substring(i - a, i);
                    for (int b = 0; b <= MAX_OUT && b <= j; b++) {
                        double prev = dp[i - a][j - b];
                        if (prev == Double.NEGATIVE_INFINITY) continue;
                        double lp = units.logProb(unit, p.substring(j - b, j));
                        if (prev + lp > best) best = prev + lp;
                    }
                }
                dp[i][j] = best;
            }
        }
        return dp[n][m];
    }

    /** log P(printed | unit) for a unit of one intended character (smoothed) or two (seen pairs only, else −∞). */
    double logUnit(String unit, String printed) {
        String key = unit + '\u0000' + printed;
        Double cached = unitCache.get(key);
        if (cached != null) return cached;
        double v = computeLogUnit(unit, printed);
        if (unitCache.size() > 500_000) unitCache.clear();
        unitCache.put(key, v);
        return v;
    }

    private double computeLogUnit(String unit, String printed) {
        int total = counts.total(unit);
        int c = counts.count(unit, printed);
        if (unit.length() == 1) {
            double q = backoff(unit.charAt(0), printed);
            return Math.log((1 - SHIFT) * (c + ALPHA * q) / (total + ALPHA) + SHIFT * q);
        }
        return c >= MIN_PAIR_COUNT ? Math.log(c / (total + ALPHA)) : Double.NEGATIVE_INFINITY;
    }

    /** How a printed string relates to the intended character it came from. */
    private enum Relation {
        SELF(1), STRIP(1), CASE(2), EMPTY(1), OTHER1(100), OTHER2(10_000), OTHER3(1_000_000);

        /** How many printed strings the relation stands for (its probability is shared among them). */
        final double members;

        Relation(double members) {
            this.members = members;
        }

        static Relation of(char x, String p) {
            if (p.isEmpty()) return EMPTY;
            if (p.length() == 2) return OTHER2;
            if (p.length() > 2) return OTHER3;
            char c = p.charAt(0), s = strip(x);
            if (c == x) return SELF;
            if (c == s) return STRIP;
            char lc = Character.toLowerCase(c);
            if (lc == Character.toLowerCase(x) || lc == Character.toLowerCase(s)) return CASE;
            return OTHER1;
        }
    }

    /**
     * The edit model the counts are smoothed towards, itself estimated from the counts: for the
     * intended characters of a kind (with or without diacritics, lower or upper case), how often
     * they were printed as themselves, without their diacritics, in the other case, not at all,
     * or as anything else. A rare character ("ỡ", "Ữ") so gets the habits of its kind.
     */
    private double[][] pooledRelations() {
        double[][] q = new double[4][Relation.values().length];
        double[] otherTotals = new double[4];
        unseenOther = new double[4];
        for (int k = 0; k < 4; k++) others.add(new HashMap<>());
        for (var u : counts.outputs.entrySet()) {
            if (u.getKey().length() != 1) continue;
            char x = u.getKey().charAt(0);
            for (var o : u.getValue().entrySet()) {
                Relation r = Relation.of(x, o.getKey());
                q[kind(x)][r.ordinal()] += o.getValue();
                if (r == Relation.OTHER1) {
                    others.get(kind(x)).merge(o.getKey().charAt(0), (double) o.getValue(), Double::sum);
                    otherTotals[kind(x)] += o.getValue();
                }
            }
        }
        // which other character a kind is misread as: "&" and "6" for vowels with marks, seldom "x"
        for (int k = 0; k < 4; k++) {
            double t = otherTotals[k] + Relation.OTHER1.members;
            others.get(k).replaceAll((c, n) -> (n + 1.0) / t * Relation.OTHER1.members);
            unseenOther[k] = 1.0 / t * Relation.OTHER1.members;
        }
        for (double[] row : q) {
            double sum = 0;
            for (int r = 0; r < row.length; r++) sum += row[r] += 0.5;
            for (int r = 0; r < row.length; r++) row[r] /= sum;
        }
        return q;
    }

    private static int kind(char x) {
        return (strip(x) != x ? 2 : 0) + (Character.isUpperCase(x) ? 1 : 0);
    }

    /** P(printed | x) under the pooled edit model. */
    double backoff(char x, String p) {
        Relation r = Relation.of(x, p);
        int k = kind(x);
        double share = 1.0;
        if (r == Relation.OTHER1) share = others.get(k).getOrDefault(p.charAt(0), unseenOther[k]);
        return relations[k][r.ordinal()] * share / r.members;
    }

    /** The character without its diacritics, case kept ("ổ" → "o", "Đ" → "D"). */
    static char strip(char x) {
        if (x < 0x80) return x;
        if (x < STRIPPED.length) return STRIPPED[x];
        return stripSlow(x);
    }

    private static final char[] STRIPPED = new char[0x2000];

    static {
        for (char c = 0; c < STRIPPED.length; c++) STRIPPED[c] = stripSlow(c);
    }

    private static char stripSlow(char x) {
        if (x < 0x80) return x;
        if (x == 'đ') return 'd';
        if (x == 'Đ') return 'D';
        String s = MARKS.matcher(Normalizer.normalize(String.valueOf(x), Normalizer.Form.NFD)).replaceAll("");
        return s.length() == 1 ? s.charAt(0) : x;
    }

    /** Costs for re-aligning pairs with this model (one character for one, at most). */
    CharAlignment.Costs alignmentCosts() {
        long chars = 0, extra = 0;
        for (var u : counts.outputs.entrySet()) {
            if (u.getKey().length() != 1) continue;
            for (var o : u.getValue().entrySet()) {
                chars += o.getValue();
                if (o.getKey().length() > 1) extra += (long) (o.getKey().length() - 1) * o.getValue();
            }
        }
        double ins = -Math.log(Math.max(1e-4, (extra + 1.0) / (chars + 1.0)));
        return new CharAlignment.Costs() {
            @Override
            public double sub(char x, char p) {
                return -logUnit(String.valueOf(x), String.valueOf(p));
            }

            @Override
            public double del(char x) {
                return -logUnit(String.valueOf(x), "");
            }

            @Override
            public double ins(char p) {
                return ins;
            }
        };
    }

    /** The printed strings a unit was seen to become (for indexing candidates). */
    Map<String, Integer> seenOutputs(String unit) {
        Map<String, Integer> o = counts.outputs.get(unit);
        return o == null ? Map.of() : o;
    }

    /** The intended units the model has counts for. */
    Set<String> units() {
        return counts.outputs.keySet();
    }

    boolean usable(String unit, String printed) {
        return unit.length() == 1 || counts.count(unit, printed) >= MIN_PAIR_COUNT;
    }

    /** The k most likely intended syllables of the bundled syllable list for a printed token. */
    public List<Candidate> candidates(String printed, int k) {
        SyllableCandidates s = bundledSyllables;
        if (s == null) {
            synchronized (this) {
                if (bundledSyllables == null) bundledSyllables = new SyllableCandidates(this, SyllableInventory.diacritised());
                s = bundledSyllables;
            }
        }
        return s.best(printed, k);
    }

    /** A candidate generator over a vocabulary of intended syllables (lower case, with diacritics). */
    public SyllableCandidates syllables(Collection<String> vocabulary) {
        return new SyllableCandidates(this, vocabulary);
    }

    static String nfc(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
