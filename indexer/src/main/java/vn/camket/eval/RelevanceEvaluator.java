package vn.camket.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.camket.search.Hit;
import vn.camket.search.SearchRequest;
import vn.camket.search.SearchService;
import vn.camket.text.Fold;

/**
 * Scores search results against judged passages (queries.tsv, qrels.tsv). A hit is relevant to a
 * judged passage when it comes from the same source file and either its folded text contains the
 * folded marker or its line range holds the line the marker starts on.
 */
public final class RelevanceEvaluator {
    public record Query(String id, String text, String kind) {}

    public record Judgement(String qid, String doc, String marker, int grade) {}

    /** Figures for one query (or their means). */
    public record Figures(double p10, double r20, double r100, double mrr, double ndcg10, boolean allPlansIn20, int found, int judged) {}

    private final Path corpus;
    private final Map<String, List<String>> foldedLines = new HashMap<>();

    public RelevanceEvaluator(Path corpus) {
        this.corpus = corpus;
    }

    public static List<Query> readQueries(Path file) throws IOException {
        List<Query> out = new ArrayList<>();
        for (CSVRecord r : tsv(file)) out.add(new Query(r.get("qid"), r.get("query"), r.isMapped("kind") ? r.get("kind") : ""));
        return out;
    }

    public static List<Judgement> readQrels(Path file) throws IOException {
        List<Judgement> out = new ArrayList<>();
        for (CSVRecord r : tsv(file)) out.add(new Judgement(r.get("qid"), r.get("doc"), r.get("marker"), Integer.parseInt(r.get("grade").strip())));
        return out;
    }

