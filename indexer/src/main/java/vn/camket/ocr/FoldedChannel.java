package vn.camket.ocr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The OCR channel as a case- and diacritic-folding search index sees it: how likely a syllable
 * the page said ends up as {@code read}, the OCR's printing of it read as the index reads text
 * (lower case, no diacritics, OCR symbols mapped), P(read | intended). "số" printed "s6" is read
 * "s6"; printed "sé" it is read "se": the index cannot tell "sé" from "se", so each unit's
 * printings are gathered by their reading and the likeliest counts (Viterbi over the cuts of the
 * intended string, as {@link OcrChannel#logProb} does over printed ones). The index does not know
 * the page's case either: an intended letter may have been a capital ("AI" printed "Al").
 *
 * <p>{@link #logProb} takes the intended syllable with its diacritics; {@link #logProbFolded}
 * takes it folded and lets each letter be any of those that fold to it (a syllable typed without
 * diacritics stands for all of them), in one pass. A text may have been typed, not scanned: a
 * reading equal to the intended string's own reading keeps the channel's typed floor. Thread-safe.
 */
public final class FoldedChannel {
    private static final int CACHE_LIMIT = 500_000;

    private final OcrChannel channel;
    private final UnaryOperator<String> reading;
    /** Per intended unit: each reading of its printings, with the likeliest printing's log probability. */
    private final Map<String, Map<String, Double>> readings = new ConcurrentHashMap<>();
    /** Intended units by their lower-case form, and by their folded form. */
    private final Map<String, List<String>> byLower = new HashMap<>(), byFold = new HashMap<>();
    /** (key of units, reading) → the best unit's log probability, per kind of key. */
    private final Map<String, Double> lowerCache = new ConcurrentHashMap<>(), foldCache = new ConcurrentHashMap<>();

    /** {@code reading}: how the index reads a printed string (lower case, diacritics and symbols folded). */
    public FoldedChannel(OcrChannel channel, UnaryOperator<String> reading) {
        this.channel = channel;
        this.reading = reading;
        Set<String> units = new HashSet<>(channel.units());
        for (String u : List.copyOf(units)) {
            if (u.length() != 1) continue;
            // every intended letter the model knows, also as the other case and without its diacritics
            units.add(u.toLowerCase(Locale.ROOT));
            units.add(u.toUpperCase(Locale.ROOT));
        }
        for (String u : units) {
            byLower.computeIfAbsent(u.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(u);
            byFold.computeIfAbsent(fold(u), k -> new ArrayList<>()).add(u);
        }
    }

    /** Natural log of P(read | intended), the intended syllable in either case; always finite for short strings. */
    public double logProb(String read, String intended) {
        String x = OcrChannel.nfc(intended).toLowerCase(Locale.ROOT);
        return OcrChannel.withTypedFloor(viterbi(read, x, byLower, lowerCache), reading.apply(x).equals(read));
    }

    /** As {@link #logProb}, for the likeliest intended string that folds to {@code folded} (letter by letter). */
    public double logProbFolded(String read, String folded) {
        return OcrChannel.withTypedFloor(viterbi(read, folded, byFold, foldCache), folded.equals(read));
    }

    /** The likeliest alignment of {@code read} to {@code x}, each unit of {@code x} standing for the units it keys. */
    private double viterbi(String read, String x, Map<String, List<String>> units, Map<String, Double> cache) {
        return OcrChannel.align(read == null ? "" : read, x, (key, printed) -> best(key, printed, units, cache));
    }

    /** The likeliest of the units a key stands for, read as {@code read}. */
    private double best(String key, String read, Map<String, List<String>> units, Map<String, Double> cache) {
        String k = key + '\u0000' + read;
        Double cached = cache.get(k);
        if (cached != null) return cached;
        double best = Double.NEGATIVE_INFINITY;
        List<String> us = units.get(key);
        if (us == null) us = List.of(key);
        for (String u : us) best = Math.max(best, unit(u, read));
        if (cache.size() > CACHE_LIMIT) cache.clear();
        cache.put(k, best);
        return best;
    }

    /** log P(a printing of the unit reads {@code read}): the likeliest such printing, or the string itself as printed. */
    private double unit(String unit, String read) {
        Double seen = readings.computeIfAbsent(unit, this::readingsOf).get(read);
        double direct = channel.logUnit(unit, read);
        return seen == null ? direct : Math.max(seen, direct);
    }

    private Map<String, Double> readingsOf(String unit) {
        Map<String, Double> out = new HashMap<>();
        Set<String> printings = new HashSet<>(channel.seenOutputs(unit).keySet());
        // the unit as typed, without its diacritics, in another case: the edit model's own printings
        printings.add(unit);
        StringBuilder stripped = new StringBuilder();
        for (int i = 0; i < unit.length(); i++) stripped.append(OcrChannel.strip(unit.charAt(i)));
        printings.add(stripped.toString());
        printings.add(unit.toUpperCase(Locale.ROOT));
        printings.add(unit.toLowerCase(Locale.ROOT));
        for (String p : printings) {
            double lp = channel.logUnit(unit, p);
            if (lp == Double.NEGATIVE_INFINITY) continue;
            out.merge(reading.apply(p), lp, Math::max);
        }
        return Map.copyOf(out);
    }

    private String fold(String unit) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < unit.length(); i++) b.append(Character.toLowerCase(OcrChannel.strip(unit.charAt(i))));
        return b.toString();
    }
}
