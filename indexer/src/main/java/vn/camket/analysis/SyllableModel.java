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
public final class SyllableModel {
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
    /** The same pair counts keyed by the first word, then the second: no string joined per look-up. */
    private final PairCounts bigramsByWord;
    private final PairCounts cleanByWord;
    private final long total;
    private final Map<String, String> cache = new ConcurrentHashMap<>();
    /**
     * Each known syllable's one-confusion spellings, made once: every word of every record is checked
     * against them, and spelling them out per word was a tenth of the index build. Bounded by the
     * syllable inventory, since only known syllables are looked up.
     */
    private final Map<String, String[]> confusionNeighbours = new ConcurrentHashMap<>();
    /** Acronyms the corpus defines ("công nghệ thông tin (CNTT)"), folded, with the folded syllables they stand for. */
    private final Map<String, List<String>> acronyms;

    SyllableModel(Set<String> inventory, Map<String, Integer> unigrams, Map<String, Integer> bigrams,
                  Map<String, Integer> cleanBigrams) {
        this(inventory, unigrams, bigrams, cleanBigrams, Map.of());
    }

    SyllableModel(Set<String> inventory, Map<String, Integer> unigrams, Map<String, Integer> bigrams,
                  Map<String, Integer> cleanBigrams, Map<String, List<String>> acronyms) {
        this.acronyms = Map.copyOf(acronyms);
        this.inventory = Set.copyOf(inventory);
        this.unigrams = Map.copyOf(unigrams);
        this.bigrams = Map.copyOf(bigrams);
        this.cleanBigrams = Map.copyOf(cleanBigrams);
        this.bigramsByWord = new PairCounts(this.bigrams);
        this.cleanByWord = new PairCounts(this.cleanBigrams);
        this.total = unigrams.values().stream().mapToLong(Integer::longValue).sum();
    }

    /** The bundled syllable list alone, without corpus statistics. */
    public static SyllableModel inventoryOnly() {
        return new SyllableModel(bundledSyllables(), Map.of(), Map.of(), Map.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Acronyms the corpus defines in parentheses after the words they stand for, folded: acronym to syllables. */
    public Map<String, List<String>> acronyms() {
        return acronyms;
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
        Map<String, Integer> following = cleanByWord.following(previous);
        // no clean pair opens with the word before: no neighbour can be chosen either
        if (following.isEmpty() || following.containsKey(token)) return token;
        String best = token;
        int bestCount = 0;
        for (String cand : confusionNeighbours.computeIfAbsent(token, SyllableModel::oneConfusionAway)) {
            int c = following.getOrDefault(cand, 0);
            if (c > bestCount && c >= 2) {
                best = cand;
                bestCount = c;
            }
        }
        return best;
    }

    /** The spellings one OCR confusion away from {@code token}, left to right (the order ties are settled in). */
    private static String[] oneConfusionAway(String token) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < token.length(); i++) {
            String alts = CONFUSIONS.get(token.charAt(i));
            if (alts == null) continue;
            for (int k = 0; k < alts.length(); k++) out.add(token.substring(0, i) + alts.charAt(k) + token.substring(i + 1));
        }
        return out.toArray(String[]::new);
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
        int printed = cleanByWord.count(previous, token) + (next == null ? 0 : cleanByWord.count(token, next));
        int read = cleanByWord.count(previous, d) + (next == null ? 0 : cleanByWord.count(d, next));
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
        double bi = bigramsByWord.count(previous, word) / (double) prevCount;
        return 0.8 * bi + 0.2 * uni;
    }

    /**
     * Counts of word pairs ("a b", as written to the model file) keyed by the first word and then the
     * second. A key is filed under every split at a space, so a look-up of (first, second) finds
     * exactly the key {@code first + ' ' + second}, whatever the words hold.
     */
    static final class PairCounts {
        private final Map<String, Map<String, Integer>> byFirst;

        PairCounts(Map<String, Integer> pairs) {
            Map<String, Map<String, Integer>> m = new HashMap<>();
            for (Map.Entry<String, Integer> e : pairs.entrySet()) {
                String key = e.getKey();
                for (int at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) {
                    m.computeIfAbsent(key.substring(0, at), k -> new HashMap<>()).put(key.substring(at + 1), e.getValue());
                }
            }
            this.byFirst = m;
        }

