package vn.camket.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.camket.text.Fold;
import vn.camket.text.Similarity;

/**
 * The header of a table printed again at the top of a later page, told by its words: the OCR
 * garbles each print of it differently ("Đơn vị chủ" read "Don vi cha", stray specks before it),
 * so a repeat may not read as a header by itself, but its lines are made of the first header's
 * words, and together they hold most of them. A row of the table shares a few words with the
 * header at most ("nhiệm vụ"), never most of its lines' words and half the header's.
 */
public final class RepeatedHeader {
    /** Share of a repeat's words that are the first header's. */
    private static final double HEADER_SHARE = 0.7;
    /** A line of the repeat: at least this share of its words are the header's. */
    private static final double LINE_SHARE = 0.5;
    /** Share of the first header's distinct words that the repeat holds. */
    private static final double COVERAGE = 0.5;

    private final Set<String> words;
    private final int span;

    /** The first header: lines {@code from} to {@code to} (inclusive) of {@code lines}. */
    public RepeatedHeader(List<String> lines, int from, int to) {
        Set<String> w = new HashSet<>();
        int nonBlank = 0;
        for (int i = from; i <= to && i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            nonBlank++;
            w.addAll(words(lines.get(i)));
        }
        this.words = w;
        this.span = Math.max(1, nonBlank);
    }

    /** The last line of a repeat of the header that opens at line {@code from}, or -1 when none opens there. */
    public int endAt(List<String> lines, int from) {
        if (words.size() < 4 || from >= lines.size() || lines.get(from).isBlank()) return -1;
        int hits = 0, total = 0, best = -1;
        Set<String> covered = new HashSet<>();
        int limit = Math.min(lines.size(), from + 3 * span + 4);
        for (int j = from; j < limit; j++) {
            if (lines.get(j).isBlank()) continue;
            List<String> w = words(lines.get(j));
            if (w.isEmpty()) continue;
            int h = 0;
            for (String x : w) {
                String m = headerWord(x);
                if (m != null) {
                    h++;
                    covered.add(m);
                }
            }
            // a line of the repeat holds two of the header's words at least: a cell's "Tháng 12" above it is no part of it
            if (h < 2 || h < LINE_SHARE * w.size()) break;
            hits += h;
            total += w.size();
            if (hits >= HEADER_SHARE * total && covered.size() >= COVERAGE * words.size()) best = j;
        }
        return best;
    }

    /** The header's word that {@code w} reads as: the same once folded, or one letter off in a word of four letters or more. */
    private String headerWord(String w) {
        if (words.contains(w)) return w;
        if (w.length() < 4) return null;
        for (String h : words) {
            if (h.length() >= 4 && Math.abs(h.length() - w.length()) <= 1 && Similarity.levenshtein(h, w) <= 1) return h;
        }
        return null;
    }

    /** A line's folded words of two characters or more, numbers left out (specks, single letters and a cell's numbers say nothing). */
    private static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        for (String t : Fold.ocrFold(line).split("[^a-z0-9]+")) if (t.length() >= 2 && !t.matches("\\d+")) out.add(t);
        return out;
    }
}
