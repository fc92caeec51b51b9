package vn.camket.web.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.camket.io.JsonLines;
import vn.camket.model.Clause;
import vn.camket.model.Plan;
import vn.camket.model.Restoration.Segment;
import vn.camket.model.Target;
import vn.camket.model.TaskRow;
import vn.camket.search.Hit;
import vn.camket.search.SearchResponse;
import vn.camket.search.SearchService;
import vn.camket.search.StoredRecord;
import vn.camket.web.config.CamketProperties;

/** What the pages and the API need from the index: searches, exports, records in context, plans. */
@Service
public class PortalService {
    private final SearchService search;
    private final CamketProperties props;

    public PortalService(SearchService search, CamketProperties props) {
        this.search = search;
        this.props = props;
    }

    public SearchResponse search(SearchParams p) {
        SearchResponse r = search.search(p.toRequest());
        if (p.notes().isEmpty()) return r;
        List<String> notes = new ArrayList<>(p.notes());
        notes.addAll(r.notes());
        return new SearchResponse(r.total(), r.page(), r.size(), r.hits(), r.facets(), notes.stream().distinct().toList(), r.indexVersion(), r.facetsApproximate());
    }

    /** Every hit of a search up to the export cap (all pages). */
    public List<Hit> export(SearchParams p) {
        List<Hit> out = new ArrayList<>();
        int size = SearchService.MAX_SIZE;
        for (int page = 1; out.size() < props.exportCap() && (long) page * size <= SearchService.MAX_WINDOW; page++) {
            SearchResponse r = search.search(p.toRequest(page, size));
            out.addAll(r.hits());
            if (r.hits().size() < size) break;
        }
        return out.size() > props.exportCap() ? out.subList(0, props.exportCap()) : out;
    }

    public int exportCap() {
        return Math.min(props.exportCap(), SearchService.MAX_WINDOW);
    }

    public Optional<RecordView> record(String id) {
        Optional<StoredRecord> rec = search.get(id);
        if (rec.isEmpty() || rec.get().type().equals("plan")) return Optional.empty();
        StoredRecord r = rec.get();
        Clause clause = null;
        TaskRow task = null;
        Target target = null;
        String planId;
        switch (r.type()) {
            case "clause" -> { clause = JsonLines.MAPPER.readValue(r.json(), Clause.class); planId = clause.plan(); }
            case "task" -> { task = JsonLines.MAPPER.readValue(r.json(), TaskRow.class); planId = task.plan(); }
            default -> { target = JsonLines.MAPPER.readValue(r.json(), Target.class); planId = target.plan(); }
        }
        Plan plan = plan(planId).orElse(null);
        List<StoredRecord> siblings = search.recordsOfPlan(planId).stream().filter(s -> s.type().equals(r.type())).toList();
        String prev = null, next = null;
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i).id().equals(id)) {
                if (i > 0) prev = siblings.get(i - 1).id();
                if (i + 1 < siblings.size()) next = siblings.get(i + 1).id();
            }
        }
        RecordView draft = new RecordView(id, r.type(), plan, clause, task, target, prev, next, null);
        return Optional.of(new RecordView(id, r.type(), plan, clause, task, target, prev, next, Citations.of(draft)));
    }

    public List<String> suggest(String typed, int count) {
        return search.suggest(typed, count);
    }

    public List<Hit> similar(String id, int size) {
        return search.similar(id, size);
    }

    /** Where lines {@code from}..{@code to} of a plan read from a PDF stand on page {@code page}; empty when not known. */
    public Optional<vn.camket.text.PageBox> linesBox(String planId, int page, int from, int to) {
        return search.linesBox(planId, page, from, to);
    }

    public Optional<Plan> plan(String id) {
        return search.get(id).filter(r -> r.type().equals("plan")).map(r -> JsonLines.MAPPER.readValue(r.json(), Plan.class));
    }

    public Optional<PlanView> planView(String id) {
        Optional<Plan> plan = plan(id);
        if (plan.isEmpty()) return Optional.empty();
        List<Clause> clauses = new ArrayList<>();
        List<TaskRow> tasks = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        for (StoredRecord r : search.recordsOfPlan(id)) {
            switch (r.type()) {
                case "clause" -> clauses.add(JsonLines.MAPPER.readValue(r.json(), Clause.class));
                case "task" -> tasks.add(JsonLines.MAPPER.readValue(r.json(), TaskRow.class));
                default -> targets.add(JsonLines.MAPPER.readValue(r.json(), Target.class));
            }
        }
        List<String> lines = search.sourceText(id).map(t -> List.of(t.split("\r?\n", -1))).orElse(List.of());
        List<List<Segment>> restored = search.restoredSource(id).map(Readings::lines).orElse(List.of());
        return Optional.of(new PlanView(plan.get(), clauses, tasks, targets, lines, restored, search.sourcePages(id)));
    }

    public List<Plan> plans() {
        return search.plans().stream().map(r -> JsonLines.MAPPER.readValue(r.json(), Plan.class)).toList();
    }
}
