package vn.camket.search;

import java.util.List;
import org.apache.lucene.search.Query;

/**
 * A user's query as Lucene runs it, in two parts, and notes on anything in it that was dropped or
 * repaired. {@code match} decides which records are found and gives each its score by the words:
 * an OR of the query's words (a word weighs by its rarity; no word is required), so that it never
 * finds less than a plain OR of the same words, and a quoted phrase's exact matches rank first.
 * {@code boost}, which may be null, only adds to the score of what {@code match} found: words
 * standing together, exact accents in clean text, the agency a query names; it is run over the
 * best matches only. {@code phrases}, when the query quotes a phrase, finds the passages that hold
 * it as typed (the page says so when they are few). {@code plain} is the query's words as the plain
 * baseline reads them, OR-ed (null when there are none), finding only what {@code match} finds:
 * its ranking is fused with Camket's.
 * {@code collisions} (null unless the user typed diacritics) scores a clean passage by how many of
 * the accented words it holds only folded alike: re-ranking ranks it down for each.
 */
public record ParsedQuery(Query match, Query boost, Query phrases, Query plain, Query collisions, List<String> notes, boolean matchAll) {
    /** The query whose words the snippets mark. */
    public Query query() {
        return match;
    }
}
