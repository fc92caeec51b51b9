package vn.camket.analysis;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.camket.text.Fold;

/**
 * What a real Vietnamese syllable is, and which one a garbled OCR token most likely was.
 *
 * <p>The inventory is the bundled syllable list (hunspell-vi) plus the words of clean (non-OCR)
 * plan texts. A token outside it is compared with the syllables it could have been: OCR
 * confusions ("6" for o, "4" for a, "ii" for u, e for o …) cost half an edit, any other edit one;
 * the candidates within 1.5 edits are ranked by how often they follow the token before them in
 * the corpus (the same phrases recur across plans), less the edit cost.
 */
/** The syllable model as it was before its pair counts were keyed by word (kept to prove the same repairs). */
final class ReferenceSyllableModel {
    private static final double MAX_COST = 1.0;
    private static final int CACHE_LIMIT = 200_000;
    /** Characters the OCR puts for others, and what they may stand for ("a" for ú: "thu hát" for thu hút). */
    private static final Map<Character, String> CONFUSIONS = Map.ofEntries(
            Map.entry('6', "o"), Map.entry('0', "o"), Map.entry('9', "o"), Map.entry('4', "a"), Map.entry('3', "a"),
            Map.entry('1', "il"), Map.entry('5', "s"), Map.entry('e', "oa"), Map.entry('a', "eou"), Map.entry('o', "eau"),
            Map.entry('i', "ula"), Map.entry('u', "i"), Map.entry('b', "d"), Map.entry('p', "d"), Map.entry('l', "i"),
            Map.entry('y', "u"), Map.entry('c', "e"));
    private static final String[][] MULTI = {{"ii", "u"}, {"ir", "u"}, {"rn", "m"}, {"tr", "u"}, {"cl", "d"}, {"ci", "a"}};
    private static final String LETTERS = "abcdeghiklmnopqrstuvxy";
    /** A number with a unit or generation ("5g", "1gb", "4.0" parts): never an OCR slip. */
    private static final java.util.regex.Pattern MEASURE =
            java.util.regex.Pattern.compile("\\d+(g|gb|mb|tb|kb|d|k|m|h|ha|km|kw|mw|ai|iot|x)");

    private final Set<String> inventory;
    private final Map<String, Integer> unigrams;
    private final Map<String, Integer> bigrams;
    /** Word pairs of clean text only: the OCR's misreadings are real syllables there too often. */
    private final Map<String, Integer> cleanBigrams;
    private final long total;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    ReferenceSyllableModel(Set<String> inventory, Map<String, Integer> unigrams, Map<String, Integer> bigrams,
                  Map<String, Integer> cleanBigrams) {
        this.inventory = Set.copyOf(inventory);
        this.unigrams = Map.copyOf(unigrams);
        this.bigrams = Map.copyOf(bigrams);
        this.cleanBigrams = Map.copyOf(cleanBigrams);
        this.total = unigrams.values().stream().mapToLong(Integer::longValue).sum();
    }

    public boolean isSyllable(String folded) {
        return inventory.contains(folded);
    }

    /** The token itself when it is a known word (or not a word), else the syllable it most likely was. */
    public String repair(String previous, String token) {
        return repair(previous, token, null);
    }

