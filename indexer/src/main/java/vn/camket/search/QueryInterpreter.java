package vn.camket.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.camket.analysis.Tokens;
import vn.camket.index.IndexFields;

/**
 * Reads what people type: plain words, "quoted phrases", -exclusions (of a word or a phrase) and
 * OR between alternatives. Nothing in a query is an error: unbalanced quotes or brackets, lone
 * operators, control characters and overlong input are repaired or dropped, each with a note
 * (a code the portal translates).
 *
 * <p>Vietnamese words span syllables, so besides matching the syllables the query rewards
 * passages holding them together: adjacent query syllables as exact pairs, and all of them
 * within a small window.
 */
public final class QueryInterpreter {
    public static final int MAX_QUERY_CHARS = 500;
    private static final int MAX_TERMS = 32;
    /** Function words: they still score, but a passage need not contain them. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "va", "cua", "cac", "cho", "trong", "voi", "la", "de", "nhung", "duoc", "tai", "theo", "ve", "tren",
            "mot", "so", "nhiem", "vu", "thuc", "hien", "tinh");

    /** A syllable in fewer than 1 % of the records is distinctive ("OCOP", "IOC"): a several-word query requires it. */
    private static final double RARE_SHARE = 0.01;
    private final Analyzer analyzer;
    /** Share of records holding a syllable (0 when unknown): a rare syllable of a query is required. */
    private final java.util.function.ToDoubleFunction<String> rarity;

    public QueryInterpreter(Analyzer analyzer) {
        this(analyzer, w -> 1.0);
    }

    public QueryInterpreter(Analyzer analyzer, java.util.function.ToDoubleFunction<String> share) {
        this.analyzer = analyzer;
        this.rarity = share;
    }

    /** One OR-alternative: its words, phrases and exclusions. */
    private static final class Group {
        final List<String> words = new ArrayList<>();
        final List<List<String>> phrases = new ArrayList<>();
        final List<List<String>> excluded = new ArrayList<>();
        /** Positions of {@link #words} that a record led by the agency the query names satisfies. */
        Map<Integer, Query> byLead = Map.of();

        boolean isEmpty() { return words.isEmpty() && phrases.isEmpty() && excluded.isEmpty(); }
    }

