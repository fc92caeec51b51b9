package vn.camket.web.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import vn.camket.model.Clause;
import vn.camket.model.Plan;
import vn.camket.model.Target;
import vn.camket.model.TaskRow;

/** A plan with its clauses, task rows, targets and source text lines. */
public record PlanView(Plan plan, List<Clause> clauses, List<TaskRow> tasks, List<Target> targets, List<String> sourceLines) {
    /** A restored reading cut short for a table cell (see {@link Readings#clip}). */
    public List<vn.camket.model.Restoration.Segment> clip(vn.camket.model.Restoration r, int max) {
        return Readings.clip(r, max);
    }

    /** Whether the plan's records carry machine-restored readings (an OCR plan): its page offers them. */
    @JsonIgnore
    public boolean restored() {
        return clauses.stream().anyMatch(c -> c.restored() != null) || tasks.stream().anyMatch(t -> t.restored() != null)
                || targets.stream().anyMatch(t -> t.restored() != null);
    }
}
