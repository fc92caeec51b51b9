package vn.camket.restore;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import vn.camket.model.Clause;
import vn.camket.model.ParsedPlan;
import vn.camket.model.Restoration;
import vn.camket.model.Target;
import vn.camket.model.TaskRow;
import vn.camket.ocr.SyllableInventory;
import vn.camket.text.Fold;

/**
 * The post-pass that gives the records of an OCR plan their restored reading: every clause's
 * text, every target's indicator and every task's task, lead and result cells get a
 * {@link Restoration} (restored text, uncertain words by offset). Nothing else of a record
 * changes, and a plan whose text kept its diacritics is returned as it is: its printed text is
 * already readable.
 *
 * <p>Which plans need it is a property of the language, not of a file: in Vietnamese prose most
 * syllables carry a diacritic (over 80 % in typed plans), while OCR with a model that does not
 * know them, or a text whose marks were stripped, keeps them on few (under 25 %). A plan whose
 * syllables carry marks on fewer than {@link #MARKED_SHARE} of them is read as having lost them.
 */
public final class PlanRestoration {
    /** Below this share of marked syllables a text has lost its diacritics (midway between the two kinds of text). */
    static final double MARKED_SHARE = 0.5;
    /** Fewer syllables say too little either way: such a text is left as printed. */
    static final int MIN_SYLLABLES = 20;

    private final java.util.function.Supplier<Restorer> restorer;
    private final RestorationCache cache;
    private final String fingerprint;

    /** The pass with this restorer and no cache. */
    public PlanRestoration(Restorer restorer) {
        this.restorer = () -> restorer;
        this.cache = RestorationCache.none();
        this.fingerprint = "";
    }

    private PlanRestoration(java.util.function.Supplier<Restorer> restorer, RestorationCache cache, String fingerprint) {
        this.restorer = restorer;
        this.cache = cache;
        this.fingerprint = fingerprint;
    }

    /**
     * The pass for a corpus whose texts are {@code texts}: readings are looked up in the cache by
     * the plan's text and the model's fingerprint ({@link RestorationCache}), and the language
     * model is learned from the clean texts only when some reading is not there.
     */
    public static PlanRestoration forCorpus(List<String> texts, RestorationCache cache) {
        List<String> clean = texts.stream().filter(Restorer::isClean).toList();
        String fingerprint = RestorationCache.fingerprint(clean, Restorer.THRESHOLD);
        Restorer[] built = new Restorer[1];
        java.util.function.Supplier<Restorer> lazy = () -> {
            synchronized (built) {
                if (built[0] == null) built[0] = Restorer.fromTexts(clean);
                return built[0];
            }
        };
        return new PlanRestoration(lazy, cache, fingerprint);
    }

    /**
     * Whether a text lost its diacritics: its words that are Vietnamese syllables once folded
     * ("dau", "tư" → "tu") are at least {@link #MIN_SYLLABLES} and fewer than
     * {@link #MARKED_SHARE} of them carry a mark (or đ). Names, acronyms and garble are not counted.
     */
    public static boolean needsRestoration(String text) {
        return markedShare(text) < MARKED_SHARE && syllables(text) >= MIN_SYLLABLES;
    }

    /** Share of the text's syllables that carry a diacritic or đ (1 for a text without syllables). */
    static double markedShare(String text) {
        int[] c = count(text);
        return c[0] == 0 ? 1 : c[1] / (double) c[0];
    }

    static int syllables(String text) {
        return count(text)[0];
    }

    private static int[] count(String text) {
        Set<String> folded = SyllableInventory.folded();
        int syllables = 0, marked = 0;
        if (text == null) return new int[] {0, 0};
        for (String w : Fold.normalizeText(text).split("[^\\p{L}\\p{M}]+")) {
            if (w.isEmpty()) continue;
            String f = Fold.fold(w);
            if (!folded.contains(f)) continue;
            syllables++;
            if (!Normalizer.normalize(w, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).equals(f)) marked++;
        }
        return new int[] {syllables, marked};
    }

    /**
     * The plan with its records' restored readings, when its source text ({@code printedText})
     * lost its diacritics, and the reading of its whole source text; otherwise the plan unchanged. Records are restored in parallel (the
     * restorer is thread-safe); their order is kept.
     */
    public ParsedPlan apply(ParsedPlan p, String printedText) {
        if (!needsRestoration(printedText)) return p;
        String key = RestorationCache.key(fingerprint, printedText);
        Map<String, Restoration> stored = cache.get(key);
        Map<String, Restoration> used = new ConcurrentHashMap<>();
        AtomicInteger missed = new AtomicInteger();
        Function<String, Restoration> read = text -> {
            if (text == null || text.isBlank()) return null;
            Restoration r = stored.get(text);
            if (r == null) {
                r = restore(text);
                missed.incrementAndGet();
            }
            used.put(text, r);
            return r;
        };
        List<Clause> clauses = p.clauses().parallelStream().map(c -> c.withRestored(read.apply(c.text()))).toList();
        List<TaskRow> tasks = p.tasks().parallelStream()
                .map(t -> t.withRestored(read.apply(t.task()), read.apply(t.leadRaw()), read.apply(t.result()))).toList();
        List<Target> targets = p.targets().parallelStream().map(t -> t.withRestored(read.apply(t.indicator()))).toList();
        List<String> pieces = passages(printedText);
        Restoration source = joined(pieces.parallelStream().map(read).toList(), pieces);
        if (missed.get() > 0 || used.size() != stored.size()) cache.put(key, used);
        return new ParsedPlan(p.plan(), new ArrayList<>(clauses), new ArrayList<>(tasks), new ArrayList<>(targets), source);
    }

    /**
     * The source text cut where a sentence surely ends (a blank line, or a line ending in a full
     * stop, colon or semicolon), each piece with its line ends, so the pieces are restored side by
     * side and cached apart; the decoder reads sentence by sentence, so the cuts change no reading.
     */
    static List<String> passages(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (String line : text.split("(?<=\n)")) {
            b.append(line);
            String t = line.strip();
            if (t.isEmpty() || t.endsWith(".") || t.endsWith(":") || t.endsWith(";")) {
                out.add(b.toString());
                b.setLength(0);
            }
        }
        if (!b.isEmpty()) out.add(b.toString());
        return out;
    }

    /** The readings of the pieces put back together, their uncertain words moved to the whole's offsets. */
    static Restoration joined(List<Restoration> readings, List<String> pieces) {
        StringBuilder text = new StringBuilder();
        List<int[]> uncertain = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Restoration r = readings.get(i);
            int at = text.length();
            if (r == null) {
                text.append(pieces.get(i)); // white space only: nothing to read
                continue;
            }
            text.append(r.text());
            for (int[] u : r.uncertain()) uncertain.add(new int[] {u[0] + at, u[1] + at});
        }
        return new Restoration(text.toString(), uncertain);
    }

    /** One text's reading: null for an empty text (nothing to read). */
    Restoration restore(String printed) {
        if (printed == null || printed.isBlank()) return null;
        Restored r = restorer.get().restore(printed);
        List<int[]> uncertain = new ArrayList<>();
        for (RestoredWord w : r.words()) if (w.uncertain()) uncertain.add(new int[] {w.start(), w.end()});
        return new Restoration(r.text(), uncertain);
    }
}
