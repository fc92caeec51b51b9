package vn.camket.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import vn.camket.analysis.BaselineAnalyzer;
import vn.camket.analysis.Tokens;
import vn.camket.index.IndexBuilder;
import vn.camket.model.Clause;
import vn.camket.model.ParsedPlan;
import vn.camket.model.Target;
import vn.camket.model.TaskRow;
import vn.camket.search.Hit;

/**
 * The figure to beat, outside Camket's search code: the same records (clauses, task rows,
 * targets, each by its own text) in an index of their own, read by Lucene's StandardTokenizer,
 * lower case and ASCII folding, ranked by Lucene's BM25 for a plain OR of the query's words
 * (quotes and OR ignored, excluded words left out). Nothing of Camket's query interpreter,
 * analysis or ranking is used.
 */
public final class PlainBaseline implements AutoCloseable {
    private static final String ID = "id", TEXT = "text", SOURCE = "source", FROM = "from", TO = "to", TYPE = "type", PLAN = "plan";
    private static final Analyzer ANALYZER = new BaselineAnalyzer();

    private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    public PlainBaseline(List<ParsedPlan> plans) throws IOException {
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(ANALYZER))) {
            for (ParsedPlan p : plans) {
                for (Clause c : IndexBuilder.indexedClauses(p)) w.addDocument(doc(c.id(), "clause", p, c.text(), c.source(), c.lines()));
                for (TaskRow t : p.tasks()) w.addDocument(doc(t.id(), "task", p, t.task(), t.source(), t.lines()));
                for (Target t : p.targets()) w.addDocument(doc(t.id(), "target", p, t.indicator(), t.source(), t.lines()));
            }
        }
        reader = DirectoryReader.open(dir);
        searcher = new IndexSearcher(reader);
    }

    private static Document doc(String id, String type, ParsedPlan p, String text, String source, int[] lines) {
        Document d = new Document();
        d.add(new StringField(ID, id, Field.Store.YES));
        d.add(new StoredField(TYPE, type));
        d.add(new StoredField(PLAN, p.plan().id()));
        d.add(new TextField(TEXT, text == null ? "" : text, Field.Store.YES));
        d.add(new StoredField(SOURCE, source == null ? "" : source));
        d.add(new StoredField(FROM, lines == null ? 0 : lines[0]));
        d.add(new StoredField(TO, lines == null ? 0 : lines[1]));
        return d;
    }

    /** The query's words, OR-ed: operators and quotes are not words, an excluded word is not looked for. */
    public static Query query(String typed) {
        List<String> kept = new ArrayList<>();
        for (String unit : (typed == null ? "" : typed).split("\\s+")) {
            if (unit.isEmpty() || unit.startsWith("-") || unit.startsWith("!") || Set.of("OR", "AND", "|", "||", "&&", "+").contains(unit)) continue;
            kept.add(unit);
        }
        Set<String> words = new LinkedHashSet<>(Tokens.of(ANALYZER, TEXT, String.join(" ", kept)));
        if (words.isEmpty()) return new MatchNoDocsQuery();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String w : words) b.add(new TermQuery(new Term(TEXT, w)), Occur.SHOULD);
        return b.build();
    }

    /** The first {@code n} records, best first, as hits (text, source and lines: what scoring needs). */
    public List<Hit> top(String typed, int n) throws IOException {
        List<Hit> out = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(query(typed), n).scoreDocs) {
            Document d = searcher.storedFields().document(sd.doc);
            int[] lines = {d.getField(FROM).numericValue().intValue(), d.getField(TO).numericValue().intValue()};
            out.add(new Hit(d.get(ID), d.get(TYPE), d.get(PLAN), null, null, d.get(SOURCE), lines, null, null, null,
                    d.get(TEXT), null, List.of(), List.of(), null, null, null, sd.score));
        }
        return out;
    }

    /** The ids of every record the query finds. */
    public Set<String> matches(String typed) throws IOException {
        if (ids == null) {
            ids = new String[reader.maxDoc()];
            for (int d = 0; d < ids.length; d++) ids[d] = searcher.storedFields().document(d).get(ID);
        }
        Set<String> out = new HashSet<>();
        Weight w = searcher.createWeight(searcher.rewrite(query(typed)), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer sc = w.scorer(leaf);
            if (sc == null) continue;
            DocIdSetIterator it = sc.iterator();
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) out.add(ids[leaf.docBase + d]);
        }
        return out;
    }

    /** Record ids by document number, read once. */
    private String[] ids;

    @Override
    public void close() throws IOException {
        reader.close();
        dir.close();
    }
}
