package vn.camket.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.camket.index.IndexFields;

/**
 * A request's filters, read once: facet values (dimension → values, OR within a dimension, AND
 * across; {@code role} turns the agency filter into lead or coordinating) and due-date limits.
 * Anything it cannot use (an unknown dimension, a bad date or role) is left out with a note.
 */
final class RequestFilters {
    private static final Set<String> FILTER_DIMS = Set.of(IndexFields.TYPE, IndexFields.PROVINCE, IndexFields.PROVINCE_TODAY,
            IndexFields.AGENCY, IndexFields.LEAD, IndexFields.COORDINATING, IndexFields.THEME, IndexFields.DEADLINE, IndexFields.PLAN);
    private static final FacetsConfig CONFIG = IndexFields.facetsConfig();

    private final Map<String, List<String>> drill = new LinkedHashMap<>();
    private final LocalDate dueBy;
    private final LocalDate overdueAsOf;

    RequestFilters(SearchRequest req, List<String> notes) {
        for (Map.Entry<String, List<String>> f : req.filters().entrySet()) {
            String dim = f.getKey();
            if (dim.equals(IndexFields.AGENCY) && "lead".equals(req.role())) dim = IndexFields.LEAD;
            if (dim.equals(IndexFields.AGENCY) && "coordinating".equals(req.role())) dim = IndexFields.COORDINATING;
            if (!FILTER_DIMS.contains(dim)) { notes.add("filter-unknown"); continue; }
            for (String v : f.getValue()) {
                if (v != null && !v.isBlank() && v.length() <= 200) drill.computeIfAbsent(dim, k -> new ArrayList<>()).add(v);
            }
        }
        if (req.role() != null && !req.role().isBlank() && !Set.of("lead", "coordinating").contains(req.role())) notes.add("role-invalid");
        dueBy = date(req.dueBy(), "dueBy-invalid", notes);
        overdueAsOf = date(req.overdueAsOf(), "overdueAsOf-invalid", notes);
    }

    /** Whether any facet value is selected (the drill-sideways counts differ then). */
    boolean drilled() {
        return !drill.isEmpty();
    }

    /**
     * What the filters select, written out the same whatever order they were given in: two
     * requests with equal keys filter alike (the facet counts of a search without words are kept by it).
     */
    String key() {
        java.util.TreeMap<String, java.util.TreeSet<String>> sorted = new java.util.TreeMap<>();
        drill.forEach((dim, values) -> sorted.put(dim, new java.util.TreeSet<>(values)));
        return sorted + "|" + dueBy + "|" + overdueAsOf;
    }

    /** The dimensions with a value selected, in the order they were given. */
    Set<String> dims() {
        return drill.keySet();
    }

    /** The records {@code q} matches within the filters, scored by {@code q}. */
    DrillDownQuery apply(Query q) {
        return apply(q, null);
    }

    /**
     * The records {@code q} matches within every filter but those of dimension {@code without}
     * (null: all of them): what that dimension's other values are counted over.
     */
    DrillDownQuery apply(Query q, String without) {
        BooleanQuery.Builder base = new BooleanQuery.Builder();
        base.add(q, Occur.MUST);
        // records, not plans: every document is one or the other, and excluding the few plans costs
        // less than a filter over nearly every document
        base.add(new TermQuery(new Term(IndexFields.KIND, "plan")), Occur.MUST_NOT);
        if (dueBy != null) base.add(LongPoint.newRangeQuery(IndexFields.DUE, Long.MIN_VALUE, dueBy.toEpochDay()), Occur.FILTER);
        if (overdueAsOf != null) base.add(LongPoint.newRangeQuery(IndexFields.DUE, Long.MIN_VALUE, overdueAsOf.toEpochDay() - 1), Occur.FILTER);
        DrillDownQuery ddq = new DrillDownQuery(CONFIG, base.build());
        drill.forEach((dim, values) -> {
            if (!dim.equals(without)) values.forEach(v -> ddq.add(dim, v));
        });
        return ddq;
    }

    private static LocalDate date(String value, String note, List<String> notes) {
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            notes.add(note);
            return null;
        }
    }
}
