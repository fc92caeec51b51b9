package vn.camket.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds a page's printed lines from its word boxes. A scan is seldom straight: the skew is
 * estimated from the words of each line the OCR found (the median slope of their bottoms), every
 * box is turned back by it, and words are then joined into a line when they share most of its
 * height. Ruling marks the OCR read as text ('|', '_') are dropped: the boxes say where cells are.
 */
public final class LineBuilder {
    private LineBuilder() {}

    public static List<Line> lines(PageWords page) {
        List<Word> words = clean(page.words());
        if (words.isEmpty()) return List.of();
        double slope = skew(words);
        List<Word> straight = new ArrayList<>(words.size());
        for (Word w : words) straight.add(turn(w, slope));
        double typical = medianHeight(straight);
        straight.sort(Comparator.comparingDouble(Word::centerY));
        List<List<Word>> groups = new ArrayList<>();
        List<double[]> bands = new ArrayList<>(); // per group: top, bottom of its core
        for (Word w : straight) {
            double h = Math.min(w.height(), typical * 1.5);
            double wt = w.centerY() - h / 2, wb = w.centerY() + h / 2;
            int best = -1;
            double bestOverlap = 0;
            for (int i = groups.size() - 1; i >= 0 && i >= groups.size() - 6; i--) {
                double[] band = bands.get(i);
                double overlap = Math.min(wb, band[1]) - Math.max(wt, band[0]);
                double need = 0.5 * Math.min(h, band[1] - band[0]);
                if (overlap > need && overlap > bestOverlap) {
                    best = i;
                    bestOverlap = overlap;
                }
            }
            if (best < 0) {
                groups.add(new ArrayList<>(List.of(w)));
                bands.add(new double[] {wt, wb});
            } else {
                groups.get(best).add(w);
                bands.set(best, band(groups.get(best), typical));
            }
        }
        List<Line> lines = new ArrayList<>();
        for (List<Word> g : groups) {
            g.sort(Comparator.comparingInt(Word::left));
            lines.add(Line.of(page.number(), g));
        }
        lines.sort(Comparator.comparingInt((Line l) -> (l.top() + l.bottom()) / 2));
        return lines;
    }

    /** Drops ruling marks and strips them from words' ends; what is left of a word is kept. */
    static List<Word> clean(List<Word> words) {
        List<Word> out = new ArrayList<>();
        List<Double> hs = new ArrayList<>();
        for (Word w : words) if (w.text().codePoints().filter(Character::isLetter).count() >= 2) hs.add((double) w.height());
        double typical = hs.isEmpty() ? 0 : median(hs);
        for (Word w : words) {
            String t = w.text().replace("|", "").replace("¦", "");
            t = t.replaceAll("^[_\\[\\]]+|[_\\[\\]]+$", "");
            if (t.isBlank()) continue;
            // specks of noise are read as tiny "letters"; a dash or bullet is small and kept
            if (w.height() < typical * 0.45 && !t.matches("[-–—+•]")) continue;
            if (w.height() > typical * 2.5 && t.codePoints().noneMatch(Character::isLetterOrDigit)) continue;
            // a table's rule read as a few marks ("k5...", "`") stretches far wider than its characters
            // could print (none is wider than the line is high): it is no word, and would join the
            // header's labels or the row's cells it runs under into one
            if (typical > 0 && w.width() > typical * (t.codePointCount(0, t.length()) + 2)) continue;
            out.add(t.equals(w.text()) ? w : new Word(t, w.left(), w.top(), w.right(), w.bottom(), w.conf(), w.line()));
        }
        return out;
    }

    /** The page's slope (dy/dx): the median over the OCR's lines of the median slope between their words. */
    static double skew(List<Word> words) {
        Map<String, List<Word>> byLine = new LinkedHashMap<>();
        for (Word w : words) if (w.line() != null) byLine.computeIfAbsent(w.line(), k -> new ArrayList<>()).add(w);
        List<Double> slopes = new ArrayList<>();
        for (List<Word> ws : byLine.values()) {
            if (ws.size() < 3) continue;
            List<Double> pair = new ArrayList<>();
            for (int i = 0; i < ws.size(); i++) {
                for (int j = i + 1; j < ws.size(); j++) {
                    double dx = ws.get(j).centerX() - ws.get(i).centerX();
                    if (Math.abs(dx) < 150) continue;
                    pair.add((ws.get(j).bottom() - ws.get(i).bottom()) / dx);
                }
            }
            if (pair.size() >= 2) slopes.add(median(pair));
        }
        if (slopes.size() < 3) return 0;
        double s = median(slopes);
        return Math.abs(s) > 0.1 ? 0 : s; // beyond ~6 degrees the estimate is not to be trusted
    }

    /** The word's box turned back by the page's slope about the page's origin (small angle). */
    static Word turn(Word w, double slope) {
        if (slope == 0) return w;
        double cx = w.centerX(), cy = w.centerY();
        double nx = cx + slope * cy, ny = cy - slope * cx;
        int hw = w.width() / 2, hh = w.height() / 2;
        int l = (int) Math.round(nx - hw), t = (int) Math.round(ny - hh);
        return new Word(w.text(), l, t, l + w.width(), t + w.height(), w.conf(), w.line());
    }

    static double medianHeight(List<Word> words) {
        double[] h = words.stream().mapToDouble(Word::height).sorted().toArray();
        return h.length == 0 ? 1 : Math.max(1, h[h.length / 2]);
    }

    private static double[] band(List<Word> g, double typical) {
        double[] tops = new double[g.size()], bottoms = new double[g.size()];
        for (int i = 0; i < g.size(); i++) {
            Word w = g.get(i);
            double h = Math.min(w.height(), typical * 1.5);
            tops[i] = w.centerY() - h / 2;
            bottoms[i] = w.centerY() + h / 2;
        }
        Arrays.sort(tops);
        Arrays.sort(bottoms);
        return new double[] {tops[tops.length / 2], bottoms[bottoms.length / 2]};
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(null);
        return s.get(s.size() / 2);
    }
}
