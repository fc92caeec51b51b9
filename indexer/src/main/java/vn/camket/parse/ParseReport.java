package vn.camket.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.camket.model.Clause;
import vn.camket.model.ParsedPlan;
import vn.camket.model.Target;
import vn.camket.model.TaskRow;
import vn.camket.text.Fold;
import vn.camket.text.Similarity;
import vn.camket.text.SourceText;

/**
 * What the parse of one plan yielded, so that a failure shows instead of a plan silently empty:
 * tables that gave rows, task rows, target rows, task rows without a lead or a deadline, and
 * warnings. A plan whose text mentions an appendix ("Phụ lục", however the OCR printed it) or a
 * task list but yields no task row is warned about; so is a plan the parser failed on.
 *
 * <p>It is computed from the records and the text only, not from the parser's insides, so it
 * says the same whatever reader produced the rows.
 */
public record ParseReport(String source, int tables, int taskRows, int targetRows, int withoutLead,
                          int withoutDeadline, List<String> warnings) {

    /**
     * Rows of one table lie close together; a gap of more lines than this (a page of prose) between
     * rows means another table.
     */
    static final int TABLE_GAP = 40;
    /** A task table of this genre lists many tasks; fewer rows than this from a plan that announces one is a failure to show. */
    static final int FEW_ROWS = 3;
    private static final String APPENDIX = "phuluc";
    /** Words that announce a list of tasks: a task table's column or a list's title. */
    private static final List<String> TASK_LIST = List.of("ten nhiem vu", "noi dung nhiem vu", "danh muc nhiem vu",
            "danh muc cac nhiem vu", "nhiem vu cu the", "co quan chu tri", "don vi chu tri");

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }

    /** The report of a plan parsed. Never throws: a report that cannot be made is no reason to lose a plan. */
    public static ParseReport of(SourceText text, ParsedPlan plan) {
        try {
            return compute(text, plan);
        } catch (RuntimeException e) {
            return new ParseReport(text.source(), 0, plan.tasks().size(), plan.targets().size(), 0, 0,
                    List.of("report incomplete (" + e + ")"));
        }
    }

    private static ParseReport compute(SourceText text, ParsedPlan plan) {
        List<TaskRow> tasks = plan.tasks();
        int noLead = (int) tasks.stream().filter(t -> t.lead() == null || t.lead().isEmpty()).count();
        int noDeadline = (int) tasks.stream().filter(t -> t.deadline() == null || t.deadline().raw() == null
                || t.deadline().raw().isBlank()).count();
        List<String> warnings = new ArrayList<>();
        if (tasks.size() < FEW_ROWS) {
            int[] appendix = firstAppendixMention(text.lines());
            int list = firstTaskListMention(text.lines());
            String yields = tasks.isEmpty() ? "yields no task rows" : "yields only " + tasks.size() + " task row(s)";
            if (appendix != null) {
                warnings.add("mentions an appendix (line " + (appendix[0] + 1) + ": \"" + around(text.lines().get(appendix[0]), appendix[1])
                        + "\") but " + yields);
            } else if (list >= 0) {
                warnings.add("mentions a task list (line " + (list + 1) + ": \"" + shorten(text.lines().get(list))
                        + "\") but " + yields);
            }
        }
        // every task of a plan's table has a lead and a deadline column: most rows lacking one means columns misread
        if (!tasks.isEmpty() && noLead * 2 > tasks.size()) warnings.add(noLead + " of " + tasks.size() + " task rows without a lead");
        if (!tasks.isEmpty() && noDeadline * 2 > tasks.size()) warnings.add(noDeadline + " of " + tasks.size() + " task rows without a deadline");
        return new ParseReport(text.source(), tables(plan), tasks.size(), plan.targets().size(), noLead, noDeadline,
                List.copyOf(warnings));
    }

    /** The report of a plan the parser failed on: nothing yielded, and why. */
    public static ParseReport failed(String source, String reason) {
        return new ParseReport(source, 0, 0, 0, 0, 0, List.of("could not be parsed (" + reason + "): no records"));
    }

    /**
     * Tables that yielded rows: the line spans of task rows and of targets outside the prose
     * (a target inside a clause is a bullet, not a table row), merged where rows of one kind
     * follow each other within {@link #TABLE_GAP} lines.
     */
    static int tables(ParsedPlan plan) {
        List<int[]> clauses = plan.clauses().stream().map(Clause::lines).filter(l -> l != null && l.length > 0).toList();
        // {from, to, kind}: kind tells targets (-1) from task rows, whose appendix also tells one table from another
        List<String> appendices = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (TaskRow t : plan.tasks()) {
            if (!valid(t.lines())) continue;
            String a = t.appendix() == null ? "" : t.appendix();
            if (!appendices.contains(a)) appendices.add(a);
            spans.add(new int[] {t.lines()[0], last(t.lines()), appendices.indexOf(a)});
        }
        for (Target t : plan.targets()) {
            if (valid(t.lines()) && clauses.stream().noneMatch(c -> c[0] <= t.lines()[0] && t.lines()[0] <= last(c))) {
                spans.add(new int[] {t.lines()[0], last(t.lines()), -1});
            }
        }
        spans.sort(Comparator.comparingInt((int[] s) -> s[0]));
        int tables = 0, end = Integer.MIN_VALUE, kind = Integer.MIN_VALUE;
        for (int[] s : spans) {
            if (s[2] != kind || s[0] - end > TABLE_GAP) {
                tables++;
                kind = s[2];
                end = s[1];
            } else {
                end = Math.max(end, s[1]);
            }
        }
        return tables;
    }

    private static boolean valid(int[] lines) {
        return lines != null && lines.length > 0;
    }

    private static int last(int[] lines) {
        return lines[lines.length - 1];
    }

    /**
     * The first line naming an appendix: its letters, OCR-folded and run together (so that "P h u
     * l u c" and "Phu luc |1" read alike), hold "phuluc" within one letter's slip ("Phy luc").
     */
    static int[] firstAppendixMention(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String folded = Fold.ocrFold(lines.get(i));
            StringBuilder letters = new StringBuilder();
            List<Integer> at = new ArrayList<>(); // where in the folded line each letter stands
            for (int c = 0; c < folded.length(); c++) {
                if (folded.charAt(c) >= 'a' && folded.charAt(c) <= 'z') {
                    letters.append(folded.charAt(c));
                    at.add(c);
                }
            }
            for (int k = 0; k + APPENDIX.length() <= letters.length(); k++) {
                if (letters.charAt(k) == 'p' && Similarity.levenshtein(letters.substring(k, k + APPENDIX.length()), APPENDIX) <= 1) {
                    return new int[] {i, at.get(k)};
                }
            }
        }
        return null;
    }

    /** Some forty characters of a line from about {@code at} (folding keeps a line's length near enough). */
    private static String around(String line, int at) {
        int from = Math.max(0, Math.min(at, line.length()) - 10);
        String s = line.substring(from, Math.min(line.length(), from + 50)).strip();
        return (from > 0 ? "…" : "") + s + (from + 50 < line.length() ? "…" : "");
    }

    /** The first line announcing a list of tasks (a task table's header words, a list's title). */
    static int firstTaskListMention(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String f = Fold.ocrFold(lines.get(i)).replaceAll("[^a-z ]", " ").replaceAll(" +", " ");
            for (String w : TASK_LIST) if (f.contains(w)) return i;
        }
        return -1;
    }

    private static String shorten(String line) {
        String s = line.strip();
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
