package vn.camket.model;

import java.util.List;

/**
 * Everything taken from one plan file. {@code restoredSource}: the machine-restored reading of the
 * whole source text, line for line, for a plan whose text lost its diacritics (null otherwise, or
 * when it could not be made); the printed text stays the text of reference.
 */
public record ParsedPlan(Plan plan, List<Clause> clauses, List<TaskRow> tasks, List<Target> targets, Restoration restoredSource) {
    public ParsedPlan(Plan plan, List<Clause> clauses, List<TaskRow> tasks, List<Target> targets) {
        this(plan, clauses, tasks, targets, null);
    }
}
