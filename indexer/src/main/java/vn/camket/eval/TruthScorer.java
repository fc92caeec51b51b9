package vn.camket.eval;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.camket.model.Deadline;
import vn.camket.model.TaskRow;
import vn.camket.text.Fold;

/**
 * Scores one plan's extracted task rows against its true rows: rows paired one to one by
 * {@link RowMatcher}; of the pairs, the lead right when it names the same agencies as one of the
 * truth's alternatives, compared as the agency each is today ({@link ExtractionEvaluator#sameAgencies}),
 * and the deadline right when its normalized form is the truth's (an extracted row without a
 * deadline reads as "unknown").
 */
public final class TruthScorer {
    private static final java.util.regex.Pattern NOT_ALNUM = java.util.regex.Pattern.compile("[^0-9a-z]+");

    private TruthScorer() {}

    /** Scores and, when {@code details} is given, lists the plan's missed, extra and misread rows. */
    public static TruthScore score(String plan, List<TruthRow> truth, List<TaskRow> extracted, PrintStream details) {
        TruthScore s = new TruthScore();
        s.plans = 1;
        s.gold = truth.size();
        s.extracted = extracted.size();
        int[] match = RowMatcher.match(truth.stream().map(TruthRow::task).toList(), extracted.stream().map(TaskRow::task).toList());
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < truth.size(); i++) {
            TruthRow g = truth.get(i);
            String where = plan + " " + g.group() + "/" + g.row();
            if (match[i] < 0) {
                if (details != null) details.println("  missed " + where + ": " + abbreviate(g.task()));
                continue;
            }
            used.add(match[i]);
            s.matched++;
            TaskRow t = extracted.get(match[i]);
            if (sameLead(g.leadAlternatives(), t.lead())) s.leadRight++;
            else if (details != null) details.println("  lead " + where + ": truth " + g.leadAlternatives().getFirst() + " got " + t.lead());
            if (g.deadlineNorm() != null) {
                s.deadlineJudged++;
                String got = normalized(t.deadline());
                if (g.deadlineNorm().equals(got)) s.deadlineRight++;
                else if (details != null) details.println("  deadline " + where + ": truth " + g.deadlineNorm() + " got " + got
                        + " from [" + (t.deadline() == null ? "" : t.deadline().raw()) + "]");
            }
        }
        if (details != null) {
            for (int k = 0; k < extracted.size(); k++) {
                if (!used.contains(k)) details.println("  extra " + plan + " " + extracted.get(k).group() + "/" + extracted.get(k).row() + ": " + abbreviate(extracted.get(k).task()));
            }
        }
        return s;
    }

    static String normalized(Deadline d) {
        return d == null ? Deadline.Kind.unknown.name() : d.normalized();
    }

    /**
     * Right when the extracted lead names the agencies of one alternative, as they are today; or,
     * for a cell that lists several agencies without separators, when its words are the
     * extracted names' words in order.
     */
    static boolean sameLead(List<List<String>> alternatives, List<String> extracted) {
        for (List<String> names : alternatives) {
            if (names.isEmpty()) {
                if (extracted.isEmpty()) return true; // the truth names no lead, nor does the row
                continue;
            }
            if (ExtractionEvaluator.sameAgencies(String.join(";", names), extracted)) return true;
            if (!extracted.isEmpty() && words(String.join(" ", names)).equals(words(String.join(" ", extracted)))) return true;
        }
        return false;
    }

    private static String words(String s) {
        return NOT_ALNUM.matcher(Fold.fold(s)).replaceAll(" ").strip();
    }

    private static String abbreviate(String s) {
        String t = s == null ? "" : s.replace('\n', ' ');
        return t.length() > 90 ? t.substring(0, 90) + "…" : t;
    }
}
