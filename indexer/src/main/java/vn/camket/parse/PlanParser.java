package vn.camket.parse;

import java.util.ArrayList;
import java.util.List;
import vn.camket.model.Clause;
import vn.camket.model.ParsedPlan;
import vn.camket.model.Plan;
import vn.camket.model.Target;
import vn.camket.model.TaskRow;
import vn.camket.table.HeaderReader;
import vn.camket.table.TableHeader;
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
        // a task table in the body (no "Phụ lục" heading above it): from its header to the body's end
        TableHeader inBody = HEADERS.findHeader(src.lines(), layout.bodyFrom(), layout.bodyTo());
        if (inBody != null && !inBody.isIndicatorTable()) {
            taskRows.addAll(safely(src, "the table at line " + (inBody.fromLine() + 1),
                    () -> tasks.parse(src, plan.id(), new Appendix("", inBody.fromLine(), layout.bodyTo()), year)));
        }
        for (Appendix a : layout.appendices()) {
            String where = "the appendix at line " + (a.from() + 1);
            switch (kindOf(src, a)) {
                case TASKS -> taskRows.addAll(safely(src, where, () -> tasks.parse(src, plan.id(), a, year)));
                case TARGETS -> targetRows.addAll(safely(src, where, () -> targets.fromTable(src, plan.id(), a, year)));
                case OTHER -> { }
            }
        }
        return RecordPages.of(src, new ParsedPlan(plan, body, taskRows, targetRows));
    }

    /**
     * One table's rows; a table the readers fail on (a malformed or truncated one) is reported on
     * standard error and yields nothing, and the rest of the plan is kept.
     */
    private static <T> List<T> safely(SourceText src, String where, java.util.function.Supplier<List<T>> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            System.err.println(src.source() + ": " + where + " could not be read (" + e + "); the rest of the plan is kept");
            return List.of();
        }
    }

    enum TableKind { TASKS, TARGETS, OTHER }

    private static final HeaderReader HEADERS = HeaderReader.bundled();

    /**
     * An appendix's kind, from its table's header (an indicator column and no task column: targets;
     * a task column: tasks) or, where no header reads, from its title: a "Chỉ tiêu" column means targets.
     */
    static TableKind kindOf(SourceText src, Appendix a) {
        TableHeader header = HEADERS.findHeader(src.lines(), a.from(), a.to());
        if (header != null) return header.isIndicatorTable() ? TableKind.TARGETS : TableKind.TASKS;
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
