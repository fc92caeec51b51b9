package vn.camket.web.service;

import java.util.List;
import vn.camket.model.Clause;
import vn.camket.model.Plan;
import vn.camket.model.Target;
import vn.camket.model.TaskRow;

/** A plan with its clauses, task rows, targets and source text lines. */
public record PlanView(Plan plan, List<Clause> clauses, List<TaskRow> tasks, List<Target> targets, List<String> sourceLines) {}
