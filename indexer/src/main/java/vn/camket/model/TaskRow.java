package vn.camket.model;

import com.fasterxml.jackson.annotation.JsonInclude;
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
        int[] lines,
        /** Machine-restored readings of {@code task}, {@code leadRaw} and {@code result} (OCR plans only; absent otherwise). */
        @JsonInclude(JsonInclude.Include.NON_NULL) Restoration restored,
        @JsonInclude(JsonInclude.Include.NON_NULL) Restoration restoredLead,
        @JsonInclude(JsonInclude.Include.NON_NULL) Restoration restoredResult,
        /** The PDF page the row starts on (plans read from a PDF only; absent for a text file). */
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer page) {

    public TaskRow(String id, String plan, String source, String appendix, String group, String row, String task, List<String> lead,
                   String leadRaw, List<String> coordinating, String coordinatingRaw, String result, Deadline deadline, String note,
                   String theme, int[] lines) {
        this(id, plan, source, appendix, group, row, task, lead, leadRaw, coordinating, coordinatingRaw, result, deadline, note, theme, lines,
                null, null, null, null);
    }

    public TaskRow(String id, String plan, String source, String appendix, String group, String row, String task, List<String> lead,
                   String leadRaw, List<String> coordinating, String coordinatingRaw, String result, Deadline deadline, String note,
                   String theme, int[] lines, Restoration restored, Restoration restoredLead, Restoration restoredResult) {
        this(id, plan, source, appendix, group, row, task, lead, leadRaw, coordinating, coordinatingRaw, result, deadline, note, theme, lines,
                restored, restoredLead, restoredResult, null);
    }

    public TaskRow withRestored(Restoration task, Restoration lead, Restoration result) {
        return new TaskRow(id, plan, source, appendix, group, row, this.task, this.lead, leadRaw, coordinating, coordinatingRaw, this.result,
                deadline, note, theme, lines, task, lead, result, page);
    }

    public TaskRow withPage(Integer p) {
        return new TaskRow(id, plan, source, appendix, group, row, task, lead, leadRaw, coordinating, coordinatingRaw, result, deadline, note,
                theme, lines, restored, restoredLead, restoredResult, p);
    }
}