    private static List<CSVRecord> tsv(Path file) throws IOException {
        CSVFormat f = CSVFormat.TDF.builder().setQuote(null).setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return f.parse(r).getRecords();
        }
    }

    public Map<String, Figures> evaluate(SearchService search, List<Query> queries, List<Judgement> qrels) throws IOException {
        return evaluate(text -> search.search(SearchRequest.of(text).withPage(1, 100)).hits(), queries, qrels);
    }

    /** A search engine under evaluation: a query's text in, its first 100 hits out, best first. */
    @FunctionalInterface
    public interface Engine {
        List<Hit> top100(String query) throws Exception;
    }

    /** Scores any engine (Camket, or PostgreSQL in the benchmark) by the same rules. */
    public Map<String, Figures> evaluate(Engine engine, List<Query> queries, List<Judgement> qrels) throws IOException {
        Map<String, Figures> out = new LinkedHashMap<>();
        for (Query q : queries) {
            List<Judgement> judged = qrels.stream().filter(j -> j.qid().equals(q.id())).toList();
            if (judged.isEmpty()) continue;
            out.put(q.id(), score(top100(engine, q), judged));
        }
        return out;
    }

    /** The engine's first 100 hits for the query; a failure other than I/O's named by the query. */
    private static List<Hit> top100(Engine engine, Query q) throws IOException {
        try {
            return engine.top100(q.text());
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("query " + q.id() + " failed: " + e.getMessage(), e);
        }
    }

    Figures score(List<Hit> hits, List<Judgement> judged) throws IOException {
        int[] markerLines = new int[judged.size()];
        for (int j = 0; j < judged.size(); j++) markerLines[j] = markerLine(judged.get(j));
        int[] gains = new int[hits.size()];
        boolean[] credited = new boolean[judged.size()];
        boolean[] found20 = new boolean[judged.size()], found100 = new boolean[judged.size()];
        Set<String> plansIn20 = new TreeSet<>();
        for (int h = 0; h < hits.size(); h++) {
            Hit hit = hits.get(h);
            String text = Fold.fold(hit.text());
            for (int j = 0; j < judged.size(); j++) {
                Judgement jd = judged.get(j);
                if (!jd.doc().equals(hit.source())) continue;
                boolean byText = text.contains(Fold.fold(jd.marker()));
                boolean byLine = markerLines[j] > 0 && hit.lines()[0] <= markerLines[j] && markerLines[j] <= hit.lines()[1];
                if (byText || byLine) {
                    // a judged passage earns its gain once, at the first hit that shows it
                    if (!credited[j]) gains[h] = Math.max(gains[h], jd.grade());
                    credited[j] = true;
                    found100[j] = true;
                    if (h < 20) {
                        found20[j] = true;
                        plansIn20.add(jd.doc());
                    }
                }
            }
        }
        double p10 = 0;
        for (int h = 0; h < Math.min(10, hits.size()); h++) if (relevant(hits.get(h), judged, markerLines)) p10++;
        p10 /= 10.0;
        double mrr = 0;
        for (int h = 0; h < hits.size(); h++) if (relevant(hits.get(h), judged, markerLines)) { mrr = 1.0 / (h + 1); break; }
        double dcg = 0;
        for (int h = 0; h < Math.min(10, gains.length); h++) dcg += gains[h] / log2(h + 2);
        List<Integer> ideal = judged.stream().map(Judgement::grade).sorted((a, b) -> b - a).limit(10).toList();
        double idcg = 0;
        for (int h = 0; h < ideal.size(); h++) idcg += ideal.get(h) / log2(h + 2);
        int f20 = count(found20), f100 = count(found100);
        Set<String> plansJudged = new TreeSet<>();
        for (Judgement j : judged) plansJudged.add(j.doc());
        return new Figures(p10, f20 / (double) judged.size(), f100 / (double) judged.size(), mrr, idcg == 0 ? 0 : dcg / idcg,
                plansIn20.containsAll(plansJudged), f100, judged.size());
    }

    private static boolean relevant(Hit hit, List<Judgement> judged, int[] markerLines) {
        String text = Fold.fold(hit.text());
        for (int j = 0; j < judged.size(); j++) {
            Judgement jd = judged.get(j);
            if (!jd.doc().equals(hit.source())) continue;
            if (text.contains(Fold.fold(jd.marker()))) return true;
            if (markerLines[j] > 0 && hit.lines()[0] <= markerLines[j] && markerLines[j] <= hit.lines()[1]) return true;
        }
        return false;
    }

    private static int count(boolean[] b) {
        int n = 0;
        for (boolean x : b) if (x) n++;
        return n;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** The 1-based line of the source file where the folded marker starts, or -1. */
    private int markerLine(Judgement j) throws IOException {
        List<String> lines = foldedLines.get(j.doc());
        if (lines == null) {
            Path file = corpus.resolve(j.doc());
            lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(Fold::fold).toList() : List.of();
            foldedLines.put(j.doc(), lines);
        }
        String marker = Fold.fold(j.marker());
        StringBuilder joined = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (String l : lines) {
            starts.add(joined.length());
            joined.append(l).append(' ');
        }
        int at = joined.indexOf(marker);
        if (at < 0) return -1;
        int line = 0;
        while (line + 1 < starts.size() && starts.get(line + 1) <= at) line++;
        return line + 1;
    }

    /**
     * Where the judged passages a search misses are: for each query, every judged passage not in
     * Camket's first 20, with its place in Camket's ranking and in the baseline's (each searched to
     * {@code depth}; "-" beyond it or not found) and the folded opening of its marker. A tool to find
     * why passages are missed; never run it on a held-out set.
     */
    public void printMisses(Engine camket, Engine baseline, List<Query> queries, List<Judgement> qrels, PrintStream out) throws IOException {
        for (Query q : queries) {
            List<Judgement> judged = qrels.stream().filter(j -> j.qid().equals(q.id())).toList();
            if (judged.isEmpty()) continue;
            List<Hit> c = top100(camket, q), b = top100(baseline, q);
            out.printf("== %s %s%n", q.id(), q.text());
            for (Judgement j : judged) {
                int line = markerLine(j);
                int rc = rankOf(c, j, line), rb = rankOf(b, j, line);
                if (rc >= 0 && rc < 20) continue;
                String m = Fold.fold(j.marker());
                int inPlan = 0;
                for (int h = 0; h < rc; h++) if (c.get(h).source().equals(j.doc())) inPlan++;
                out.printf("  g%d camket %5s (in plan %4s) plain %5s  %s  %s%n", j.grade(), rc < 0 ? "-" : String.valueOf(rc + 1),
                        rc < 0 ? "-" : String.valueOf(inPlan + 1),
                        rb < 0 ? "-" : String.valueOf(rb + 1), j.doc().substring(0, Math.min(3, j.doc().length())),
                        m.substring(0, Math.min(60, m.length())));
            }
        }
    }

    /**
     * Each query's first {@code n} hits from {@code engine}, with the grade of the judged passage each
     * shows ("-": none) and its plan: how the top of a ranking reads. Never run it on a held-out set.
     */
    public void printTop(Engine engine, List<Query> queries, List<Judgement> qrels, int n, PrintStream out) throws IOException {
        for (Query q : queries) {
            List<Judgement> judged = qrels.stream().filter(j -> j.qid().equals(q.id())).toList();
            if (judged.isEmpty()) continue;
            List<Hit> hits = top100(engine, q);
            int[] lines = new int[judged.size()];
            for (int j = 0; j < judged.size(); j++) lines[j] = markerLine(judged.get(j));
            out.printf("== %s %s%n", q.id(), q.text());
            for (int h = 0; h < Math.min(n, hits.size()); h++) {
                Hit hit = hits.get(h);
                int grade = 0;
                for (int j = 0; j < judged.size(); j++) if (rankOf(List.of(hit), judged.get(j), lines[j]) == 0) grade = Math.max(grade, judged.get(j).grade());
                String t = Fold.fold(hit.text());
                out.printf("  %3d %s %s %-5s %s%n", h + 1, grade == 0 ? "--" : "g" + grade, hit.source().substring(0, Math.min(3, hit.source().length())),
                        hit.type(), t.substring(0, Math.min(90, t.length())));
            }
        }
    }

    private static int rankOf(List<Hit> hits, Judgement j, int line) {
        String marker = Fold.fold(j.marker());
        for (int h = 0; h < hits.size(); h++) {
            Hit hit = hits.get(h);
            if (!j.doc().equals(hit.source())) continue;
            if (Fold.fold(hit.text()).contains(marker) || line > 0 && hit.lines()[0] <= line && line <= hit.lines()[1]) return h;
        }
        return -1;
    }

    public static Figures mean(Map<String, Figures> figures) {
        int n = Math.max(1, figures.size());
        double p10 = 0, r20 = 0, r100 = 0, mrr = 0, ndcg = 0, all = 0;
        int found = 0, judged = 0;
        for (Figures f : figures.values()) {
            p10 += f.p10(); r20 += f.r20(); r100 += f.r100(); mrr += f.mrr(); ndcg += f.ndcg10();
            all += f.allPlansIn20() ? 1 : 0;
            found += f.found() > 0 ? 1 : 0;
            judged++;
        }
        return new Figures(p10 / n, r20 / n, r100 / n, mrr / n, ndcg / n, all / n >= 0.5, found, judged);
    }

    public static double planCoverage(Map<String, Figures> figures) {
        return figures.values().stream().filter(Figures::allPlansIn20).count() / (double) Math.max(1, figures.size());
    }

    public static void print(String label, Map<String, Figures> figures, boolean perQuery, PrintStream out) {
        if (perQuery) {
            out.printf("%-6s %6s %6s %6s %6s %7s %8s %s%n", "query", "P@10", "R@20", "R@100", "MRR", "nDCG@10", "plans@20", "found/judged");
            for (var e : figures.entrySet()) {
                Figures f = e.getValue();
                out.printf("%-6s %6.3f %6.3f %6.3f %6.3f %7.3f %8s %d/%d%n", e.getKey(), f.p10(), f.r20(), f.r100(), f.mrr(), f.ndcg10(),
                        f.allPlansIn20() ? "yes" : "no", f.found(), f.judged());
            }
        }
        Figures m = mean(figures);
        long none = figures.values().stream().filter(f -> f.found() == 0).count();
        out.printf("%-10s P@10 %.3f  Recall@20 %.3f  Recall@100 %.3f  MRR %.3f  nDCG@10 %.3f  all-plans-in-top-20 %.3f  queries-finding-nothing %d/%d%n",
                label, m.p10(), m.r20(), m.r100(), m.mrr(), m.ndcg10(), planCoverage(figures), none, figures.size());
    }

    /**
     * Camket beside the baseline, query by query (with Recall@100 minus the baseline's) and overall,
     * with how many queries find less than the baseline by more than 0.05 of Recall@100.
     */
    public static void printBeside(Map<String, Figures> camket, Map<String, Figures> baseline, boolean perQuery, PrintStream out) {
        if (perQuery) {
            out.printf("%-6s | %-34s | %-34s | %s%n", "", "camket", "baseline", "");
            out.printf("%-6s | %6s %6s %7s %5s %7s | %6s %6s %7s %5s %7s | %s%n", "query", "P@10", "R@100", "nDCG@10", "plans", "found",
                    "P@10", "R@100", "nDCG@10", "plans", "found", "Recall@100 minus baseline");
            for (var e : camket.entrySet()) {
                Figures c = e.getValue(), b = baseline.get(e.getKey());
                if (b == null) continue;
                out.printf("%-6s | %6.3f %6.3f %7.3f %5s %7s | %6.3f %6.3f %7.3f %5s %7s | %+.3f%n", e.getKey(),
                        c.p10(), c.r100(), c.ndcg10(), c.allPlansIn20() ? "yes" : "no", c.found() + "/" + c.judged(),
                        b.p10(), b.r100(), b.ndcg10(), b.allPlansIn20() ? "yes" : "no", b.found() + "/" + b.judged(), c.r100() - b.r100());
            }
        }
        print("camket", camket, false, out);
        print("baseline", baseline, false, out);
        double worst = Double.POSITIVE_INFINITY;
        int below = 0;
        for (var e : camket.entrySet()) {
            Figures b = baseline.get(e.getKey());
            if (b == null) continue;
            double d = e.getValue().r100() - b.r100();
            worst = Math.min(worst, d);
            if (d < -0.05) below++;
        }
        out.printf("Recall@100 minus baseline: worst query %+.3f; queries more than 0.05 below the baseline %d/%d%n",
                worst == Double.POSITIVE_INFINITY ? 0 : worst, below, camket.size());
    }
}
