package vn.camket.restore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import vn.camket.ocr.Candidate;
import vn.camket.ocr.OcrChannel;
import vn.camket.ocr.SyllableCandidates;
import vn.camket.ocr.SyllableInventory;
import vn.camket.text.Fold;

/**
 * Turns OCR text, or text whose diacritics were stripped, into readable Vietnamese: a noisy
 * channel decoder. For every word the candidates are the syllables the OCR channel
 * ({@link OcrChannel}) says it most likely was, and the syllables it is with its diacritics
 * stripped (a second, trivial channel, mixed half and half with the first), plus "keep it as
 * printed" (a word no syllable explains: a name, an acronym, garble). A trigram language model of
 * diacritised syllables ({@link SyllableLanguageModel}), learned from the clean plans of the
 * corpus and the syllable inventory, scores the sequences; forward–backward over each sentence
 * gives every candidate its posterior probability. The most probable one is shown when its
 * posterior is at least the threshold ({@link #THRESHOLD} unless {@link #withThreshold} says otherwise); otherwise the printed form is shown and marked
 * uncertain. Numbers, codes ("57-NQ/TW", "KH&amp;CN", "UBND") and punctuation stay as printed.
 *
 * <pre>{@code
 * Restorer r = Restorer.fromCorpus(Path.of("corpus"));   // clean plans are found by their text
 * Restored out = r.restore("Dat ti 1¢ 100% ngudi st dung");
 * out.text();                                            // "Đạt tỉ lệ 100% người sử dụng"
 * out.words();                                           // per word: printed, restored, best, confidence, uncertain
 * }</pre>
 * Thread-safe once built; candidates are cached per printed token, so a corpus restores in seconds.
 */
public final class Restorer {
    /**
     * Default posterior below which the printed form is kept and marked, for a word printed as a
     * syllable without its marks ("phat", "trien": all a stripped text holds, and much of OCR) —
     * chosen by {@code eval-restore} on half the material and checked on the other half.
     */
    public static final double THRESHOLD = 0.5;
    /**
     * The same for a word whose print is no syllable ("ngudi", "d6i", "cUa"): the OCR changed its
     * letters, the channel's estimate of how is rougher, so its posterior is trusted less.
     */
    public static final double GARBLED_THRESHOLD = 0.65;
    /** How many candidates a word keeps after the channel and unigram have ranked them. */
    private static final int MAX_CANDIDATES = 6;
    private static final double STRIPPED_WEIGHT = 0.5;
    /** log P(printed form | kept as printed): a kept word is one the language model calls {@code <unk>}. */
    private static final double KEEP = Math.log(0.05);
    /**
     * log P(this spelling | some word the model does not know), per character: {@code <unk>}
     * stands for every name, acronym and garble, so one of them spelled just so is unlikely.
     */
    private static final double SPELLING = Math.log(1.0 / 30);
    /** A clean plan: at least this many words, and this share of them syllables of the inventory. */
    private static final int CLEAN_MIN_WORDS = 200;
    private static final double CLEAN_SHARE = 0.9;
    private static final int CACHE_LIMIT = 200_000;

    private final OcrChannel channel;
    private final SyllableCandidates generator;
    private final SyllableLanguageModel lm;
    private final CaseModel caseModel;
    private final Map<String, List<String>> byFolded = new HashMap<>();
    private final Map<String, Choice[]> cache;
    private final double threshold, garbledThreshold;

    private Restorer(OcrChannel channel, Set<String> vocabulary, List<List<String>> sentences, CaseModel caseModel) {
        this.channel = channel;
        this.caseModel = caseModel;
        this.generator = channel.syllables(vocabulary);
        this.lm = new SyllableLanguageModel(vocabulary, sentences);
        for (String v : vocabulary) byFolded.computeIfAbsent(Fold.fold(v), k -> new ArrayList<>()).add(v);
        this.cache = new ConcurrentHashMap<>();
        this.threshold = THRESHOLD;
        this.garbledThreshold = GARBLED_THRESHOLD;
    }

    private Restorer(Restorer base, double threshold, double garbledThreshold) {
        this.channel = base.channel;
        this.generator = base.generator;
        this.lm = base.lm;
        this.caseModel = base.caseModel;
        this.byFolded.putAll(base.byFolded);
        this.cache = base.cache;
        this.threshold = threshold;
        this.garbledThreshold = garbledThreshold;
    }

    /** The same models with another threshold (for every word): a word whose posterior is below it is kept as printed and marked. */
    public Restorer withThreshold(double threshold) {
        return withThresholds(threshold, threshold);
    }

    /** The same models with other thresholds for words printed as a syllable without marks and for the others. */
    public Restorer withThresholds(double plain, double garbled) {
        for (double t : new double[] {plain, garbled}) {
            if (!(t >= 0 && t <= 1)) throw new IllegalArgumentException("threshold must be in [0, 1]: " + t);
        }
        return new Restorer(this, plain, garbled);
    }

