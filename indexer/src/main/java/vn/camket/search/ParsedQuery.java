package vn.camket.search;

import java.util.List;
import org.apache.lucene.search.Query;

/** A user's query as Lucene runs it, and notes on anything in it that was dropped or repaired. */
public record ParsedQuery(Query query, List<String> notes, boolean matchAll) {}
