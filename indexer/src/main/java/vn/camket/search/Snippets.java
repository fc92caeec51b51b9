package vn.camket.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import vn.camket.index.IndexFields;

/**
 * Highlighting: each hit's best passages of its text, HTML-escaped, the query's words in
 * {@code <mark>} (also where they matched through OCR repair: offsets point at the printed word).
 * A record with a restored reading ({@link IndexFields#RESTORED}) is shown in it, its words marked
 * where they match the query as the printed text's words are.
 */
final class Snippets {
    private Snippets() {}

    /** One snippet per hit (null where the text holds none of the words: the caller shows its opening). */
    static String[] highlight(IndexSearcher searcher, Analyzer analyzer, Query q, ScoreDoc[] slice) throws IOException {
        if (slice.length == 0) return new String[0];
        UnifiedHighlighter uh = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(20_000)
                // every matched word is marked, in or out of a phrase: this keeps offsets read from the
                // postings (strict phrase marking re-analyses each hit's text in memory, the costliest step)
                .withHighlightPhrasesStrictly(false)
                // the restored reading is marked with the words the query matched in the printed text
                .withFieldMatcher(f -> f.equals(IndexFields.TEXT))
                .build();
        TopDocs td = new TopDocs(new TotalHits(slice.length, TotalHits.Relation.EQUAL_TO), slice);
        Map<String, String[]> both = uh.highlightFields(new String[] {IndexFields.TEXT, IndexFields.RESTORED}, q, td, new int[] {2, 2});
        String[] printed = both.get(IndexFields.TEXT), restored = both.get(IndexFields.RESTORED);
        String[] out = new String[slice.length];
        for (int k = 0; k < out.length; k++) {
            // where a record has a restored reading, its snippet is that reading (when the words are found in it)
            String r = restored == null ? null : restored[k];
            out[k] = r != null ? r : printed == null ? null : printed[k];
        }
        return out;
    }
}
