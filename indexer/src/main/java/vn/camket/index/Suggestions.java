package vn.camket.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import vn.camket.analysis.SyllableModel;
import vn.camket.analysis.VietnameseFoldingFilter;
import vn.camket.text.Fold;

/**
 * Search-box suggestions in proper Vietnamese, matched without diacritics: agency, province and
 * pillar names, and the phrases that recur in the clean (non-OCR) plan texts. The phrase list is
 * made when the index is built ({@code suggestions.tsv}) and loaded into an in-memory suggester.
 */
public final class Suggestions implements AutoCloseable {
    public static final String FILE = "suggestions.tsv";
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[.,;:!?()\\[\\]“”\"/|–—-]+");
    private static final Set<String> EDGE_WORDS = Set.of("và", "của", "các", "cho", "trong", "với", "là", "để", "những", "được",
            "tại", "theo", "về", "trên", "một", "có", "đã", "thì", "này", "đến", "từ", "như", "hoặc", "nhằm", "đối");

    private final AnalyzingInfixSuggester suggester;

    private Suggestions(AnalyzingInfixSuggester suggester) {
        this.suggester = suggester;
    }

    /** Counts 2–4 word phrases of clean passages (nearly every word a known syllable, with diacritics). */
    public static Map<String, Integer> phrases(List<String> texts) {
        Set<String> syllables = SyllableModel.bundledSyllables();
        Map<String, Integer> counts = new HashMap<>();
        for (String text : texts) {
            if (text == null || text.equals(Fold.fold(text))) continue;
            String[] words = text.split("\\s+");
            long known = java.util.Arrays.stream(words).filter(w -> syllables.contains(lettersAndDigits(Fold.fold(w)))).count();
            if (words.length < 4 || known < words.length * 0.95) continue;
            for (String part : CLAUSE_BREAK.split(text)) {
                String[] w = part.strip().split("\\s+");
                for (int n = 2; n <= 4; n++) {
                    for (int i = 0; i + n <= w.length; i++) {
                        String first = w[i].toLowerCase(), last = w[i + n - 1].toLowerCase();
                        if (EDGE_WORDS.contains(first) || EDGE_WORDS.contains(last)) continue;
                        if (first.chars().anyMatch(Character::isDigit)) continue;
                        counts.merge(String.join(" ", java.util.Arrays.copyOfRange(w, i, i + n)).toLowerCase(), 1, Integer::sum);
                    }
                }
            }
        }
        counts.values().removeIf(c -> c < 3);
        // drop a fragment that nearly always stands inside a longer phrase ("vụ chuyển đổi" of "nhiệm vụ chuyển đổi"):
        // each phrase tells its shorter heads and tails how often it stands around them (one pass, not all pairs)
        Map<String, Integer> inLonger = new HashMap<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String[] w = e.getKey().split(" ");
            for (int k = 1; k < w.length; k++) {
                inLonger.merge(String.join(" ", java.util.Arrays.copyOfRange(w, 0, k)), e.getValue(), Math::max);
                inLonger.merge(String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length)), e.getValue(), Math::max);
            }
        }
        Map<String, Integer> kept = new HashMap<>(counts);
        kept.keySet().removeIf(p -> inLonger.getOrDefault(p, 0) >= counts.get(p) * 0.8);
        return kept;
    }

    /** The ASCII letters and digits of a folded word, the rest dropped. */
    static String lettersAndDigits(String folded) {
        StringBuilder b = null;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (keep && b != null) b.append(c);
            if (!keep && b == null) b = new StringBuilder(folded.length()).append(folded, 0, i);
        }
        return b == null ? folded : b.toString();
    }

    /** One entry per folded form: names keep their capitals and the highest weight wins. */
    public static Map<String, Integer> dedupe(Map<String, Integer> weighted) {
        Map<String, String> byFold = new HashMap<>();
        Map<String, Integer> out = new HashMap<>();
        for (Map.Entry<String, Integer> e : weighted.entrySet()) {
            String key = Fold.fold(e.getKey());
            String seen = byFold.get(key);
            if (seen == null || out.get(seen) < e.getValue()) {
                if (seen != null) out.remove(seen);
                byFold.put(key, e.getKey());
                out.put(e.getKey(), seen == null ? e.getValue() : Math.max(e.getValue(), weighted.get(seen)));
            }
        }
        return out;
    }

    public static void write(Path file, Map<String, Integer> weighted) throws IOException {
        List<String> lines = new ArrayList<>();
        weighted.forEach((k, v) -> lines.add(k.replace('\t', ' ') + "\t" + v));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    public static Suggestions load(Path file) throws IOException {
        List<String> keys = new ArrayList<>();
        List<Long> weights = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.lastIndexOf('\t');
                if (tab <= 0) continue;
                keys.add(line.substring(0, tab));
                weights.add(Long.parseLong(line.substring(tab + 1).strip()));
            }
        }
        AnalyzingInfixSuggester s = new AnalyzingInfixSuggester(new ByteBuffersDirectory(), folding(), folding(), 2, false);
        s.build(new Entries(keys, weights));
        return new Suggestions(s);
    }

    /** The phrases and weights, as the suggester reads them. */
    private static final class Entries implements InputIterator {
        private final List<String> keys;
        private final List<Long> weights;
        private int at = -1;

        Entries(List<String> keys, List<Long> weights) {
            this.keys = keys;
            this.weights = weights;
        }

        @Override public BytesRef next() { return ++at < keys.size() ? new BytesRef(keys.get(at)) : null; }
        @Override public long weight() { return weights.get(at); }
        @Override public BytesRef payload() { return null; }
        @Override public boolean hasPayloads() { return false; }
        @Override public Set<BytesRef> contexts() { return null; }
        @Override public boolean hasContexts() { return false; }
    }

    private static Analyzer folding() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer t = new StandardTokenizer();
                return new TokenStreamComponents(t, new VietnameseFoldingFilter(t));
            }
        };
    }

    /** Up to {@code count} suggestions for what was typed so far, as printed (with diacritics). */
    public List<String> lookup(String typed, int count) {
        if (typed == null || typed.isBlank() || typed.length() > 100) return List.of();
        try {
            List<String> out = new ArrayList<>();
            for (Lookup.LookupResult r : suggester.lookup(typed, count, true, false)) out.add(r.key.toString());
            return out;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    @Override
    public void close() throws IOException {
        suggester.close();
    }
}