    /**
     * As {@link #repair(String, String)}, also weighing the token after it ({@code next}, as
     * printed; used only when it is a known syllable): "kiph tế" is "kinh tế", not "kịp tế".
     */
    public String repair(String previous, String token, String next) {
        if (token.isEmpty() || token.length() > 9) return token;
        String right = next != null && inventory.contains(next) ? next : null;
        if (inventory.contains(token)) return capitalDRepair(previous, realWordRepair(previous, token), right);
        if (!hasLetter(token) || token.chars().allMatch(Character::isDigit) || MEASURE.matcher(token).matches()) return token;
        String key = previous + ' ' + token + ' ' + right;
        String cached = cache.get(key);
        if (cached != null) return cached;
        String best = token;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, Double> c : candidates(token).entrySet()) {
            double score = Math.log(probability(previous, c.getKey())) - 3.0 * c.getValue();
            if (right != null) score += Math.log(probability(c.getKey(), right));
            if (score > bestScore) {
                bestScore = score;
                best = c.getKey();
            }
        }
        // the pair counts include the OCR's own misreadings ("trung tim"): the choice must still read right in clean text
        if (!best.equals(token)) best = realWordRepair(previous, best);
        if (cache.size() > CACHE_LIMIT) cache.clear();
        cache.put(key, best);
        return best;
    }

    /**
     * A real syllable can still be a misread one: "chuyển đổi sẽ" is "chuyển đổi số" read with
     * the wrong vowel. The token is replaced only when it never follows the word before it in the
     * corpus while a one-confusion neighbour often does.
     */
    private String realWordRepair(String previous, String token) {
        if (cleanBigrams.isEmpty() || cleanBigrams.containsKey(previous + ' ' + token)) return token;
        String key = previous + ' ' + token;
        String cached = cache.get(key);
        if (cached != null) return cached;
        String best = token;
        int bestCount = 0;
        for (int i = 0; i < token.length(); i++) {
            String alts = CONFUSIONS.get(token.charAt(i));
            if (alts == null) continue;
            for (char a : alts.toCharArray()) {
                String cand = token.substring(0, i) + a + token.substring(i + 1);
                int c = cleanBigrams.getOrDefault(previous + ' ' + cand, 0);
                if (c > bestCount && c >= 2) {
                    best = cand;
                    bestCount = c;
                }
            }
        }
        if (cache.size() > CACHE_LIMIT) cache.clear();
        cache.put(key, best);
        return best;
    }

    /**
     * The OCR reads a capital "Đ" as "P" ("Pao tạo" = Đào tạo, "Pé án" = Đề án). A syllable that
     * opens with "p" (not "ph") is rare in Vietnamese, so it is read as "đ" when that word, and not
     * the printed one, stands next to a neighbour in clean text.
     */
    private String capitalDRepair(String previous, String token, String next) {
        if (token.length() < 2 || token.charAt(0) != 'p' || token.charAt(1) == 'h' || cleanBigrams.isEmpty()) return token;
        String d = 'd' + token.substring(1);
        if (!inventory.contains(d)) return token;
        int printed = cleanBigrams.getOrDefault(previous + ' ' + token, 0) + (next == null ? 0 : cleanBigrams.getOrDefault(token + ' ' + next, 0));
        int read = cleanBigrams.getOrDefault(previous + ' ' + d, 0) + (next == null ? 0 : cleanBigrams.getOrDefault(d + ' ' + next, 0));
        return printed == 0 && read >= 2 ? d : token;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) return true;
        return false;
    }

    /** Syllables within reach of the token, each with its cheapest edit cost. */
    Map<String, Double> candidates(String token) {
        Map<String, Double> variants = new HashMap<>();
        variants.put(token, 0.0);
        // up to two confusions, each half an edit
        for (int round = 0; round < 2; round++) {
            Map<String, Double> next = new HashMap<>(variants);
            for (Map.Entry<String, Double> v : variants.entrySet()) {
                String s = v.getKey();
                for (int i = 0; i < s.length(); i++) {
                    String alts = CONFUSIONS.get(s.charAt(i));
                    if (alts == null) continue;
                    for (char a : alts.toCharArray()) {
                        next.merge(s.substring(0, i) + a + s.substring(i + 1), v.getValue() + 0.5, Math::min);
                    }
                }
                for (String[] m : MULTI) {
                    for (int at = s.indexOf(m[0], 1); at >= 0; at = s.indexOf(m[0], at + 1)) {
                        next.merge(s.substring(0, at) + m[1] + s.substring(at + m[0].length()), v.getValue() + 0.5, Math::min);
                    }
                }
            }
            variants = next;
        }
        Map<String, Double> found = new HashMap<>();
        for (Map.Entry<String, Double> v : variants.entrySet()) {
            String s = v.getKey();
            if (inventory.contains(s)) found.merge(s, v.getValue(), Math::min);
            if (v.getValue() + 1.0 > MAX_COST) continue;
            // one plain edit on top
            for (int i = 0; i <= s.length(); i++) {
                if (i < s.length()) {
                    String del = s.substring(0, i) + s.substring(i + 1);
                    if (inventory.contains(del)) found.merge(del, v.getValue() + 1.0, Math::min);
                }
                for (char c : LETTERS.toCharArray()) {
                    if (i < s.length()) {
                        String sub = s.substring(0, i) + c + s.substring(i + 1);
                        if (inventory.contains(sub)) found.merge(sub, v.getValue() + 1.0, Math::min);
                    }
                    String ins = s.substring(0, i) + c + s.substring(i);
                    if (inventory.contains(ins)) found.merge(ins, v.getValue() + 1.0, Math::min);
                }
            }
        }
        found.values().removeIf(cost -> cost > MAX_COST);
        found.remove(token);
        return found;
    }

    /** P(word | previous): bigram interpolated with the smoothed unigram. */
    double probability(String previous, String word) {
        double uni = (unigrams.getOrDefault(word, 0) + 1.0) / (total + inventory.size());
        int prevCount = unigrams.getOrDefault(previous, 0);
        if (prevCount == 0) return uni;
        double bi = bigrams.getOrDefault(previous + ' ' + word, 0) / (double) prevCount;
        return 0.8 * bi + 0.2 * uni;
    }

    public static ReferenceSyllableModel read(Path file) throws IOException {
        Set<String> inventory = new HashSet<>(bundledSyllables());
        Map<String, Integer> uni = new HashMap<>(), bi = new HashMap<>(), clean = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t");
                switch (f[0]) {
                    case "w" -> inventory.add(f[1]);
                    case "u" -> uni.put(f[1], Integer.parseInt(f[2]));
                    case "b" -> bi.put(f[1], Integer.parseInt(f[2]));
                    case "c" -> clean.put(f[1], Integer.parseInt(f[2]));
                    default -> { }
                }
            }
        }
        return new ReferenceSyllableModel(inventory, uni, bi, clean);
    }

    private static volatile Set<String> bundled;

    /** The folded syllables of the bundled hunspell-vi list. */
    public static Set<String> bundledSyllables() {
        Set<String> b = bundled;
        if (b != null) return b;
        try (InputStream in = ReferenceSyllableModel.class.getResourceAsStream("/vn/camket/analysis/vi_VN.dic");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Set<String> set = new HashSet<>();
            r.readLine(); // entry count
            for (String line; (line = r.readLine()) != null; ) {
                String word = line.split("/")[0].strip();
                for (String part : Fold.fold(word).split("[^a-z0-9]+")) if (!part.isEmpty()) set.add(part);
            }
            bundled = Set.copyOf(set);
            return bundled;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
