package vn.camket.model;

import java.util.List;

/** One row of a task table: the task, who leads it, who helps, what it yields and by when. */
public record TaskRow(
        String id,
        String plan,
        String source,
        String appendix,
        String group,
        String row,
        String task,
        List<String> lead,
        String leadRaw,
        List<String> coordinating,
        String coordinatingRaw,
        String result,
        Deadline deadline,
        String note,
        String theme,
        int[] lines) {}
