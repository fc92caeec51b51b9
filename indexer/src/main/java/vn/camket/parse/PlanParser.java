package vn.camket.parse;

import java.util.ArrayList;
import java.util.List;
import vn.camket.model.Clause;
import vn.camket.model.ParsedPlan;
import vn.camket.model.Plan;
import vn.camket.model.Target;
import vn.camket.model.TaskRow;
import vn.camket.text.Fold;
import vn.camket.text.SourceText;

/** Parses one plan text into its plan record, clauses, task rows and targets. */
public final class PlanParser {
    private final HeaderParser header;
    private final ClauseParser clauses;
    private final TaskTableParser tasks;
    private final TargetParser targets;

    public PlanParser(HeaderParser header, ClauseParser clauses, TaskTableParser tasks, TargetParser targets) {
        this.header = header;
        this.clauses = clauses;
        this.tasks = tasks;
        this.targets = targets;
    }

    /** A parser with the bundled data files (provinces, agencies, themes, task openers). */
    public static PlanParser withDefaults() {
        ThemeClassifier themes = ThemeClassifier.load();
        AgencyDirectory agencies = AgencyDirectory.load();
        return new PlanParser(new HeaderParser(ProvinceDirectory.load()), new ClauseParser(themes),
                new TaskTableParser(agencies, AgencyDirectory.loadWithCentral(), TaskOpeners.load(), new DeadlineParser(), themes),
                new TargetParser(new TargetValueParser(), agencies, themes));
    }

    public ParsedPlan parse(SourceText src) {
        Plan plan = header.parse(src);
        int[] title = HeaderParser.titleRange(src);
        DocumentLayout layout = DocumentLayout.of(src, title[1]);
        List<Clause> body = clauses.parse(src, plan.id(), layout.bodyFrom(), layout.bodyTo());
        String year = plan.date() == null ? null : plan.date().substring(0, 4);
        List<Target> targetRows = new ArrayList<>(targets.fromClauses(body, plan.id(), src.source(), year));
        List<TaskRow> taskRows = new ArrayList<>();
        for (Appendix a : layout.appendices()) {
            switch (kindOf(src, a)) {
                case TASKS -> taskRows.addAll(tasks.parse(src, plan.id(), a, year));
                case TARGETS -> targetRows.addAll(targets.fromTable(src, plan.id(), a, year));
                case OTHER -> { }
            }
        }
        return new ParsedPlan(plan, body, taskRows, targetRows);
    }

    enum TableKind { TASKS, TARGETS, OTHER }

    /** An appendix's kind, from its title and header: a "Chỉ tiêu" column means targets. */
    static TableKind kindOf(SourceText src, Appendix a) {
        StringBuilder head = new StringBuilder();
        for (int i = a.from(); i < Math.min(a.to(), a.from() + 14); i++) head.append(' ').append(src.lines().get(i));
        String f = Fold.ocrFold(head.toString());
        boolean taskColumn = f.contains("ten nhiem vu") || f.contains("nhiem vu va giai phap")
                || f.contains("noi dung nhiem vu") || f.contains("danh muc cac nhiem vu") || f.contains("nhiem vu cu the");
        if (f.contains("chi tieu") && !taskColumn) return TableKind.TARGETS;
        if (f.contains("nhiem vu")) return TableKind.TASKS;
        return TableKind.OTHER;
    }
}
