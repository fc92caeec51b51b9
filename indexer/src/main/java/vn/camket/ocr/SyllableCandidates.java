package vn.camket.ocr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The intended syllables a printed token most likely was, under the OCR channel: a best-first
 * search over a letter trie of the vocabulary, where each step reads 0–3 printed characters as
 * one or two intended ones. The steps are looked up in an index from printed strings to the
 * intended characters the channel has seen become them (plus each character's own form and its
 * form without diacritics), so a token costs a few hundred steps, not a pass over the
 * vocabulary; one step per token may be any other character (an unseen misreading).
 *
 * <p>Candidates come cased like the printed token: all capitals ("SO" → "SỐ"), a capital first
 * ("S&" → "Sở"), or lower case. Results are cached per printed token. Thread-safe.
 */
public final class SyllableCandidates {
    private static final int CACHED = 6;
    private static final int CACHE_LIMIT = 200_000;
    private static final int MAX_POPS = 2_000;
    /** Candidates further than this (nats) below the best are not worth returning. */
    private static final double MARGIN = 8.0;
    private static final double LOG_INSERT = Math.log(1e-4);

    private final OcrChannel channel;
    private final Node root = new Node(0);
    private final Map<String, char[]> singles = new HashMap<>();
    private final Map<String, List<String>> pairs = new HashMap<>();
    private final Map<String, List<Candidate>> cache = new ConcurrentHashMap<>();
    private int nodes = 1;

    SyllableCandidates(OcrChannel channel, Collection<String> vocabulary) {
        this.channel = channel;
        Set<Character> alphabet = new HashSet<>();
        for (String v : vocabulary) {
            String w = OcrChannel.nfc(v).toLowerCase(Locale.ROOT);
            if (w.isEmpty() || w.length() > 12) continue;
            Node n = root;
            for (int i = 0; i < w.length(); i++) {
                alphabet.add(w.charAt(i));
                n = n.childOrAdd(w.charAt(i), () -> new Node(nodes++));
            }
            n.word = w;
        }
        Map<String, Set<Character>> rev = new HashMap<>();
        for (String unit : channel.units()) {
            if (unit.length() == 1) {
                char c = Character.toLowerCase(unit.charAt(0));
                if (!alphabet.contains(c)) continue;
                for (String p : channel.seenOutputs(unit).keySet()) rev.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(c);
            } else {
                String u = unit.toLowerCase(Locale.ROOT);
                if (!alphabet.contains(u.charAt(0)) || !alphabet.contains(u.charAt(1))) continue;
                for (String p : channel.seenOutputs(unit).keySet()) {
                    if (!channel.usable(unit, p)) continue;
                    List<String> l = pairs.computeIfAbsent(p, k -> new ArrayList<>());
                    if (!l.contains(u)) l.add(u);
                }
            }
        }
        for (char c : alphabet) {
            char s = OcrChannel.strip(c);
            for (char f : new char[] {c, s, Character.toUpperCase(c), Character.toUpperCase(s)}) {
                rev.computeIfAbsent(String.valueOf(f), k -> new LinkedHashSet<>()).add(c);
            }
        }
        rev.forEach((p, set) -> {
            char[] a = new char[set.size()];
            int i = 0;
            for (char c : set) a[i++] = c;
            java.util.Arrays.sort(a);
            singles.put(p, a);
        });
    }

    /** Whether the vocabulary holds this word (lower-cased before looking). */
    public boolean contains(String word) {
        Node n = root;
        String w = OcrChannel.nfc(word).toLowerCase(Locale.ROOT);
        for (int i = 0; i < w.length() && n != null; i++) n = n.child(w.charAt(i));
        return n != null && n.word != null;
    }

    /**
     * The k most likely intended syllables for a printed token, best first, each with
     * log P(printed | intended); empty when nothing in the vocabulary is within reach.
     */
    public List<Candidate> best(String printed, int k) {
        String p = OcrChannel.nfc(printed);
        if (p.isEmpty() || p.length() > 16 || k <= 0) return List.of();
        if (k <= CACHED) {
            List<Candidate> c = cache.get(p);
            if (c == null) {
                c = search(p, CACHED);
                if (cache.size() > CACHE_LIMIT) cache.clear();
                cache.put(p, c);
            }
            return c.size() <= k ? c : c.subList(0, k);
        }
        return search(p, k);
    }

    private List<Candidate> search(String p, int k) {
        Casing casing = Casing.of(p);
        String self = p.toLowerCase(Locale.ROOT);
        boolean selfKnown = contains(self);
        // the token as printed, when it is a word: the typed reading bounds how far to search
        double bound = selfKnown ? -channel.logProb(p, casing.apply(self)) + MARGIN : Double.POSITIVE_INFINITY;
        Map<String, Double> found = search(p, k, casing, bound, false);
        if (found.isEmpty()) found = search(p, k, casing, bound, true);
        List<Candidate> out = new ArrayList<>(found.size() + 1);
        // the search ranks by its indexed steps; the few found are scored by the full model (all cuts, the typed reading)
        for (String w : found.keySet()) if (!w.equals(self)) out.add(new Candidate(casing.apply(w), channel.logProb(p, casing.apply(w))));
        if (selfKnown) out.add(new Candidate(casing.apply(self), channel.logProb(p, casing.apply(self))));
        out.sort(Comparator.comparingDouble(Candidate::logProb).reversed());
        return List.copyOf(out.size() > k ? out.subList(0, k) : out);
    }

