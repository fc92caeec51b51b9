package vn.camket.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    private static final java.util.Set<String> PLAN_LISTING = java.util.Set.of(IndexFields.ID, IndexFields.JSON);

    static Optional<StoredRecord> get(IndexSnapshot s, String id) throws IOException {
        if (id == null || id.isBlank() || id.length() > 300) return Optional.empty();
        TopDocs td = s.searcher().search(new TermQuery(new Term(IndexFields.ID, id)), 1);
        if (td.scoreDocs.length == 0) return Optional.empty();
        Document d = s.searcher().storedFields().document(td.scoreDocs[0].doc);
        String kind = d.get(IndexFields.KIND);
        String type = "plan".equals(kind) ? "plan" : d.get(IndexFields.TYPE);
        return Optional.of(new StoredRecord(id, type, d.get(IndexFields.JSON)));
    }

    static Optional<String> sourceText(IndexSnapshot s, String planId) throws IOException {
        return planField(s, planId, IndexFields.SOURCE_TEXT);
    }

    /** A plan's restored source text (JSON of a {@code Restoration}), where its text lost its diacritics. */
    static Optional<String> restoredSource(IndexSnapshot s, String planId) throws IOException {
        return planField(s, planId, IndexFields.RESTORED_SOURCE);
    }

    private static Optional<String> planField(IndexSnapshot s, String planId, String field) throws IOException {
        if (planId == null || planId.isBlank() || planId.length() > 300) return Optional.empty();
        TopDocs td = s.searcher().search(new TermQuery(new Term(IndexFields.ID, planId)), 1);
        if (td.scoreDocs.length == 0) return Optional.empty();
        return Optional.ofNullable(s.searcher().storedFields().document(td.scoreDocs[0].doc, java.util.Set.of(field)).get(field));
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
        for (ScoreDoc sd : td.scoreDocs) {
            Document d = s.searcher().storedFields().document(sd.doc);
            out.add(new StoredRecord(d.get(IndexFields.ID), d.get(IndexFields.TYPE), d.get(IndexFields.JSON)));
        }
        return out;
    }
}
