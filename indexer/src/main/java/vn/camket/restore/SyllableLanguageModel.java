package vn.camket.restore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trigram language model over diacritised syllables (lower case), numbers ({@code <num>}),
 * other words and codes ({@code <unk>}) and punctuation, with interpolated absolute discounting
 * in the manner of Kneser–Ney: a trigram's count less a discount, the rest of the mass given to
 * the bigram estimate, whose rest goes to a continuation unigram (in how many contexts a
 * syllable was seen), itself smoothed over the whole syllable inventory so a syllable the clean
 * plans never used keeps a small probability.
 */
final class SyllableLanguageModel {
    static final String START = "<s>", END = "</s>", NUM = "<num>", UNK = "<unk>";
    private static final double D = 0.75;
    /** Pseudo-count of every vocabulary word in the continuation unigram. */
    private static final double GAMMA = 0.3;
    private static final int BITS = 21;

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    private final LongIntMap tri = new LongIntMap(), bi = new LongIntMap();
    /** c(u v ·), N1+(u v ·), c(v ·), N1+(v ·), N1+(· w). */
    private final LongIntMap triContext = new LongIntMap(), triTypes = new LongIntMap();
    private int[] biContext = new int[0], biTypes = new int[0], continuation = new int[0];
    private long continuationTotal;
    private final int sentences;

    SyllableLanguageModel(Iterable<String> vocabulary, List<List<String>> sentences) {
        for (String s : List.of(START, END, NUM, UNK)) id(s);
        for (String v : vocabulary) id(v);
        this.sentences = sentences.size();
        for (List<String> sentence : sentences) {
            int[] s = new int[sentence.size() + 3];
            s[0] = s[1] = id(START);
            for (int i = 0; i < sentence.size(); i++) s[i + 2] = id(sentence.get(i));
            s[s.length - 1] = id(END);
            for (int i = 2; i < s.length; i++) {
                long k3 = key(s[i - 2], s[i - 1], s[i]);
                if (tri.get(k3) == 0) triTypes.add(key(0, s[i - 2], s[i - 1]), 1);
                tri.add(k3, 1);
                triContext.add(key(0, s[i - 2], s[i - 1]), 1);
                long k2 = key(0, s[i - 1], s[i]);
                if (bi.get(k2) == 0) {
                    grow();
                    biTypes[s[i - 1]]++;
                    continuation[s[i]]++;
                    continuationTotal++;
                }
                bi.add(k2, 1);
                grow();
                biContext[s[i - 1]]++;
            }
        }
        grow();
    }

    private void grow() {
        int n = words.size();
        if (biContext.length < n) {
            biContext = java.util.Arrays.copyOf(biContext, n * 2);
            biTypes = java.util.Arrays.copyOf(biTypes, n * 2);
            continuation = java.util.Arrays.copyOf(continuation, n * 2);
        }
    }

    private int id(String w) {
        Integer i = ids.get(w);
        if (i != null) return i;
        ids.put(w, words.size());
        words.add(w);
        return words.size() - 1;
    }

    /** The word's id, or −1 when it is not in the vocabulary. */
    int idOf(String w) {
        Integer i = ids.get(w);
        return i == null ? -1 : i;
    }

    int startId() {
        return 0;
    }

    int endId() {
        return 1;
    }

    boolean knows(String w) {
        return ids.containsKey(w);
    }

    /** Natural log of P(w | u v). */
    double logProb(int u, int v, int w) {
        double p1 = (continuation[w] + GAMMA) / (continuationTotal + GAMMA * words.size());
        double p2 = p1;
        int cv = biContext[v];
        if (cv > 0) {
            int c = bi.get(key(0, v, w));
            p2 = Math.max(c - D, 0) / cv + D * biTypes[v] / cv * p1;
        }
        long ctx = key(0, u, v);
        int cuv = triContext.get(ctx);
        if (cuv == 0) return Math.log(p2);
        int c = tri.get(key(u, v, w));
        return Math.log(Math.max(c - D, 0) / cuv + D * triTypes.get(ctx) / cuv * p2);
    }

    /** Natural log of the unigram (continuation) probability. */
    double logUnigram(int w) {
        return Math.log((continuation[w] + GAMMA) / (continuationTotal + GAMMA * words.size()));
    }

    int sentences() {
        return sentences;
    }

    int size() {
        return words.size();
    }

    private static long key(int u, int v, int w) {
        return ((long) u << (2 * BITS)) | ((long) v << BITS) | w;
    }
}