    public ParsedQuery parse(String raw) {
        List<String> notes = new ArrayList<>();
        String q = raw == null ? "" : raw;
        if (q.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
            notes.add("control-characters");
        }
        q = q.replaceAll("[\\p{Cc}\\p{Cf}]+", " ");
        if (q.length() > MAX_QUERY_CHARS) {
            notes.add("too-long");
            q = q.substring(0, MAX_QUERY_CHARS);
        }
        if (q.indexOf('(') >= 0 || q.indexOf(')') >= 0 || q.indexOf('[') >= 0 || q.indexOf(']') >= 0
                || q.indexOf('{') >= 0 || q.indexOf('}') >= 0) {
            long open = q.chars().filter(c -> c == '(' || c == '[' || c == '{').count();
            long close = q.chars().filter(c -> c == ')' || c == ']' || c == '}').count();
            if (open != close) notes.add("brackets-unbalanced");
            q = q.replaceAll("[()\\[\\]{}]", " ");
        }
        List<Group> groups = new ArrayList<>();
        Group g = new Group();
        groups.add(g);
        int i = 0;
        boolean pendingOr = false;
        int terms = 0;
        while (i < q.length()) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) { i++; continue; }
            boolean negative = false;
            if (c == '-' || c == '!') {
                negative = true;
                i++;
                if (i >= q.length() || Character.isWhitespace(q.charAt(i))) { notes.add("lone-operator"); continue; }
                c = q.charAt(i);
            }
            String unit;
            boolean phrase = false;
            if (c == '"' || c == '“' || c == '”') {
                int end = indexOfQuote(q, i + 1);
                if (end < 0) {
                    notes.add("quote-unbalanced");
                    end = q.length();
                }
                unit = q.substring(i + 1, end);
                i = Math.min(q.length(), end + 1);
                phrase = true;
            } else {
                int end = i;
                while (end < q.length() && !Character.isWhitespace(q.charAt(end)) && q.charAt(end) != '"') end++;
                unit = q.substring(i, end);
                i = end;
            }
            if (!phrase && !negative && (unit.equals("OR") || unit.equals("|") || unit.equals("||"))) {
                if (g.isEmpty()) notes.add("lone-operator");
                else pendingOr = true;
                continue;
            }
            if (!phrase && !negative && (unit.equals("AND") || unit.equals("&&") || unit.equals("+"))) continue;
            List<String> tokens = Tokens.of(analyzer, IndexFields.TEXT, unit);
            if (tokens.isEmpty()) continue;
            if (terms + tokens.size() > MAX_TERMS) {
                if (!notes.contains("too-many-terms")) notes.add("too-many-terms");
                continue;
            }
            terms += tokens.size();
            if (pendingOr) {
                g = new Group();
                groups.add(g);
                pendingOr = false;
            }
            if (negative) g.excluded.add(tokens);
            else if (phrase && tokens.size() > 1) g.phrases.add(tokens);
            else g.words.addAll(tokens);
        }
        if (pendingOr) notes.add("lone-operator");
        groups.removeIf(Group::isEmpty);
        if (groups.isEmpty()) return new ParsedQuery(new MatchAllDocsQuery(), notes, true);
        List<String> named = AGENCIES.resolve(q);
        if (groups.size() == 1) groups.getFirst().byLead = leadWords(groups.getFirst().words, q);
        Query main = withAgencyBoost(combine(groups, false), named);
        boolean quoted = groups.stream().anyMatch(each -> !each.phrases.isEmpty());
        return new ParsedQuery(main, notes, false, quoted ? withAgencyBoost(combine(groups, true), named) : null);
    }

    private Query combine(List<Group> groups, boolean relaxPhrases) {
        if (groups.size() == 1) return build(groups.getFirst(), relaxPhrases);
        BooleanQuery.Builder or = new BooleanQuery.Builder();
        for (Group each : groups) or.add(build(each, relaxPhrases), Occur.SHOULD);
        or.setMinimumNumberShouldMatch(1);
        return or.build();
    }

    /**
     * "Sở Nội vụ chủ trì đào tạo …" asks for what that agency leads: the words of its name, and
     * "chủ trì" (leads), are satisfied by a record it leads as well as by the words in the text.
     */
    private Map<Integer, Query> leadWords(List<String> tokens, String q) {
        Map<Integer, Query> out = new HashMap<>();
        int role = java.util.Collections.indexOfSubList(tokens, List.of("chu", "tri"));
        for (Map.Entry<String, String> e : AGENCIES.namedWords(q).entrySet()) {
            List<String> name = new ArrayList<>(Tokens.of(analyzer, IndexFields.TEXT, e.getValue()));
            int at = java.util.Collections.indexOfSubList(tokens, name);
            if (at < 0 || name.isEmpty()) continue;
            Query lead = ledBy(e.getKey());
            for (int k = at; k < at + name.size(); k++) out.put(k, lead);
            if (role >= 0) { out.put(role, lead); out.put(role + 1, lead); }
        }
        return out;
    }

    /** A query that names an agency ("Sở Nội vụ chủ trì …") ranks the records that agency leads first. */
    private static Query withAgencyBoost(Query main, List<String> named) {
        if (named.isEmpty()) return main;
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(main, Occur.MUST);
        for (String a : named) b.add(new BoostQuery(ledBy(a), 3f), Occur.SHOULD);
        return b.build();
    }

    /**
     * Records the agency leads, or the agency that took over its work in the 2025 mergers: a plan
     * written after them names the successor ("Ngân hàng Nhà nước khu vực" for the provincial branch).
     */
    private static Query ledBy(String agency) {
        Query own = new TermQuery(new Term(IndexFields.LEAD_KEY, agency));
        vn.camket.parse.Agency a = AGENCIES.byName(agency);
        if (a == null || a.today().equals(agency)) return own;
        return new DisjunctionMaxQuery(List.of(own, new TermQuery(new Term(IndexFields.LEAD_KEY, a.today()))), 0f);
    }

    private static final vn.camket.parse.AgencyDirectory AGENCIES = vn.camket.parse.AgencyDirectory.load();
    private static final Abbreviations ABBREVIATIONS = Abbreviations.load();

    private static int indexOfQuote(String q, int from) {
        for (int k = from; k < q.length(); k++) {
            char c = q.charAt(k);
            if (c == '"' || c == '“' || c == '”') return k;
        }
        return -1;
    }

    private Query build(Group g, boolean relaxPhrases) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean positive = false;
        if (!g.words.isEmpty()) {
            b.add(words(g.words, g.byLead), Occur.MUST);
            positive = true;
        }
        for (List<String> p : g.phrases) {
            // the words of a quoted phrase must stand close together; exactly together ranks first
            b.add(relaxPhrases ? mostOf(p) : phrase(p, 2), Occur.MUST);
            if (relaxPhrases) b.add(new BoostQuery(phrase(p, 2), EXACT_FIRST), Occur.SHOULD);
            b.add(new BoostQuery(phrase(p, 0), 2f), Occur.SHOULD);
            positive = true;
        }
        for (List<String> x : g.excluded) b.add(x.size() == 1 ? termBoth(x.getFirst()) : phrase(x, 0), Occur.MUST_NOT);
        if (!positive) b.add(new MatchAllDocsQuery(), Occur.MUST);
        return b.build();
    }

    /** In a relaxed search, how much more the phrase itself weighs than its words scattered. */
    private static final float EXACT_FIRST = 8f;

    /** A phrase relaxed: all but one of its words (both of two), the nearer together the better. */
    private static Query mostOf(List<String> p) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String w : p) words.add(termBoth(w), Occur.SHOULD);
        words.setMinimumNumberShouldMatch(Math.max(Math.min(2, p.size()), p.size() - 1));
        return new BooleanQuery.Builder()
                .add(words.build(), Occur.MUST)
                .add(phrase(p, p.size() + 4), Occur.SHOULD)
                .build();
    }

    /** Plain words: most must match (function words need not); syllables standing together score extra. */
    private Query words(List<String> words, Map<Integer, Query> byLead) {
        BooleanQuery.Builder match = new BooleanQuery.Builder();
        int content = 0, clauses = 0;
        List<Query> rare = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            // an abbreviation in the query also finds what it stands for, written out
            Abbreviations.Entry abbr = ABBREVIATIONS.abbreviation(w);
            Query unit;
            if (abbr != null) {
                unit = new BooleanQuery.Builder()
                        .add(termBoth(abbr.abbreviation()), Occur.SHOULD)
                        .add(phrase(abbr.expansion(), 2), Occur.SHOULD)
                        .build();
            } else {
                unit = termBoth(w);
                Query lead = byLead.get(i);
                if (lead != null) unit = new DisjunctionMaxQuery(List.of(unit, new BoostQuery(lead, 1f)), 0f);
                // and the words of a written-out name are each satisfied by its abbreviation, weighted so
                // that the abbreviation counts about as much as one word
                Abbreviations.Entry spelled = ABBREVIATIONS.within(words, i);
                if (spelled != null) {
                    unit = new DisjunctionMaxQuery(List.of(unit,
                            new BoostQuery(termBoth(spelled.abbreviation()), 1f / spelled.expansion().size())), 0f);
                }
            }
            if (abbr != null || !FUNCTION_WORDS.contains(w)) content++;
            match.add(unit, Occur.SHOULD);
            clauses++;
            double share = rarity.applyAsDouble(w);
            // a distinctive word ("OCOP", "IOC") must be there: without it a passage is about something else
            if (words.size() > 1 && share > 0 && share < RARE_SHARE) rare.add(unit);
        }
        int n = Math.max(1, content);
        int min = n <= 2 ? n : n <= 4 ? n - 1 : (int) Math.ceil(n * 0.5);
        match.setMinimumNumberShouldMatch(Math.min(min, clauses));
        if (words.size() == 1) return match.build();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(match.build(), Occur.MUST);
        for (Query unit : rare) b.add(unit, Occur.FILTER);
        for (int k = 0; k + 1 < words.size(); k++) {
            b.add(new BoostQuery(phrase(words.subList(k, k + 2), 0), 1.2f), Occur.SHOULD);
        }
        b.add(new BoostQuery(phrase(words, 2), 1.5f), Occur.SHOULD);
        return b.build();
    }

    /** A syllable in the record's own text, or (weighted lower) in its headings and context. */
    private static Query termBoth(String w) {
        return new DisjunctionMaxQuery(List.of(
                new TermQuery(new Term(IndexFields.TEXT, w)),
                new BoostQuery(new TermQuery(new Term(IndexFields.CONTEXT, w)), 0.3f)), 0.1f);
    }

    private static Query phrase(List<String> tokens, int slop) {
        PhraseQuery.Builder p = new PhraseQuery.Builder();
        for (int k = 0; k < tokens.size(); k++) p.add(new Term(IndexFields.TEXT, tokens.get(k)), k);
        p.setSlop(slop);
        return p.build();
    }
}
