package vn.camket.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import tools.jackson.databind.JsonNode;
import vn.camket.index.IndexFields;
import vn.camket.index.IndexSnapshot;
import vn.camket.io.JsonLines;

/**
 * Precedents: the records most like a given one in other provinces' plans, best first, by a
 * MoreLikeThis query over the record's own text (a task finds tasks); each hit's snippet marks
 * the words it shares.
 */
final class SimilarRecords {
    private SimilarRecords() {}

    static List<Hit> of(IndexSnapshot s, String id, int size) throws IOException {
        TopDocs self = s.searcher().search(new TermQuery(new Term(IndexFields.ID, id)), 1);
        if (self.scoreDocs.length == 0) return List.of();
        Document d = s.searcher().storedFields().document(self.scoreDocs[0].doc);
        if (!"record".equals(d.get(IndexFields.KIND)) && d.get(IndexFields.TYPE) == null) return List.of();
        JsonNode rec = JsonLines.MAPPER.readTree(d.get(IndexFields.JSON));
        String type = d.get(IndexFields.TYPE);
        String text = d.get(IndexFields.TEXT);
        JsonNode plan = Hits.storedPlan(s, rec.path("plan").asString(""));
        MoreLikeThis mlt = new MoreLikeThis(s.searcher().getIndexReader());
        mlt.setAnalyzer(s.queryAnalyzer());
        mlt.setFieldNames(new String[] {IndexFields.TEXT});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMaxDocFreqPct(25);
        mlt.setMaxQueryTerms(30);
        mlt.setBoost(true);
        Query like = mlt.like(IndexFields.TEXT, new java.io.StringReader(text == null ? "" : text));
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(like, Occur.MUST)
                .add(new TermQuery(new Term(IndexFields.KIND, "record")), Occur.FILTER)
                .add(new TermQuery(new Term(IndexFields.ID, id)), Occur.MUST_NOT);
        String province = plan.path("province").asString(null);
        if (province != null) q.add(new TermQuery(new Term(IndexFields.PROVINCE, province)), Occur.MUST_NOT);
        if ("task".equals(type)) q.add(new TermQuery(new Term(IndexFields.TYPE_KEY, "task")), Occur.FILTER);
        Query query = q.build();
        TopDocs td = s.searcher().search(query, Math.max(1, Math.min(size, SearchService.MAX_SIZE)));
        String[] snippets = Snippets.highlight(s.searcher(), s.queryAnalyzer(), query, td.scoreDocs);
        List<Hit> out = new ArrayList<>();
        Map<String, JsonNode> plans = new LinkedHashMap<>();
        org.apache.lucene.index.StoredFields stored = s.searcher().storedFields();
        for (int k = 0; k < td.scoreDocs.length; k++) {
            Document hd = Hits.stored(stored, td.scoreDocs[k].doc);
            out.add(Hits.toHit(s, hd, snippets[k], td.scoreDocs[k].score, plans));
        }
        return out;
    }
}
