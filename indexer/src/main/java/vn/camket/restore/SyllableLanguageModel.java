package vn.camket.restore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trigram language model over diacritised syllables (lower case), numbers ({@code <num>}),
 * other words and codes ({@code <unk>}) and punctuation: interpolated Kneser–Ney with the
 * modified discounts of Chen and Goodman (three per order — for n-grams seen once, twice, three
 * times or more — estimated from the counts of counts). The trigram estimate is interpolated
 * with a bigram estimate over continuation counts (in how many contexts a pair was seen, not how
 * often: a pair that only ever follows one syllable says little elsewhere), itself interpolated
 * with a continuation unigram smoothed over the whole syllable inventory, so a syllable the clean
 * plans never used keeps a small probability.
 */
final class SyllableLanguageModel {
    static final String START = "<s>", END = "</s>", NUM = "<num>", UNK = "<unk>";
    /** Pseudo-count of every vocabulary word in the continuation unigram. */
    private static final double GAMMA = 0.3;
    private static final int BITS = 21;

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    /** c(u v w); c(u v ·) and how many w follow u v once, twice, three times or more. */
    private final LongIntMap tri = new LongIntMap(), triContext = new LongIntMap();
    private final LongIntMap triN1 = new LongIntMap(), triN2 = new LongIntMap(), triN3 = new LongIntMap();
    /** Continuation count of the pair v w (raw count after the sentence start, which has no left context). */
    private final LongIntMap bi = new LongIntMap();
    private int[] biContext, biN1, biN2, biN3, continuation;
    private long continuationTotal;
    private final double[] triD, biD;
    private final int sentences;

    SyllableLanguageModel(Iterable<String> vocabulary, List<List<String>> sentences) {
        for (String s : List.of(START, END, NUM, UNK)) id(s);
        for (String v : vocabulary) id(v);
        this.sentences = sentences.size();
        LongIntMap rawBi = new LongIntMap();
        for (List<String> sentence : sentences) {
            int[] s = new int[sentence.size() + 3];
            s[0] = s[1] = id(START);
            for (int i = 0; i < sentence.size(); i++) s[i + 2] = id(sentence.get(i));
            s[s.length - 1] = id(END);
            for (int i = 2; i < s.length; i++) {
                tri.add(key(s[i - 2], s[i - 1], s[i]), 1);
                if (s[i - 1] == startId()) rawBi.add(key(0, s[i - 1], s[i]), 1);
            }
        }
        int n = words.size();
        biContext = new int[n];
        biN1 = new int[n];
        biN2 = new int[n];
        biN3 = new int[n];
        continuation = new int[n];
        long[] triCounts = new long[5];
        tri.forEach(k -> {
            int c = tri.get(k);
            long ctx = k & ~((1L << BITS) - 1);
            triContext.add(ctx, c);
            (c == 1 ? triN1 : c == 2 ? triN2 : triN3).add(ctx, 1);
            triCounts[Math.min(c, 4)]++;
            int v = (int) ((k >>> BITS) & ((1 << BITS) - 1)), w = (int) (k & ((1 << BITS) - 1));
            if (v != startId()) bi.add(key(0, v, w), 1);
        });
        rawBi.forEach(k -> bi.add(k, rawBi.get(k)));
        long[] biCounts = new long[5];
        bi.forEach(k -> {
            int c = bi.get(k);
            int v = (int) ((k >>> BITS) & ((1 << BITS) - 1)), w = (int) (k & ((1 << BITS) - 1));
            biContext[v] += c;
            if (c == 1) biN1[v]++;
            else if (c == 2) biN2[v]++;
            else biN3[v]++;
            biCounts[Math.min(c, 4)]++;
            continuation[w]++;
            continuationTotal++;
        });
        triD = discounts(triCounts);
        biD = discounts(biCounts);
    }

    /** Chen and Goodman's estimates of the three discounts from the numbers of n-grams seen 1, 2, 3 and 4 times. */
    static double[] discounts(long[] countOfCounts) {
        double n1 = countOfCounts[1], n2 = countOfCounts[2], n3 = countOfCounts[3], n4 = countOfCounts[4];
        if (n1 == 0 || n2 == 0 || n3 == 0 || n4 == 0) return new double[] {0, 0.5, 0.75, 0.75};
        double y = n1 / (n1 + 2 * n2);
        double[] d = {0, 1 - 2 * y * n2 / n1, 2 - 3 * y * n3 / n2, 3 - 4 * y * n4 / n3};
        for (int i = 1; i <= 3; i++) d[i] = Math.max(0.05, Math.min(i, d[i]));
        return d;
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
        double p1 = unigram(w);
        double p2 = p1;
        int cv = biContext[v];
        if (cv > 0) {
            int c = bi.get(key(0, v, w));
            double gamma = (biD[1] * biN1[v] + biD[2] * biN2[v] + biD[3] * biN3[v]) / cv;
            p2 = Math.max(c - biD[Math.min(c, 3)], 0) / cv + gamma * p1;
        }
        long ctx = key(u, v, 0);
        int cuv = triContext.get(ctx);
        if (cuv == 0) return Math.log(p2);
        int c = tri.get(key(u, v, w));
        double gamma = (triD[1] * triN1.get(ctx) + triD[2] * triN2.get(ctx) + triD[3] * triN3.get(ctx)) / cuv;
        return Math.log(Math.max(c - triD[Math.min(c, 3)], 0) / cuv + gamma * p2);
    }

    private double unigram(int w) {
        return (continuation[w] + GAMMA) / (continuationTotal + GAMMA * words.size());
    }

    /** Natural log of the unigram (continuation) probability. */
    double logUnigram(int w) {
        return Math.log(unigram(w));
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
