package vn.camket.index;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import vn.camket.analysis.AccentedText;
import vn.camket.io.JsonLines;
import vn.camket.model.Clause;
import vn.camket.model.Deadline;
import vn.camket.model.Plan;
import vn.camket.model.Restoration;
import vn.camket.model.Target;
import vn.camket.model.TaskRow;
import vn.camket.parse.AgencyDirectory;
import vn.camket.parse.Agency;
import vn.camket.text.PageBox;
import vn.camket.text.PageStarts;

/**
 * Turns records into Lucene documents: the searchable text (with offsets, for highlighting),
 * facet values, sort values, and the whole record as JSON so a result renders from the index alone.
 */
public final class RecordDocuments {
    /** Analyzed text with positions and offsets: phrase queries and the highlighter need both. */
    static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);
    /** Plain words: frequencies for BM25, no positions (retrieval only, never phrases). */
    static final FieldType PLAIN_WORDS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
        PLAIN_WORDS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        PLAIN_WORDS.setOmitNorms(false);
        PLAIN_WORDS.freeze();
    }

    private final AgencyDirectory agencies;

    public RecordDocuments(AgencyDirectory agencies) {
        this.agencies = agencies;
    }

    public Document plan(Plan p, String sourceText) {
        return plan(p, sourceText, null);
    }

    /** A plan's document: its metadata, its source text and, for a plan that lost its diacritics, the source's restored reading. */
    public Document plan(Plan p, String sourceText, Restoration restoredSource) {
        return plan(p, sourceText, restoredSource, List.of());
    }

    /** A plan's document, with where each page of its source text begins when the text was made from a PDF. */
    public Document plan(Plan p, String sourceText, Restoration restoredSource, List<PageStarts.Start> pages) {
        return plan(p, sourceText, restoredSource, pages, List.of());
    }

    /** A plan's document, with its pages' beginnings and its lines' boxes on them when the text was made from a PDF. */
    public Document plan(Plan p, String sourceText, Restoration restoredSource, List<PageStarts.Start> pages, List<PageBox> boxes) {
        Document d = new Document();
        d.add(new StringField(IndexFields.ID, p.id(), Field.Store.YES));
        d.add(new StringField(IndexFields.KIND, "plan", Field.Store.YES));
        d.add(new StoredField(IndexFields.JSON, JsonLines.MAPPER.writeValueAsString(p)));
        d.add(new StoredField(IndexFields.SOURCE_TEXT, sourceText));
        if (restoredSource != null) d.add(new StoredField(IndexFields.RESTORED_SOURCE, JsonLines.MAPPER.writeValueAsString(restoredSource)));
        if (!pages.isEmpty()) d.add(new StoredField(IndexFields.SOURCE_PAGES, PageStarts.encode(pages)));
        if (!boxes.isEmpty()) d.add(new StoredField(IndexFields.SOURCE_BOXES, PageBox.encode(boxes)));
        return d;
    }

    public Document clause(Clause c, Plan p) {
        return clause(c, p, List.of());
    }

    /** A clause, told from the title of a section when the plan's other clauses ({@code planClauses}) are given. */
    public Document clause(Clause c, Plan p, List<Clause> planClauses) {
        Document d = common(c.id(), "clause", p, c.text(), String.join(" / ", c.headings()), c.theme(), c);
        addRestored(d, c.restored());
        Agency answering = headingAgency(c);
        if (answering != null) for (String n : withToday(answering.name())) d.add(new StringField(IndexFields.LEAD_KEY, n, Field.Store.NO));
        if (isSectionTitle(c, planClauses)) d.add(new StringField(IndexFields.SECTION_TITLE, "yes", Field.Store.NO));
        return d;
    }

    /**
     * "4. Thu hút và trọng dụng nhân lực chất lượng cao …" over its points a), b), c): a clause with
     * sub-clauses whose text is a title, not a sentence ending in a full stop. Its words stand in
     * its sub-clauses' context already, and a reader wants the points, not the title.
     */
    static boolean isSectionTitle(Clause c, List<Clause> planClauses) {
        if (c.text().strip().endsWith(".")) return false;
        List<String> path = c.path();
        return planClauses.stream().anyMatch(o -> o.source().equals(c.source()) && o.path().size() > path.size()
                && o.path().subList(0, path.size()).equals(path));
    }

    private static final java.util.regex.Pattern NUMBERING = java.util.regex.Pattern.compile("^\\s*(?:[0-9IVXivx]{1,4}|[a-zđ])[.)]\\s*");

    /**
     * The agency a clause is the task of: where a plan's implementation section gives each agency a
     * heading of its own ("5. Sở Nội vụ" over "- Phối hợp với Sở Khoa học … xây dựng kế hoạch đào tạo …"),
     * the agency that opens the clause's nearest heading.
     */
    private Agency headingAgency(Clause c) {
        if (c.headings() == null || c.headings().isEmpty()) return null;
        // every clause under a heading asks again, and plans of one genre share their headings:
        // read each heading once (the fuzzy agency match is the costliest step of a build)
        return headingAgencies.computeIfAbsent(c.headings().getLast(),
                h -> java.util.Optional.ofNullable(agencies.opening(NUMBERING.matcher(h).replaceFirst("")))).orElse(null);
    }

    /** Headings read so far, and the agency each opens with (none: empty); shared by the build's threads. */
    private final java.util.Map<String, java.util.Optional<Agency>> headingAgencies = new java.util.concurrent.ConcurrentHashMap<>();

    public Document task(TaskRow t, Plan p) {
        // the row's other cells say what the task is about too: who does it, what it yields, when it is due
        // ("nhiệm vụ hoàn thành năm 2025" asks for rows whose deadline cell says so)
        String context = cells(t.group(), String.join(" ", t.lead()), t.coordinatingRaw(), t.result(),
                t.deadline() == null ? null : t.deadline().raw());
        Document d = common(t.id(), "task", p, t.task(), context, t.theme(), t);
        addRestored(d, t.restored());
        Set<String> all = new LinkedHashSet<>();
        for (String a : t.lead()) {
            d.add(new SortedSetDocValuesFacetField(IndexFields.LEAD, a));
            for (String n : withToday(a)) d.add(new StringField(IndexFields.LEAD_KEY, n, Field.Store.NO));
            all.addAll(withToday(a));
        }
        for (String a : t.coordinating()) {
            d.add(new SortedSetDocValuesFacetField(IndexFields.COORDINATING, a));
            all.addAll(withToday(a));
        }
        for (String a : all) d.add(new SortedSetDocValuesFacetField(IndexFields.AGENCY, a));
        addDeadline(d, t.deadline());
        return d;
    }

    public Document target(Target t, Plan p) {
        // a target's row: its unit, value, horizon ("chỉ tiêu đến năm 2030") and lead are its context
        Document d = common(t.id(), "target", p, t.indicator(),
                cells(t.unit(), t.value() == null ? null : t.value().raw(), t.horizon(), String.join(" ", t.lead())), t.theme(), t);
        addRestored(d, t.restored());
        for (String a : t.lead()) {
            d.add(new SortedSetDocValuesFacetField(IndexFields.LEAD, a));
            for (String n : withToday(a)) {
                d.add(new SortedSetDocValuesFacetField(IndexFields.AGENCY, n));
                d.add(new StringField(IndexFields.LEAD_KEY, n, Field.Store.NO));
            }
        }
        if (t.horizon() != null && t.horizon().matches("\\d{4}")) {
            addDeadline(d, new Deadline(t.horizon(), Deadline.Kind.dated, t.horizon(), null, null));
        } else {
            d.add(new NumericDocValuesField(IndexFields.DUE_SORT, Long.MAX_VALUE));
        }
        return d;
    }

    /** A row's cells as one context text, the empty ones left out. */
    private static String cells(String... cells) {
        StringBuilder out = new StringBuilder();
        for (String c : cells) if (c != null && !c.isBlank()) out.append(out.isEmpty() ? "" : " ").append(c);
        return out.toString();
    }

    /** The restored reading, for snippets (the JSON carries it for pages and the API). */
    private static void addRestored(Document d, Restoration r) {
        if (r != null && !r.text().isEmpty()) d.add(new Field(IndexFields.RESTORED, r.text(), TEXT_WITH_OFFSETS));
    }

    /** An agency's name and, for a merged one, the agency it belongs to today: searching either finds both. */
    private List<String> withToday(String name) {
        List<String> out = new ArrayList<>(List.of(name));
        Agency a = agencies.byName(name);
        if (a != null && !a.today().equals(name)) out.add(a.today());
        return out;
    }

    private Document common(String id, String type, Plan p, String text, String context, String theme, Object record) {
        Document d = new Document();
        d.add(new StringField(IndexFields.ID, id, Field.Store.YES));
        d.add(new StringField(IndexFields.KIND, "record", Field.Store.NO));
        d.add(new Field(IndexFields.TEXT, text == null ? "" : text, TEXT_WITH_OFFSETS));
        d.add(new TextField(IndexFields.CONTEXT, context == null ? "" : context, Field.Store.NO));
        d.add(new Field(IndexFields.PLAIN, text == null ? "" : text, PLAIN_WORDS));
        d.add(new TextField(IndexFields.EXACT, text == null ? "" : text, Field.Store.NO));
        if (AccentedText.trusted(text)) d.add(new StringField(IndexFields.ACCENTS_TRUSTED, "yes", Field.Store.NO));
        d.add(new StoredField(IndexFields.JSON, JsonLines.MAPPER.writeValueAsString(record)));
        d.add(new SortedSetDocValuesFacetField(IndexFields.TYPE, type));
        d.add(new StoredField(IndexFields.TYPE, type));
        d.add(new StringField(IndexFields.TYPE_KEY, type, Field.Store.NO));
        d.add(new StringField(IndexFields.PLAN, p.id(), Field.Store.NO));
        d.add(new SortedDocValuesField(IndexFields.PLAN_KEY, new BytesRef(p.id())));
        d.add(new SortedSetDocValuesFacetField(IndexFields.PLAN, p.id()));
        if (p.province() != null) {
            d.add(new SortedSetDocValuesFacetField(IndexFields.PROVINCE, p.province()));
            d.add(new StringField(IndexFields.PROVINCE, p.province(), Field.Store.NO));
        }
        if (p.provinceToday() != null) d.add(new SortedSetDocValuesFacetField(IndexFields.PROVINCE_TODAY, p.provinceToday()));
        if (theme != null) d.add(new SortedSetDocValuesFacetField(IndexFields.THEME, theme));
        long planDate = p.date() == null ? 0 : LocalDate.parse(p.date()).toEpochDay();
        d.add(new NumericDocValuesField(IndexFields.PLAN_DATE, planDate));
        return d;
    }

    /** The deadline facet's values of a deadline: its kind, then its year and month, or the end of its period. */
    public static List<String> deadlineFacetValues(Deadline dl) {
        if (dl == null) return List.of(Deadline.Kind.unknown.name());
        List<String> values = new ArrayList<>(List.of(dl.kind().name()));
        if (dl.kind() == Deadline.Kind.dated && dl.date() != null) {
            values.add(dl.date().substring(0, 4));
            if (dl.date().length() >= 7) values.add(dl.date().substring(0, 7));
        } else if (dl.kind() == Deadline.Kind.period && dl.to() != null) {
            values.add(dl.to());
        }
        return values;
    }

    /**
     * Deadline facets (year, month or quarter, kind) and the due day used for sorting and for
     * "due by"/"overdue as of" filters: the last day of the due month, quarter, year or period.
     */
    private static void addDeadline(Document d, Deadline dl) {
        Deadline.Kind kind = dl == null ? Deadline.Kind.unknown : dl.kind();
        for (String v : deadlineFacetValues(dl)) d.add(new SortedSetDocValuesFacetField(IndexFields.DEADLINE, v));
        d.add(new StringField(IndexFields.DEADLINE_KIND, kind.name(), Field.Store.NO));
        LocalDate due = dl == null ? null : dueDay(dl);
        if (due != null) {
            d.add(new LongPoint(IndexFields.DUE, due.toEpochDay()));
            d.add(new StringField(IndexFields.DUE_YEAR, String.valueOf(due.getYear()), Field.Store.NO));
            d.add(new NumericDocValuesField(IndexFields.DUE_SORT, due.toEpochDay()));
        } else {
            d.add(new NumericDocValuesField(IndexFields.DUE_SORT, Long.MAX_VALUE));
        }
    }

    static LocalDate dueDay(Deadline dl) {
        try {
            if (dl.kind() == Deadline.Kind.period && dl.to() != null) return LocalDate.of(Integer.parseInt(dl.to()), 12, 31);
            if (dl.kind() != Deadline.Kind.dated || dl.date() == null) return null;
            String s = dl.date();
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(s);
            if (s.matches("\\d{4}-\\d{2}")) return YearMonth.parse(s).atEndOfMonth();
            if (s.matches("\\d{4}-Q[1-4]")) return YearMonth.of(Integer.parseInt(s.substring(0, 4)), 3 * (s.charAt(6) - '0')).atEndOfMonth();
            if (s.matches("\\d{4}")) return LocalDate.of(Integer.parseInt(s), 12, 31);
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }
}
