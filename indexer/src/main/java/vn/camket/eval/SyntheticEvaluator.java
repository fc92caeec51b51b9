package vn.camket.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.camket.model.ParsedPlan;
import vn.camket.model.Plan;
import vn.camket.model.TaskRow;
import vn.camket.text.Fold;
import vn.camket.text.PlanFileException;
import vn.camket.text.SourceText;
import vn.camket.text.SourceTextLoader;

/**
 * Parses each plan of a {@link SyntheticSet} with the project's parser, in process, and scores its
 * task rows ({@link TruthScorer}) and its metadata (province, number, date) against the truth. A
 * plan the parser fails on is scored as a plan with no rows and no metadata, and named.
 */
public final class SyntheticEvaluator {
    private final Function<SourceText, ParsedPlan> parser;
    private final SourceTextLoader loader = new SourceTextLoader();

    /** {@code parser} is the project's ({@code PlanParser.withDefaults()::parse}) or any other reader of one plan. */
    public SyntheticEvaluator(Function<SourceText, ParsedPlan> parser) {
        this.parser = parser;
    }

    /** Scores per plan name, then "ALL". {@code details} (may be null) gets every missed, extra or misread row. */
    public Map<String, TruthScore> evaluate(Path setDir, PrintStream details) throws IOException {
        Map<String, TruthScore> out = new LinkedHashMap<>();
        TruthScore all = new TruthScore();
        for (SyntheticSet.Plan p : SyntheticSet.read(setDir)) {
            ParsedPlan parsed = null;
            String failure = null;
            try {
                parsed = parser.apply(loader.load(p.text()));
            } catch (PlanFileException e) {
                failure = e.getMessage();
            } catch (RuntimeException e) {
                failure = "the parser threw " + e;
            }
            List<TaskRow> rows = parsed == null ? List.of() : parsed.tasks();
            TruthScore s = TruthScorer.score(p.name(), p.rows(), rows, details);
            if (failure != null) {
                s.failed = 1;
                if (details != null) details.println("  FAILED " + p.name() + ": " + failure);
            }
            if (p.meta() != null) {
                s.metaChecked = 3;
                s.metaRight = metaRight(p.meta(), parsed == null ? null : parsed.plan(), details, p.name());
            }
            out.put(p.name(), s);
            all.add(s);
        }
        out.put("ALL", all);
        return out;
    }

    /** Province (folded), number (spaces and case aside) and ISO date, each right or not. */
    static int metaRight(SyntheticSet.Meta truth, Plan plan, PrintStream details, String name) {
        if (plan == null) return 0;
        int right = 0;
        if (Fold.fold(truth.province()).equals(Fold.fold(plan.province()))) right++;
        else if (details != null) details.println("  province " + name + ": truth " + truth.province() + " got " + plan.province());
        if (number(truth.number()).equals(number(plan.number()))) right++;
        else if (details != null) details.println("  number " + name + ": truth " + truth.number() + " got " + plan.number());
        if (truth.date().equals(plan.date() == null ? "" : plan.date())) right++;
        else if (details != null) details.println("  date " + name + ": truth " + truth.date() + " got " + plan.date());
        return right;
    }

    private static String number(String n) {
        return n == null ? "" : n.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
    }

    public static void print(Map<String, TruthScore> scores, PrintStream out) {
        out.printf("%-28s %5s %5s %7s %7s %9s %6s %8s %5s%n", "plan", "gold", "found", "matched", "recall", "precision",
                "lead", "deadline", "meta");
        for (var e : scores.entrySet()) {
            TruthScore s = e.getValue();
            out.printf("%-28s %5d %5d %7d %7.3f %9.3f %6.3f %8.3f %5s%s%n", e.getKey(), s.gold, s.extracted, s.matched,
                    s.recall(), s.precision(), s.leadAccuracy(), s.deadlineAccuracy(), s.metaRight + "/" + s.metaChecked,
                    s.failed > 0 ? "  parse FAILED" + (s.plans > 1 ? " on " + s.failed + " plan(s)" : "") : "");
        }
        List<TruthScore> plans = scores.entrySet().stream().filter(e -> !e.getKey().equals("ALL")).map(Map.Entry::getValue).toList();
        if (plans.isEmpty()) return;
        out.printf("worst per plan: recall %.3f, precision %.3f, lead %.3f, deadline %.3f; metadata right %d of %d%n",
                plans.stream().mapToDouble(TruthScore::recall).min().orElse(0),
                plans.stream().mapToDouble(TruthScore::precision).min().orElse(0),
                plans.stream().mapToDouble(TruthScore::leadAccuracy).min().orElse(0),
                plans.stream().mapToDouble(TruthScore::deadlineAccuracy).min().orElse(0),
                scores.get("ALL").metaRight, scores.get("ALL").metaChecked);
    }
}