    /**
     * Best-first search; {@code wildcard}: one printed character may also be read as any
     * intended one (tried only when nothing else reaches the token).
     */
    private Map<String, Double> search(String p, int k, Casing casing, double bound, boolean wildcard) {
        int m = p.length();
        PriorityQueue<State> queue = new PriorityQueue<>(Comparator.comparingDouble(State::cost));
        Map<Long, Double> seen = new HashMap<>(), pushed = new HashMap<>();
        queue.add(new State(root, 0, 0, false, 0));
        Map<String, Double> found = new java.util.LinkedHashMap<>();
        // a syllable the OCR garbled costs about a nat per printed character; further is not worth searching
        double limit = Math.min(bound, 3 + 2.0 * m);
        int pops = 0;
        while (!queue.isEmpty() && found.size() < k && pops++ < MAX_POPS) {
            State s = queue.poll();
            if (s.cost > limit) break;
            long key = key(s);
            Double was = seen.get(key);
            if (was != null && was <= s.cost) continue;
            seen.put(key, s.cost);
            if (s.j == m && s.node.word != null && !found.containsKey(s.node.word)) {
                if (found.isEmpty()) limit = Math.min(limit, s.cost + MARGIN);
                found.put(s.node.word, s.cost);
            }
            for (int b = 0; b <= OcrChannel.MAX_OUT && s.j + b <= m; b++) {
                String seg = p.substring(s.j, s.j + b);
                char[] cs = singles.get(seg);
                if (cs != null) {
                    for (int ci = 0; ci < s.node.size; ci++) {
                        char c = s.node.keys[ci];
                        if (java.util.Arrays.binarySearch(cs, c) < 0) continue;
                        Node child = s.node.kids[ci];
                        String unit = String.valueOf(casing.apply(c, s.depth));
                        push(queue, limit, pushed, new State(child, s.j + b, s.depth + 1, s.wild, s.cost - channel.logUnit(unit, seg)));
                    }
                }
                List<String> us = pairs.get(seg);
                if (us != null) {
                    for (String u : us) {
                        Node c1 = s.node.child(u.charAt(0));
                        Node c2 = c1 == null ? null : c1.child(u.charAt(1));
                        if (c2 == null) continue;
                        String unit = "" + casing.apply(u.charAt(0), s.depth) + casing.apply(u.charAt(1), s.depth + 1);
                        if (!channel.usable(unit, seg)) continue;
                        push(queue, limit, pushed, new State(c2, s.j + b, s.depth + 2, s.wild, s.cost - channel.logUnit(unit, seg)));
                    }
                }
            }
            if (s.j < m) {
                push(queue, limit, pushed, new State(s.node, s.j + 1, s.depth, s.wild, s.cost - LOG_INSERT));
                if (wildcard && !s.wild) {
                    String seg = p.substring(s.j, s.j + 1);
                    for (int i = 0; i < s.node.size; i++) {
                        String unit = String.valueOf(casing.apply(s.node.keys[i], s.depth));
                        push(queue, limit, pushed, new State(s.node.kids[i], s.j + 1, s.depth + 1, true, s.cost - channel.logUnit(unit, seg)));
                    }
                }
            }
        }
        return found;
    }

    /**
     * A lower-case word cased like a printed token: all capitals ("SO" → "SỐ"), a capital first
     * ("S6" → "Số"), or as it is.
     */
    public static String caseLike(String printed, String word) {
        return Casing.of(OcrChannel.nfc(printed)).apply(word);
    }

    /** Queues a state unless it is past the limit or already queued at no higher cost. */
    private static void push(PriorityQueue<State> queue, double limit, Map<Long, Double> pushed, State s) {
        if (s.cost > limit) return;
        long key = key(s);
        Double was = pushed.get(key);
        if (was != null && was <= s.cost) return;
        pushed.put(key, s.cost);
        queue.add(s);
    }

    private static long key(State s) {
        return ((((long) s.node.id) << 6 | s.j) << 1) | (s.wild ? 1 : 0);
    }

    private record State(Node node, int j, int depth, boolean wild, double cost) {}

    /** How the printed token is cased, applied to the intended one. */
    enum Casing {
        LOWER, TITLE, UPPER;

        static Casing of(String printed) {
            int letters = 0, upper = 0;
            boolean firstUpper = false, sawLetter = false;
            for (int i = 0; i < printed.length(); i++) {
                char c = printed.charAt(i);
                if (!Character.isLetter(c)) continue;
                if (!sawLetter) firstUpper = Character.isUpperCase(c);
                sawLetter = true;
                letters++;
                if (Character.isUpperCase(c)) upper++;
            }
            if (letters >= 2 && upper == letters) return UPPER;
            if (firstUpper) return TITLE;
            return LOWER;
        }

        char apply(char c, int position) {
            return this == UPPER || (this == TITLE && position == 0) ? Character.toUpperCase(c) : c;
        }

        String apply(String w) {
            return switch (this) {
                case LOWER -> w;
                case UPPER -> w.toUpperCase(Locale.ROOT);
                case TITLE -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
            };
        }
    }

    /** A trie node: children in small parallel arrays (a node has few). */
    private static final class Node {
        final int id;
        char[] keys = new char[0];
        Node[] kids = new Node[0];
        int size;
        String word;

        Node(int id) {
            this.id = id;
        }

        Node child(char c) {
            for (int i = 0; i < size; i++) if (keys[i] == c) return kids[i];
            return null;
        }

        Node childOrAdd(char c, java.util.function.Supplier<Node> make) {
            Node n = child(c);
            if (n != null) return n;
            if (size == keys.length) {
                keys = java.util.Arrays.copyOf(keys, Math.max(2, size * 2));
                kids = java.util.Arrays.copyOf(kids, Math.max(2, size * 2));
            }
            keys[size] = c;
            n = make.get();
            kids[size++] = n;
            return n;
        }
    }
}
