package vn.camket.search;

import java.util.List;
import org.apache.lucene.search.Query;

/**
 * A user's query as Lucene runs it, and notes on anything in it that was dropped or repaired.
 * {@code relaxed}, when the query quotes a phrase, also finds passages holding most of the phrase's
 * words near one another (the exact phrase still ranks first): run when the phrase itself finds
 * few passages, as OCR and wording variants ("kinh tế đêm" for "kinh tế ban đêm") hide the rest.
 */
public record ParsedQuery(Query query, List<String> notes, boolean matchAll, Query relaxed) {
    public ParsedQuery(Query query, List<String> notes, boolean matchAll) {
        this(query, notes, matchAll, null);
    }
}