        /** The words seen after {@code first}, with their counts (empty when none). */
        Map<String, Integer> following(String first) {
            return byFirst.getOrDefault(String.valueOf(first), Map.of());
        }

        int count(String first, String second) {
            Map<String, Integer> f = byFirst.get(String.valueOf(first));
            if (f == null) return 0;
            Integer c = f.get(String.valueOf(second));
            return c == null ? 0 : c;
        }
    }

    // ---- persistence -----------------------------------------------------------------------

    /** Writes the corpus part of the model (words of clean text, counts); the bundled list is not repeated. */
    public void write(Path file) throws IOException {
        Set<String> bundled = bundledSyllables();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String s : inventory) if (!bundled.contains(s)) w.write("w\t" + s + "\n");
            for (var e : unigrams.entrySet()) w.write("u\t" + e.getKey() + "\t" + e.getValue() + "\n");
            for (var e : bigrams.entrySet()) w.write("b\t" + e.getKey() + "\t" + e.getValue() + "\n");
            for (var e : cleanBigrams.entrySet()) w.write("c\t" + e.getKey() + "\t" + e.getValue() + "\n");
            for (var e : acronyms.entrySet()) w.write("a\t" + e.getKey() + "\t" + String.join(" ", e.getValue()) + "\n");
        }
    }

    public static SyllableModel read(Path file) throws IOException {
        Set<String> inventory = new HashSet<>(bundledSyllables());
        Map<String, Integer> uni = new HashMap<>(), bi = new HashMap<>(), clean = new HashMap<>();
        Map<String, List<String>> acronyms = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t");
                switch (f[0]) {
                    case "w" -> inventory.add(f[1]);
                    case "u" -> uni.put(f[1], Integer.parseInt(f[2]));
                    case "b" -> bi.put(f[1], Integer.parseInt(f[2]));
                    case "c" -> clean.put(f[1], Integer.parseInt(f[2]));
                    case "a" -> { if (f.length > 2) acronyms.put(f[1], List.of(f[2].split(" "))); }
                    default -> { }
                }
            }
        }
        return new SyllableModel(inventory, uni, bi, clean, acronyms);
    }

    private static volatile Set<String> bundled;

    /** The folded syllables of the bundled hunspell-vi list. */
    public static Set<String> bundledSyllables() {
        Set<String> b = bundled;
        if (b != null) return b;
        try (InputStream in = SyllableModel.class.getResourceAsStream("/vn/camket/analysis/vi_VN.dic");
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

    /**
     * Learns from the corpus: texts whose words are nearly all known syllables are clean (not
     * OCR), and their other words (GRDP, IoT, Big Data) join the inventory; word and word-pair
     * counts come from every text, pairs only where both words are known.
     */
    public static final class Builder {
        private final Map<String, List<List<String>>> textsBySource = new HashMap<>();
        private final Map<String, Integer> acronyms = new HashMap<>();
        /** Per acronym defined in parentheses, the distinct runs of words standing before its definitions (in a fixed order). */
        private final Map<String, Set<List<String>>> definitions = new HashMap<>();
        private static final java.util.Comparator<List<String>> BY_TEXT = java.util.Comparator.comparing(w -> String.join(" ", w));
        /** The longest name an acronym is taken to stand for, in syllables. */
        private static final int MAX_DEFINED = 8;
        private static final java.util.regex.Pattern DEFINED =
                java.util.regex.Pattern.compile("\\(\\s*((?=[\\p{L}&]*\\p{Lu}[\\p{L}&]*\\p{Lu})[\\p{L}&]{2,10})\\s*\\)");
        private static final java.util.regex.Pattern ACRONYM =
                java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])(?=\\p{L}*\\p{Lu}\\p{L}*\\p{Lu})[\\p{L}\\p{N}]{2,10}(?![\\p{L}\\p{N}])");

        /**
         * Notes the words a text prints with several capitals (OCOP, GRDP, IoT, VNeID): acronyms and
         * names, not garbled syllables. Those printed so at least twice join the inventory.
         */
        public Builder addPrinted(String text) {
            java.util.regex.Matcher m = ACRONYM.matcher(text == null ? "" : text);
            while (m.find()) {
                String word = Fold.fold(m.group());
                if (word.chars().allMatch(Character::isLetter)) acronyms.merge(word, 1, Integer::sum);
            }
            java.util.regex.Matcher d = DEFINED.matcher(text == null ? "" : text);
            while (d.find()) {
                String acronym = Fold.fold(d.group(1)).replace("&", "");
                if (acronym.length() < 2 || acronym.length() > 8 || !acronym.chars().allMatch(Character::isLetter)) continue;
                List<String> before = new ArrayList<>();
                for (String w : Fold.fold(text.substring(Math.max(0, d.start() - 120), d.start())).split("[^a-z0-9]+")) {
                    if (!w.isEmpty()) before.add(w);
                }
                before = before.subList(Math.max(0, before.size() - MAX_DEFINED), before.size());
                if (before.size() >= 2) definitions.computeIfAbsent(acronym, k -> new java.util.TreeSet<>(BY_TEXT)).add(List.copyOf(before));
            }
            return this;
        }

        private static String initials(List<String> words) {
            StringBuilder b = new StringBuilder();
            for (String w : words) b.append(w.charAt(0));
            return b.toString();
        }

        /**
         * Each defined acronym's syllables, where a definition's words before it have it as their
         * initials: a Vietnamese acronym is the initials of the syllables it stands for (CNTT: công
         * nghệ thông tin). Where they do not (an English acronym: AI for trí tuệ nhân tạo), nothing
         * says where the name starts: plans copy whole phrases, so even the words that recur before
         * it run on past the name. None for an acronym that is itself a syllable.
         */
        private Map<String, List<String>> definedAcronyms() {
            Map<String, List<String>> out = new HashMap<>();
            for (var e : definitions.entrySet()) {
                String acronym = e.getKey();
                if (bundledSyllables().contains(acronym)) continue;
                int n = acronym.length();
                for (List<String> before : e.getValue()) {
                    if (before.size() >= n && initials(before.subList(before.size() - n, before.size())).equals(acronym)) {
                        out.put(acronym, List.copyOf(before.subList(before.size() - n, before.size())));
                        break;
                    }
                }
            }
            return out;
        }

        /** Adds one passage's folded tokens (in order) from a source file. */
        public Builder add(String source, List<String> foldedTokens) {
            textsBySource.computeIfAbsent(source, k -> new ArrayList<>()).add(foldedTokens);
            return this;
        }

        public SyllableModel build() {
            Set<String> bundledSet = bundledSyllables();
            Set<String> inventory = new HashSet<>(bundledSet);
            acronyms.forEach((w, n) -> { if (n >= 2) inventory.add(w); });
            Set<String> cleanSources = new HashSet<>();
            for (var source : textsBySource.entrySet()) {
                List<List<String>> texts = source.getValue();
                long words = 0, known = 0;
                for (List<String> t : texts) {
                    for (String w : t) {
                        if (w.length() < 2 || !w.chars().allMatch(Character::isLetter)) continue;
                        words++;
                        if (bundledSet.contains(w)) known++;
                    }
                }
                if (words > 200 && known >= words * 0.93) {
                    cleanSources.add(source.getKey());
                    for (List<String> t : texts) {
                        for (String w : t) if (w.chars().allMatch(Character::isLetterOrDigit) && hasLetter(w)) inventory.add(w);
                    }
                }
            }
            Map<String, Integer> uni = new HashMap<>(), bi = new HashMap<>(), clean = new HashMap<>();
            for (var source : textsBySource.entrySet()) {
                boolean isClean = cleanSources.contains(source.getKey());
                for (List<String> t : source.getValue()) {
                    String prev = null;
                    for (String w : t) {
                        boolean ok = inventory.contains(w);
                        if (ok) uni.merge(w, 1, Integer::sum);
                        if (ok && prev != null) {
                            bi.merge(prev + ' ' + w, 1, Integer::sum);
                            if (isClean) clean.merge(prev + ' ' + w, 1, Integer::sum);
                        }
                        prev = ok ? w : null;
                    }
                }
            }
            return new SyllableModel(inventory, uni, bi, clean, definedAcronyms());
        }
    }
}
