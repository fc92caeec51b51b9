package vn.camket.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import vn.camket.index.IndexFields;
import vn.camket.index.IndexSnapshot;

/** Records and plans read back from the index by id or by plan: what pages show beside a search. */
final class StoredRecords {
    private StoredRecords() {}

    private static final Set<String> PLAN_LISTING = Set.of(IndexFields.ID, IndexFields.JSON);
    /** What a record or plan is read back as: a plan's document also holds its whole source text, which only the text view reads. */
    private static final Set<String> RECORD = Set.of(IndexFields.KIND, IndexFields.TYPE, IndexFields.JSON);

    static Optional<StoredRecord> get(IndexSnapshot s, String id) throws IOException {
        OptionalInt doc = docOf(s, id);
        if (doc.isEmpty()) return Optional.empty();
        Document d = s.searcher().storedFields().document(doc.getAsInt(), RECORD);
        String kind = d.get(IndexFields.KIND);
        String type = "plan".equals(kind) ? "plan" : d.get(IndexFields.TYPE);
        return Optional.of(new StoredRecord(id, type, d.get(IndexFields.JSON)));
    }

    static Optional<String> sourceText(IndexSnapshot s, String planId) throws IOException {
        return planField(s, planId, IndexFields.SOURCE_TEXT);
    }

    /** Where each page of a plan's source text begins ({@code PageStarts}), for a text made from a PDF. */
    static Optional<String> sourcePages(IndexSnapshot s, String planId) throws IOException {
        return planField(s, planId, IndexFields.SOURCE_PAGES);
    }

    /** Where each line of a plan's source text stands on its page ({@code PageBox.encode}), for a text made from a PDF. */
    static Optional<String> sourceBoxes(IndexSnapshot s, String planId) throws IOException {
        return planField(s, planId, IndexFields.SOURCE_BOXES);
    }

    /** A plan's restored source text (JSON of a {@code Restoration}), where its text lost its diacritics. */
    static Optional<String> restoredSource(IndexSnapshot s, String planId) throws IOException {
        return planField(s, planId, IndexFields.RESTORED_SOURCE);
    }

    private static Optional<String> planField(IndexSnapshot s, String planId, String field) throws IOException {
        OptionalInt doc = docOf(s, planId);
        if (doc.isEmpty()) return Optional.empty();
        return Optional.ofNullable(s.searcher().storedFields().document(doc.getAsInt(), Set.of(field)).get(field));
    }

    /** The document of a record or plan by its id (none for an id no record could have). */
    private static OptionalInt docOf(IndexSnapshot s, String id) throws IOException {
        if (id == null || id.isBlank() || id.length() > 300) return OptionalInt.empty();
        TopDocs td = s.searcher().search(new TermQuery(new Term(IndexFields.ID, id)), 1);
        return td.scoreDocs.length == 0 ? OptionalInt.empty() : OptionalInt.of(td.scoreDocs[0].doc);
    }

    static List<StoredRecord> plans(IndexSnapshot s) throws IOException {
        TopDocs td = s.searcher().search(new TermQuery(new Term(IndexFields.KIND, "plan")), 10_000);
        List<StoredRecord> out = new ArrayList<>();
        for (ScoreDoc sd : td.scoreDocs) {
            // only what a listing needs: a plan's document also holds its whole source text, twice for an OCR plan
            Document d = s.searcher().storedFields().document(sd.doc, PLAN_LISTING);
            out.add(new StoredRecord(d.get(IndexFields.ID), "plan", d.get(IndexFields.JSON)));
        }
        return out;
    }

    static List<StoredRecord> ofPlan(IndexSnapshot s, String planId) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.KIND, "record")), Occur.FILTER)
                .add(new TermInSetQuery(IndexFields.PLAN, List.of(new BytesRef(planId))), Occur.FILTER).build();
        TopDocs td = s.searcher().search(q, 100_000, Sort.INDEXORDER);
        List<StoredRecord> out = new ArrayList<>();
        org.apache.lucene.index.StoredFields stored = s.searcher().storedFields();
        for (ScoreDoc sd : td.scoreDocs) {
            Document d = stored.document(sd.doc, Set.of(IndexFields.ID, IndexFields.TYPE, IndexFields.JSON));
            out.add(new StoredRecord(d.get(IndexFields.ID), d.get(IndexFields.TYPE), d.get(IndexFields.JSON)));
        }
        return out;
    }
}
