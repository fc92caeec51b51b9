package vn.camket.web.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;
import vn.camket.model.Clause;
import vn.camket.model.Plan;
import vn.camket.model.Restoration.Segment;
import vn.camket.model.Target;
import vn.camket.model.TaskRow;
import vn.camket.text.PageStarts;

/**
 * A plan with its clauses, task rows, targets and source text lines; {@code restoredLines}: the
 * source's machine-restored reading line for line (each line's runs, uncertain words apart), empty
 * where the plan has none or it does not match the printed lines one for one; {@code sourcePages}: where each
 * page begins, for a text made from a PDF (empty for a text file).
 */
public record PlanView(Plan plan, List<Clause> clauses, List<TaskRow> tasks, List<Target> targets, List<String> sourceLines,
                       List<List<Segment>> restoredLines, List<PageStarts.Start> sourcePages) {
    public PlanView {
        restoredLines = matched(restoredLines, sourceLines);
        sourcePages = sourcePages == null ? List.of() : List.copyOf(sourcePages);
    }

    public PlanView(Plan plan, List<Clause> clauses, List<TaskRow> tasks, List<Target> targets, List<String> sourceLines,
                    List<List<Segment>> restoredLines) {
        this(plan, clauses, tasks, targets, sourceLines, restoredLines, List.of());
    }

    /** Whether the plan was read from a PDF (its text has pages): its page links to the PDF. */
    @JsonIgnore
    public boolean fromPdf() {
        return !sourcePages.isEmpty();
    }

    /** The page that begins at the given 1-based line of the source, or 0 where none does: the source view marks it. */
    public int pageStartingAt(int line) {
        for (PageStarts.Start s : sourcePages) if (s.line() == line) return s.page();
        return 0;
    }

    /** The restored lines if they stand one for one with the printed ones (blank lines at the end aside), else none. */
    private static List<List<Segment>> matched(List<List<Segment>> restored,
                                                                         List<String> printed) {
        if (restored == null || restored.isEmpty() || restored.size() > printed.size()) return List.of();
        for (int i = restored.size(); i < printed.size(); i++) if (!printed.get(i).isBlank()) return List.of();
        List<List<Segment>> out = new ArrayList<>(restored);
        while (out.size() < printed.size()) out.add(List.of());
        return List.copyOf(out);
    }

    public PlanView(Plan plan, List<Clause> clauses, List<TaskRow> tasks, List<Target> targets, List<String> sourceLines) {
        this(plan, clauses, tasks, targets, sourceLines, List.of());
    }

    /** A restored reading cut short for a table cell (see {@link Readings#clip}). */
    public List<Segment> clip(vn.camket.model.Restoration r, int max) {
        return Readings.clip(r, max);
    }

    /** Whether the plan's records carry machine-restored readings (an OCR plan): its page offers them. */
    @JsonIgnore
    public boolean restored() {
        return !restoredLines.isEmpty() || clauses.stream().anyMatch(c -> c.restored() != null) || tasks.stream().anyMatch(t -> t.restored() != null)
                || targets.stream().anyMatch(t -> t.restored() != null);
    }
}
