package vn.camket.web.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import vn.camket.model.Clause;
import vn.camket.model.Restoration;
import vn.camket.model.Plan;
import vn.camket.model.Target;
import vn.camket.model.TaskRow;

/** A record with its plan and its neighbours in the plan (for the record page). Exactly one of clause, task, target is set. */
public record RecordView(String id, String type, Plan plan, Clause clause, TaskRow task, Target target,
                         String previousId, String nextId, String citation) {

    public int[] lines() {
        return clause != null ? clause.lines() : task != null ? task.lines() : target.lines();
    }

    public String text() {
        return clause != null ? clause.text() : task != null ? task.task() : target.indicator();
    }

    /** The machine-restored reading of {@link #text()} (OCR plans), or null where the printed text is readable. */
    @JsonIgnore
    public Restoration restored() {
        return clause != null ? clause.restored() : task != null ? task.restored() : target.restored();
    }

    /** The PDF page the record starts on (plans read from a PDF), or null for a text file; in the API beside the record. */
    @JsonProperty("page")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public Integer page() {
        return clause != null ? clause.page() : task != null ? task.page() : target.page();
    }

    public List<String> lead() {
        return task != null ? task.lead() : target != null ? target.lead() : List.of();
    }
}
