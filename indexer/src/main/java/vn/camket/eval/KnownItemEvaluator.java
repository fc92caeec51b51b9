package vn.camket.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.camket.model.Clause;
import vn.camket.model.ParsedPlan;
import vn.camket.model.TaskRow;
import vn.camket.search.Hit;
import vn.camket.text.Fold;

/**
 * Known-item search over OCR text, with no hand judging: the queries are drawn at random (seeded)
 * from the clean truth of synthetic plans whose OCR'd text was parsed and indexed as the corpus
 * is, and the item to find is the record parsed from that row (paired by {@link RowMatcher}). A
 * task text the set's plans share (their rows are recombined from one source) is one query whose
 * items are the records of every such row: whether each plan holding it is in view is measured too.
 *
 * <p>A query is 3–6 consecutive content syllables of the task (function words skipped, as people
 * leave them out), typed twice: with its diacritics, and folded. A record of another plan indexed
 * beside them (the corpus) that holds the same task (its text holds the task's opening, as
 * {@link RowMatcher} pairs rows) is a copy of the item, neither right nor wrong: it is left out of
 * the ranking before scoring, for every engine alike.
 */
public final class KnownItemEvaluator {
    /** Function words: left out of a drawn query, as people leave them out. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "va", "cua", "cac", "cho", "trong", "voi", "la", "de", "nhung", "duoc", "tai", "theo", "ve", "tren", "mot",
            "nhu", "tu", "den", "hoac", "khi", "nay", "do", "co", "thi", "o", "ra", "vao", "bang", "sau", "truoc");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    static final int MIN_WORDS = 3, MAX_WORDS = 6;

    /** One query: its text, the task it was drawn from (folded: the key of its items), typed folded or not. */
    public record Query(String text, String task, boolean folded) {}

    /** A query's figures: Recall@10/20/100 over its items, reciprocal rank, nDCG@10, every plan holding it in the top 20. */
    public record Figures(double r10, double r20, double r100, double mrr, double ndcg10, boolean plansIn20, int items) {}

    /** The items of the tasks of some plans: record ids by folded task text, and each record's plan. */
    public record Items(Map<String, Set<String>> byTask, Map<String, String> planOf, Set<String> copies, int rows, int paired) {}

    private KnownItemEvaluator() {}

    /** The key a task text is known by: folded, letters and digits only. */
    public static String key(String task) {
        return Fold.fold(task == null ? "" : task).replaceAll("[^0-9a-z]+", " ").strip();
    }

    /**
     * The records parsed from the truth rows of {@code plans} (each synthetic plan with its parsed
     * plan), and the records of {@code others} (indexed beside them) that are copies of a task.
     */
    public static Items items(Map<SyntheticSet.Plan, ParsedPlan> plans, List<ParsedPlan> others) {
        Map<String, Set<String>> byTask = new LinkedHashMap<>();
        Map<String, String> planOf = new HashMap<>();
        int rows = 0, paired = 0;
        for (var e : plans.entrySet()) {
            List<TruthRow> truth = e.getKey().rows();
            List<TaskRow> tasks = e.getValue() == null ? List.of() : e.getValue().tasks();
            int[] match = RowMatcher.match(truth.stream().map(TruthRow::task).toList(), tasks.stream().map(TaskRow::task).toList());
            for (int i = 0; i < truth.size(); i++) {
                rows++;
                if (match[i] < 0) continue;
                paired++;
                String id = tasks.get(match[i]).id();
                byTask.computeIfAbsent(key(truth.get(i).task()), k -> new LinkedHashSet<>()).add(id);
                planOf.put(id, e.getKey().name());
            }
        }
        // records of the other plans holding a task's text: copies, left out of the ranking
        List<String> taskTexts = new ArrayList<>(), otherTexts = new ArrayList<>(), otherIds = new ArrayList<>();
        for (var e : plans.entrySet()) for (TruthRow r : e.getKey().rows()) taskTexts.add(r.task());
        for (ParsedPlan p : others) {
            for (TaskRow t : p.tasks()) { otherTexts.add(t.task()); otherIds.add(t.id()); }
            for (Clause c : p.clauses()) { otherTexts.add(c.text()); otherIds.add(c.id()); }
        }
        Set<String> copies = new java.util.HashSet<>();
        for (RowMatcher.Pair pair : RowMatcher.pairs(taskTexts, otherTexts)) copies.add(otherIds.get(pair.extracted()));
        return new Items(byTask, planOf, copies, rows, paired);
    }

