package vn.camket.model;

import java.util.List;

/** Everything taken from one plan file. */
public record ParsedPlan(Plan plan, List<Clause> clauses, List<TaskRow> tasks, List<Target> targets) {}