    /** Whether a printed word is a syllable of the inventory with its marks taken off (what stripping leaves). */
    public static boolean plainPrint(String printed) {
        return printed.chars().allMatch(ch -> ch < 0x80 && Character.isLetter(ch)) && SyllableInventory.folded().contains(lower(printed));
    }

    public double garbledThreshold() {
        return garbledThreshold;
    }

    public double threshold() {
        return threshold;
    }

    /** A restorer whose language model is learned from the clean plans among the corpus's {@code .txt} files. */
    public static Restorer fromCorpus(Path corpusDir) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpusDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                try {
                    texts.add(Files.readString(f, StandardCharsets.UTF_8));
                } catch (CharacterCodingException e) {
                    // not UTF-8: not a clean plan (the parser reports it)
                }
            }
        }
        return fromTexts(texts);
    }

    /** A restorer learned from those of the texts that are clean (see {@link #isClean}), with the bundled OCR channel. */
    public static Restorer fromTexts(Collection<String> texts) {
        return fromTexts(texts, OcrChannel.bundled());
    }

    public static Restorer fromTexts(Collection<String> texts, OcrChannel channel) {
        Set<String> inventory = SyllableInventory.diacritised();
        Set<String> vocabulary = new LinkedHashSet<>(inventory);
        List<List<Token>> clean = new ArrayList<>();
        Map<String, Integer> extra = new HashMap<>();
        CaseModel caseModel = new CaseModel();
        for (String t : texts) {
            String normal = Fold.normalizeText(t);
            List<Token> tokens = Tokenizer.tokens(normal);
            if (!isClean(tokens, inventory)) continue;
            clean.add(tokens);
            caseModel.learn(tokens, normal);
            for (Token k : tokens) {
                String w = lower(k.text());
                if (k.kind() == Token.Kind.WORD && !inventory.contains(w) && w.chars().allMatch(Character::isLetter)) extra.merge(w, 1, Integer::sum);
            }
        }
        // words of clean plans outside the list (names, loan words) that recur are words too
        extra.forEach((w, n) -> { if (n >= 2 && w.length() <= 12) vocabulary.add(w); });
        List<List<String>> sentences = new ArrayList<>();
        for (List<Token> tokens : clean) {
            List<String> s = new ArrayList<>();
            for (Token k : tokens) {
                s.add(symbol(k, vocabulary));
                if (k.endsSentence()) {
                    sentences.add(s);
                    s = new ArrayList<>();
                }
            }
            if (!s.isEmpty()) sentences.add(s);
        }
        return new Restorer(channel, vocabulary, sentences, caseModel);
    }

    /**
     * Whether a text is clean (typed, not OCR): enough words, nearly all of them syllables of the
     * inventory as printed, diacritics included. OCR text loses or garbles the marks of most words.
     */
    public static boolean isClean(String text) {
        return isClean(Tokenizer.tokens(Fold.normalizeText(text)), SyllableInventory.diacritised());
    }

    private static boolean isClean(List<Token> tokens, Set<String> inventory) {
        int words = 0, known = 0;
        for (Token k : tokens) {
            if (k.kind() != Token.Kind.WORD || !k.text().chars().allMatch(Character::isLetter)) continue;
            words++;
            if (inventory.contains(lower(k.text()))) known++;
        }
        return words >= CLEAN_MIN_WORDS && known >= CLEAN_SHARE * words;
    }

    /** How many sentences the language model was learned from (0: no clean plan was found). */
    public int sentencesLearned() {
        return lm.sentences();
    }

    private static String symbol(Token k, Set<String> vocabulary) {
        return switch (k.kind()) {
            case NUMBER -> SyllableLanguageModel.NUM;
            case CODE -> SyllableLanguageModel.UNK;
            case PUNCT -> k.text();
            case WORD -> {
                String w = lower(k.text());
                yield vocabulary.contains(w) ? w : SyllableLanguageModel.UNK;
            }
        };
    }

    /** Restores a text (any length; sentences are decoded one by one). */
    public Restored restore(String text) {
        String in = text == null ? "" : Fold.normalizeText(text);
        List<Token> tokens = Tokenizer.tokens(in);
        StringBuilder out = new StringBuilder(in.length() + 16);
        List<RestoredWord> words = new ArrayList<>();
        int copied = 0, from = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).endsSentence() && i + 1 < tokens.size()) continue;
            List<Token> sentence = tokens.subList(from, i + 1);
            decode(sentence, words, out, in, copied);
            from = i + 1;
            copied = sentence.get(sentence.size() - 1).end();
        }
        out.append(in, copied, in.length());
        return garbleLinesAsPrinted(in, new Restored(out.toString(), words));
    }

    /**
     * A line most of whose words the model is unsure of is garble (specks, a stamp, a signature
     * read as letters): there a word that looks like a syllable ("Bec", "na") has nothing around
     * it to be read by, so its reading would be invented. The whole line is shown as printed and
     * marked. The restored text is the printed one with its words replaced, so it is rebuilt so.
     */
    private static Restored garbleLinesAsPrinted(String in, Restored r) {
        List<RestoredWord> ws = r.words();
        boolean[] garble = new boolean[ws.size()];
        boolean any = false;
        for (int a = 0; a < ws.size(); ) {
            int lineEnd = in.indexOf('\n', ws.get(a).printedStart());
            if (lineEnd < 0) lineEnd = in.length();
            int b = a, unsure = 0;
            while (b < ws.size() && ws.get(b).printedStart() < lineEnd) {
                if (ws.get(b).uncertain()) unsure++;
                b++;
            }
            if (b - a >= 3 && unsure * 2 > b - a) {
                for (int k = a; k < b; k++) garble[k] = !ws.get(k).uncertain();
                any = true;
            }
            a = b;
        }
        if (!any) return r;
        StringBuilder out = new StringBuilder(r.text().length());
        List<RestoredWord> words = new ArrayList<>(ws.size());
        int at = 0;
        for (int k = 0; k < ws.size(); k++) {
            RestoredWord w = ws.get(k);
            out.append(in, at, w.printedStart());
            String shown = garble[k] ? w.printed() : w.restored();
            int s = out.length();
            out.append(shown);
            words.add(new RestoredWord(s, out.length(), w.printedStart(), w.printedEnd(), w.printed(), shown, w.best(), w.confidence(), w.uncertain() || garble[k]));
            at = w.printedEnd();
        }
        out.append(in, at, in.length());
        return new Restored(out.toString(), words);
    }

    /** One candidate of a word: the symbol the language model knows it by, the form shown, log channel. */
    private record Choice(int symbol, String form, double logChannel, boolean kept) {}

    /** Decodes one sentence, appending the text from {@code copied} up to its end to {@code out}. */
    private void decode(List<Token> sentence, List<RestoredWord> words, StringBuilder out, String in, int copied) {
        int n = sentence.size();
        Choice[][] c = new Choice[n + 3][];
        Choice start = new Choice(lm.startId(), "", 0, false);
        c[0] = c[1] = new Choice[] {start};
        c[n + 2] = new Choice[] {new Choice(lm.endId(), "", 0, false)};
        int[] cases = CaseModel.classes(sentence, in);
        for (int t = 0; t < n; t++) c[t + 2] = choices(sentence.get(t));
        int len = n + 3;
        // forward: a[t][i][j] over (choice i at t-1, choice j at t)
        double[][][] a = new double[len][][];
        double[][][][] tr = new double[len][][][];
        a[1] = new double[][] {{0}};
        for (int t = 2; t < len; t++) {
            int np = c[t - 2].length, nq = c[t - 1].length, nr = c[t].length;
            tr[t] = new double[np][nq][nr];
            a[t] = new double[nq][nr];
            int printedCase = t - 2 < n && t >= 3 ? cases[t - 2] : CaseModel.NONE;
            for (int j = 0; j < nq; j++) {
                for (int k = 0; k < nr; k++) {
                    double acc = Double.NEGATIVE_INFINITY;
                    double caseLog = printedCase == CaseModel.NONE ? 0 : caseModel.logProb(lower(c[t - 1][j].form), lower(c[t][k].form), printedCase);
                    for (int i = 0; i < np; i++) {
                        double s = lm.logProb(c[t - 2][i].symbol, c[t - 1][j].symbol, c[t][k].symbol) + c[t][k].logChannel + caseLog;
                        tr[t][i][j][k] = s;
                        acc = logAdd(acc, a[t - 1][i][j] + s);
                    }
                    a[t][j][k] = acc;
                }
            }
        }
        double[][][] b = new double[len][][];
        b[len - 1] = new double[c[len - 2].length][1];
        for (int t = len - 2; t >= 1; t--) {
            int nq = c[t - 1].length, nr = c[t].length, ns = c[t + 1].length;
            b[t] = new double[nq][nr];
            for (int j = 0; j < nq; j++) {
                for (int k = 0; k < nr; k++) {
                    double acc = Double.NEGATIVE_INFINITY;
                    for (int l = 0; l < ns; l++) acc = logAdd(acc, tr[t + 1][j][k][l] + b[t + 1][k][l]);
                    b[t][j][k] = acc;
                }
            }
        }
        double z = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < c[len - 2].length; j++) z = logAdd(z, a[len - 1][j][0]);
        int at = copied;
        for (int t = 0; t < n; t++) {
            Token tok = sentence.get(t);
            out.append(in, at, tok.start());
            at = tok.end();
            if (tok.kind() != Token.Kind.WORD) {
                out.append(tok.text());
                continue;
            }
            Choice[] cs = c[t + 2];
            int best = 0;
            double bestPost = -1;
            for (int k = 0; k < cs.length; k++) {
                double acc = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < c[t + 1].length; j++) acc = logAdd(acc, a[t + 2][j][k] + b[t + 2][j][k]);
                double post = Math.exp(acc - z);
                if (post > bestPost) {
                    bestPost = post;
                    best = k;
                }
            }
            Choice ch = cs[best];
            boolean uncertain = ch.kept || bestPost < (plainPrint(tok.text()) ? threshold : garbledThreshold) || Double.isNaN(bestPost);
            String shown = uncertain ? tok.text() : ch.form;
            int s = out.length();
            out.append(shown);
            words.add(new RestoredWord(s, out.length(), tok.start(), tok.end(), tok.text(), shown, ch.form, Double.isNaN(bestPost) ? 0 : bestPost, uncertain));
        }
        out.append(in, at, sentence.get(n - 1).end());
    }

    private Choice[] choices(Token tok) {
        return switch (tok.kind()) {
            case NUMBER -> new Choice[] {new Choice(lm.idOf(SyllableLanguageModel.NUM), tok.text(), 0, false)};
            case CODE -> new Choice[] {new Choice(lm.idOf(SyllableLanguageModel.UNK), tok.text(), 0, false)};
            case PUNCT -> {
                int id = lm.idOf(tok.text());
                yield new Choice[] {new Choice(id < 0 ? lm.idOf(SyllableLanguageModel.UNK) : id, tok.text(), 0, false)};
            }
            case WORD -> {
                Choice[] cached = cache.get(tok.text());
                if (cached == null) {
                    cached = wordChoices(tok.text());
                    if (cache.size() > CACHE_LIMIT) cache.clear();
                    cache.put(tok.text(), cached);
                }
                yield cached;
            }
        };
    }

    /** The candidates of a printed word, best by channel and unigram first, "keep as printed" last. */
    private Choice[] wordChoices(String printed) {
        Map<String, Double> ocr = new HashMap<>();
        for (Candidate cand : generator.best(printed, MAX_CANDIDATES)) ocr.put(cand.text(), cand.logProb());
        // the stripped channel: syllables that are the printed word with their marks taken off
        if (printed.chars().allMatch(ch -> ch < 0x80 && Character.isLetter(ch))) {
            for (String v : byFolded.getOrDefault(Fold.fold(printed), List.of())) {
                String cased = SyllableCandidates.caseLike(printed, v);
                // the OCR's own share of these is negligible beside the stripped channel's half: not computed
                if (stripMarks(cased).equals(printed)) ocr.putIfAbsent(cased, Double.NEGATIVE_INFINITY);
            }
        }
        List<Choice> list = new ArrayList<>();
        for (var e : ocr.entrySet()) {
            int id = lm.idOf(lower(e.getKey()));
            if (id < 0) continue;
            double stripped = stripMarks(e.getKey()).equals(printed) ? STRIPPED_WEIGHT : 0;
            double lc = Math.log(stripped + (1 - STRIPPED_WEIGHT) * Math.exp(e.getValue()));
            list.add(new Choice(id, e.getKey(), lc, false));
        }
        list.sort((x, y) -> Double.compare(y.logChannel + lm.logUnigram(y.symbol), x.logChannel + lm.logUnigram(x.symbol)));
        if (list.size() > MAX_CANDIDATES) list = new ArrayList<>(list.subList(0, MAX_CANDIDATES));
        if (list.isEmpty() || !lm.knows(lower(printed))) {
            list.add(new Choice(lm.idOf(SyllableLanguageModel.UNK), printed, KEEP + SPELLING * printed.length(), true));
        }
        return list.toArray(new Choice[0]);
    }

    /** The words of a text as the restorer cuts it (no numbers, codes or punctuation). */
    public static List<String> words(String text) {
        List<String> w = new ArrayList<>();
        for (Token t : Tokenizer.tokens(Fold.normalizeText(text))) if (t.kind() == Token.Kind.WORD) w.add(t.text());
        return w;
    }

    /** The text with its diacritics taken off, case kept ("Đổi mới" → "Doi moi"): input for measuring. */
    public static String stripMarks(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return n.replace('đ', 'd').replace('Đ', 'D');
    }

    private static String lower(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static double logAdd(double x, double y) {
        if (x == Double.NEGATIVE_INFINITY) return y;
        if (y == Double.NEGATIVE_INFINITY) return x;
        return x > y ? x + Math.log1p(Math.exp(y - x)) : y + Math.log1p(Math.exp(x - y));
    }
}