    /** One query per task that has an item, in each typing; the same seed draws the same words. */
    public static List<Query> queries(Map<String, String> taskTexts, long seed) {
        List<Query> out = new ArrayList<>();
        Random random = new Random(seed);
        for (var e : taskTexts.entrySet()) {
            List<String> content = new ArrayList<>();
            Matcher m = WORD.matcher(e.getValue());
            while (m.find()) {
                String w = m.group();
                if (!FUNCTION_WORDS.contains(Fold.fold(w))) content.add(w.toLowerCase(java.util.Locale.ROOT));
            }
            if (content.size() < MIN_WORDS) continue;
            int n = Math.min(content.size(), MIN_WORDS + random.nextInt(MAX_WORDS - MIN_WORDS + 1));
            int from = random.nextInt(content.size() - n + 1);
            String typed = String.join(" ", content.subList(from, from + n));
            out.add(new Query(typed, e.getKey(), false));
            out.add(new Query(Fold.fold(typed), e.getKey(), true));
        }
        return out;
    }

    /** Scores a ranking (best first, copies already out or left in: they are skipped here) against the query's items. */
    public static Figures score(List<Hit> hits, Items items, String task) {
        Set<String> relevant = items.byTask().getOrDefault(task, Set.of());
        List<String> ranked = new ArrayList<>();
        for (Hit h : hits) if (!items.copies().contains(h.id())) ranked.add(h.id());
        int f10 = 0, f20 = 0, f100 = 0;
        double mrr = 0, dcg = 0;
        Set<String> plansIn20 = new java.util.HashSet<>();
        for (int r = 0; r < Math.min(100, ranked.size()); r++) {
            String id = ranked.get(r);
            if (!relevant.contains(id)) continue;
            if (mrr == 0) mrr = 1.0 / (r + 1);
            if (r < 10) { f10++; dcg += 1 / log2(r + 2); }
            if (r < 20) { f20++; plansIn20.add(items.planOf().get(id)); }
            f100++;
        }
        double idcg = 0;
        for (int r = 0; r < Math.min(10, relevant.size()); r++) idcg += 1 / log2(r + 2);
        Set<String> plans = new java.util.HashSet<>();
        for (String id : relevant) plans.add(items.planOf().get(id));
        int n = Math.max(1, relevant.size());
        return new Figures(f10 / (double) n, f20 / (double) n, f100 / (double) n, mrr, idcg == 0 ? 0 : dcg / idcg,
                plansIn20.containsAll(plans), relevant.size());
    }

    /** Each item's rank (1-based, copies skipped) in the hits, or 0 when it is not among them; by item id. */
    public static Map<String, Integer> ranks(List<Hit> hits, Items items, String task) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String id : items.byTask().getOrDefault(task, Set.of())) out.put(id, 0);
        int r = 0;
        for (Hit h : hits) {
            if (items.copies().contains(h.id())) continue;
            r++;
            if (out.containsKey(h.id())) out.put(h.id(), r);
        }
        return out;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** Means of a list of figures, and the share of queries with every plan in the top 20. */
    public static Figures mean(List<Figures> figures) {
        int n = Math.max(1, figures.size());
        double r10 = 0, r20 = 0, r100 = 0, mrr = 0, ndcg = 0, plans = 0;
        for (Figures f : figures) {
            r10 += f.r10(); r20 += f.r20(); r100 += f.r100(); mrr += f.mrr(); ndcg += f.ndcg10(); plans += f.plansIn20() ? 1 : 0;
        }
        return new Figures(r10 / n, r20 / n, r100 / n, mrr / n, ndcg / n, plans / n >= 0.5, figures.size());
    }

    /** Camket beside the plain baseline over the same queries: means by typing and overall, and how far below plain Camket falls. */
    public static void printBeside(String label, List<Query> queries, List<Figures> camket, List<Figures> plain, PrintStream out) {
        out.printf("%s: %d queries%n", label, queries.size());
        out.printf("  %-22s %6s %6s %6s %6s %7s %8s%n", "", "R@10", "R@20", "R@100", "MRR", "nDCG@10", "plans@20");
        for (String typing : List.of("with diacritics", "folded", "all")) {
            List<Figures> c = new ArrayList<>(), p = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                boolean folded = queries.get(i).folded();
                if (typing.equals("all") || folded == typing.equals("folded")) { c.add(camket.get(i)); p.add(plain.get(i)); }
            }
            line(out, "camket " + typing, c);
            line(out, "plain  " + typing, p);
        }
        double worst = 0;
        int below = 0, belowFive = 0;
        for (int i = 0; i < queries.size(); i++) {
            double d = camket.get(i).r100() - plain.get(i).r100();
            worst = Math.min(worst, d);
            if (d < -0.10) below++;
            if (d < -0.05) belowFive++;
        }
        out.printf("  Recall@100 minus plain: worst query %+.3f; queries more than 0.10 below plain %d/%d (0.05: %d)%n",
                worst, below, queries.size(), belowFive);
    }

    private static void line(PrintStream out, String label, List<Figures> figures) {
        Figures m = mean(figures);
        double plans = figures.stream().filter(Figures::plansIn20).count() / (double) Math.max(1, figures.size());
        out.printf("  %-22s %6.3f %6.3f %6.3f %6.3f %7.3f %8.3f%n", label, m.r10(), m.r20(), m.r100(), m.mrr(), m.ndcg10(), plans);
    }
}
