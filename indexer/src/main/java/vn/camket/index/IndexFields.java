package vn.camket.index;

import org.apache.lucene.facet.FacetsConfig;

/** Field and facet names of the Camket index, and the facet configuration shared by writer and searcher. */
public final class IndexFields {
    private IndexFields() {}

    public static final String ID = "id";
    /** "record" for clauses, tasks and targets; "plan" for the plan documents. */
    public static final String KIND = "kind";
    public static final String TEXT = "text";
    public static final String CONTEXT = "context";
    /**
     * The record's text as the plain baseline reads it (standard tokenizer, lower case, ASCII
     * folding): retrieval ORs these words in, so Camket never finds less than plain folding does.
     */
    public static final String PLAIN = "plain";
    /** The record's text with its diacritics kept ({@code AccentAnalyzer}): exact-accent matches rank first in clean text. */
    public static final String EXACT = "exact";
    /** "yes" on a record whose diacritics can be trusted (clean text, not OCR): only there does an accent decide. */
    public static final String ACCENTS_TRUSTED = "accentsTrusted";
    public static final String JSON = "json";
    /**
     * The machine-restored reading of an OCR record's text (stored, with offsets): search snippets
     * are highlighted in it. It is not searched: retrieval reads the printed text, as before.
     */
    public static final String RESTORED = "restored";
    public static final String SOURCE_TEXT = "sourceText";
    /** Where each page of a plan's text made from a PDF begins ({@code PageStarts}, "1:1 2:57"); absent for a text file. */
    public static final String SOURCE_PAGES = "sourcePages";
    /** Where each line of a plan's text made from a PDF stands on its page ({@code PageBox.encode}); absent for a text file. */
    public static final String SOURCE_BOXES = "sourceBoxes";
    /** A plan's machine-restored source text, line for line (JSON of a {@code Restoration}), for a plan that lost its diacritics. */
    public static final String RESTORED_SOURCE = "restoredSource";
    public static final String PLAN_DATE = "planDate";
    public static final String DUE = "due";
    public static final String DUE_SORT = "dueSort";
    public static final String DEADLINE_KIND = "deadlineKind";
    /** The year a record is due (a task's deadline, the end of its period; a target's horizon) as a keyword: a year typed in a query is satisfied by it. */
    public static final String DUE_YEAR = "dueYear";
    /** Lead agencies (and today's names of merged ones) as keywords: a query naming an agency ranks its tasks first. */
    public static final String LEAD_KEY = "leadKey";
    /** "yes" on a section's title (a clause with sub-clauses that is a title, not a sentence): it ranks below what it heads. */
    public static final String SECTION_TITLE = "sectionTitle";
    /** The record's plan as a doc value: re-ranking reads it to give every plan a place near the top. */
    public static final String PLAN_KEY = "planKey";
    /** The record type as an indexed keyword (the facet of the same meaning is {@link #TYPE}). */
    public static final String TYPE_KEY = "typeKey";

    // facet dimensions; the same names are the stored/filter fields and the API parameters
    public static final String TYPE = "type";
    public static final String PLAN = "plan";
    public static final String PROVINCE = "province";
    public static final String PROVINCE_TODAY = "provinceToday";
    public static final String AGENCY = "agency";
    public static final String LEAD = "lead";
    public static final String COORDINATING = "coordinating";
    public static final String THEME = "theme";
    public static final String DEADLINE = "deadline";

    public static final String[] DIMENSIONS = {TYPE, PROVINCE, PROVINCE_TODAY, AGENCY, LEAD, COORDINATING, THEME, DEADLINE, PLAN};

    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : new String[] {AGENCY, LEAD, COORDINATING, DEADLINE}) config.setMultiValued(dim, true);
        return config;
    }
}
