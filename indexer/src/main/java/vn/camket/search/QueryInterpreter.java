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
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import vn.camket.analysis.AccentAnalyzer;
import vn.camket.analysis.BaselineAnalyzer;
import vn.camket.analysis.Tokens;
import vn.camket.index.IndexFields;
import vn.camket.text.Fold;

/**
 * Reads what people type: plain words, "quoted phrases", -exclusions (of a word or a phrase) and
 * OR between alternatives. Nothing in a query is an error: unbalanced quotes or brackets, lone
 * operators, control characters and overlong input are repaired or dropped, each with a note
 * (a code the portal translates).
 *
 * <p>Recall first, precision by ranking: what a query finds is the OR of its words (each also in
 * its plain form, as the baseline reads it, and unrepaired), so adding a word never loses a
 * passage and a rare word weighs more by its rarity instead of being required. How they rank is
 * the boost part: Vietnamese words span syllables, so passages holding the query's syllables
 * together (adjacent pairs exactly, all of them within a small window) rank higher, and where the
 * user typed diacritics, a clean passage holding a word only as a folding collision ("kỹ năng
 * số" for "chữ ký số") is ranked down.
 */
public final class QueryInterpreter {
    public static final int MAX_QUERY_CHARS = 500;
    private static final int MAX_TERMS = 32;
    /** What a quoted phrase held as typed adds: more than any words can, so those passages come first. */
    static final float PHRASE_FIRST = 1000f;
    /** What a record's own field named by the query (its lead agency, the year it is due) adds to its rank. */
    private static final float NAMED_FIELD = 3f;
    /** How much the plain (baseline) form of the words adds: enough to be found, little to rank. */
    private static final float PLAIN_WEIGHT = 0.1f;
    private static final Analyzer PLAIN = new BaselineAnalyzer();
    /** Function words: they score, but do not count towards holding most of the query's words. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "va", "cua", "cac", "cho", "trong", "voi", "la", "de", "nhung", "duoc", "tai", "theo", "ve", "tren",
            "mot", "so", "nhiem", "vu", "thuc", "hien", "tinh");
    private static final Analyzer ACCENT = new AccentAnalyzer();
    /** A year of the plans' horizon, as a query word. */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(19|20)\\d\\d");
    private final Analyzer analyzer;
    private final RankingWeights weights;
    private final OcrVariants variants;
    /** The bundled abbreviations and those the indexed corpus defines. */
    private final Abbreviations abbreviations;

    /** Without the index's OCR forms of the words (the query's own terms only). */
    public QueryInterpreter(Analyzer analyzer) {
        this(analyzer, RankingWeights.DEFAULT, OcrVariants.NONE);
    }

    public QueryInterpreter(Analyzer analyzer, RankingWeights weights) {
        this(analyzer, weights, OcrVariants.NONE);
    }

    QueryInterpreter(Analyzer analyzer, RankingWeights weights, OcrVariants variants) {
        this.analyzer = analyzer;
        this.weights = weights;
        this.variants = variants;
        this.abbreviations = analyzer instanceof vn.camket.analysis.VietnameseAnalyzer va
                ? ABBREVIATIONS.with(va.model().acronyms()) : ABBREVIATIONS;
    }

    /** The interpreter searches use on an index: its analyzer, and each word also in its OCR forms found in that index. */
    public static QueryInterpreter of(vn.camket.index.IndexSnapshot s, RankingWeights weights) {
        return new QueryInterpreter(s.queryAnalyzer(), weights, OcrVariants.of(s.searcher().getIndexReader(), s.queryAnalyzer()));
    }

    /**
     * One syllable of the query: as Camket's analysis reads it ({@code term}, OCR-repaired), as
     * typed but folded ({@code printed}), and with its accents when the user typed any ({@code accented}, else null).
     */
    record Word(String term, String printed, String accented) {}

    /** One OR-alternative: its words, phrases and exclusions. */
    private static final class Group {
        final List<Word> words = new ArrayList<>();
        final List<List<Word>> phrases = new ArrayList<>();
        /** Every positive word of the alternative as the plain baseline reads it. */
        final List<String> plain = new ArrayList<>();
        final List<List<String>> excluded = new ArrayList<>();
        /** Positions of {@link #words} that a record's own field satisfies: its lead (an agency the query names), its due year (a year it names). */
        Map<Integer, Query> byField = Map.of();

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
            if (negative) {
                g.excluded.add(tokens);
                continue;
            }
            List<Word> unitWords = words(unit, tokens);
            g.plain.addAll(Tokens.of(PLAIN, IndexFields.PLAIN, unit));
            if (phrase && tokens.size() > 1) g.phrases.add(unitWords);
            else g.words.addAll(unitWords);
        }
        if (pendingOr) notes.add("lone-operator");
        groups.removeIf(Group::isEmpty);
        if (groups.isEmpty()) return new ParsedQuery(new MatchAllDocsQuery(), null, null, null, null, notes, true);
        List<String> named = AGENCIES.resolve(q);
        if (groups.size() == 1) groups.getFirst().byField = leadWords(groups.getFirst().words, q);
        for (Group each : groups) each.byField = withDueWords(each.words, each.byField);
        BooleanQuery.Builder match = new BooleanQuery.Builder(), boost = new BooleanQuery.Builder(), phrases = new BooleanQuery.Builder();
        boolean quoted = false, boosted = false;
        for (Group each : groups) {
            match.add(match(each), groups.size() == 1 ? Occur.MUST : Occur.SHOULD);
            Query b = boost(each);
            if (b != null) { boost.add(b, Occur.SHOULD); boosted = true; }
            for (List<Word> p : each.phrases) { phrases.add(phrase(terms(p), 2), Occur.SHOULD); quoted = true; }
        }
        // a query that names an agency ("Sở Nội vụ chủ trì …") ranks the records that agency leads first
        for (String a : named) { boost.add(new BoostQuery(ledBy(a), NAMED_FIELD), Occur.SHOULD); boosted = true; }
        // a query that names a year ("nhiệm vụ hoàn thành năm 2025") ranks what is due that year first, as it does an agency's
        for (String y : years(groups)) { boost.add(new BoostQuery(new TermQuery(new Term(IndexFields.DUE_YEAR, y)), NAMED_FIELD), Occur.SHOULD); boosted = true; }
        java.util.Set<String> plainWords = new java.util.LinkedHashSet<>();
        for (Group each : groups) plainWords.addAll(each.plain);
        Query matched = match.build(), plain = plainOr(plainWords);
        // every plain word is a clause of its alternative's match, so the plain words find only what
        // the match finds, unless an alternative excludes something: then they are held within it
        if (plain != null && groups.stream().anyMatch(alt -> !alt.excluded.isEmpty())) {
            plain = new BooleanQuery.Builder().add(plain, Occur.MUST).add(matched, Occur.FILTER).build();
        }
        return new ParsedQuery(matched, boosted ? boost.build() : null, quoted ? phrases.build() : null, plain, collisions(groups), notes, false);
    }

    /** The years the query's words name, once each. */
    private static java.util.Set<String> years(List<Group> groups) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (Group g : groups) for (Word w : g.words) if (YEAR.matcher(w.term()).matches()) out.add(w.term());
        return out;
    }

    /** The words as the plain baseline reads them, any of them; null when there are none. */
    private static Query plainOr(java.util.Collection<String> words) {
        if (words.isEmpty()) return null;
        BooleanQuery.Builder plain = new BooleanQuery.Builder();
        for (String w : words) plain.add(new TermQuery(new Term(IndexFields.PLAIN, w)), Occur.SHOULD);
        return plain.build();
    }

    /** The unit's syllables in their three readings; an accent counts only where the unit reads the same without the OCR symbol map. */
    private List<Word> words(String unit, List<String> tokens) {
        List<String> printed = Tokens.folded(unit);
        List<String> accented = Tokens.of(ACCENT, IndexFields.EXACT, unit);
        List<Word> out = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            String p = printed.size() == tokens.size() ? printed.get(k) : tokens.get(k);
            String a = accented.size() == tokens.size() ? accented.get(k) : null;
            // an accent the user typed: the accented form folds to this word and differs from it
            if (a != null && (a.equals(Fold.fold(a)) || !Fold.fold(a).equals(p))) a = null;
            out.add(new Word(tokens.get(k), p, a));
        }
        return out;
    }

    private static List<String> terms(List<Word> words) {
        return words.stream().map(Word::term).toList();
    }

    /** What an alternative finds: any of its words (no word required), a quoted phrase as typed first; exclusions excluded. */
    private Query match(Group g) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean positive = false;
        for (int i = 0; i < g.words.size(); i++) {
            b.add(unit(g.words, i, g.byField), Occur.SHOULD);
            positive = true;
        }
        for (List<Word> p : g.phrases) {
            for (int i = 0; i < p.size(); i++) b.add(unit(p, i, Map.of()), Occur.SHOULD);
            // the words of a quoted phrase standing close together, as typed, rank before any other passage
            b.add(new BoostQuery(new ConstantScoreQuery(phrase(terms(p), 2)), PHRASE_FIRST), Occur.SHOULD);
            positive = true;
        }
        // each plain word its own clause (the same score as their OR times the weight), so that
        // block-max WAND sees one flat disjunction of term scorers and can skip
        for (String w : new java.util.LinkedHashSet<>(g.plain)) {
            b.add(new BoostQuery(new TermQuery(new Term(IndexFields.PLAIN, w)), PLAIN_WEIGHT), Occur.SHOULD);
            positive = true;
        }
        for (List<String> x : g.excluded) b.add(x.size() == 1 ? termBoth(x.getFirst()) : phrase(x, 0), Occur.MUST_NOT);
        if (!positive) b.add(new MatchAllDocsQuery(), Occur.MUST);
        return b.build();
    }

    /** What only re-ranks an alternative's matches: syllables together, a phrase's words near one another, exact accents. */
    private Query boost(Group g) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 0;
        List<String> words = terms(g.words);
        if (words.size() > 1 && weights.coordination() > 0) {
            b.add(new BoostQuery(new ConstantScoreQuery(mostWords(g)), weights.coordination()), Occur.SHOULD);
            clauses++;
        }
        if (words.size() > 1) {
            for (int k = 0; k + 1 < words.size(); k++) {
                b.add(new BoostQuery(phrase(words.subList(k, k + 2), 0), 1.2f), Occur.SHOULD);
                clauses++;
            }
            b.add(new BoostQuery(phrase(words, 2), 1.5f), Occur.SHOULD);
            clauses++;
        }
        for (List<Word> p : g.phrases) {
            b.add(new BoostQuery(phrase(terms(p), 0), 2f), Occur.SHOULD);
            b.add(phrase(terms(p), p.size() + 4), Occur.SHOULD);
            clauses += 2;
        }
        return clauses == 0 ? null : b.build();
    }

    /**
     * A passage holding most of the query's content words (all of one or two, all but one of three
     * or four, half of more): a preference, never a requirement, since OCR garble and other wording
     * hide words from passages that are on topic.
     */
    private Query mostWords(Group g) {
        BooleanQuery.Builder most = new BooleanQuery.Builder();
        int content = 0;
        for (int i = 0; i < g.words.size(); i++) {
            String w = g.words.get(i).term();
            most.add(unit(g.words, i, g.byField), Occur.SHOULD);
            if (abbreviations.abbreviation(w) != null || !FUNCTION_WORDS.contains(w)) content++;
        }
        int n = Math.max(1, content);
        most.setMinimumNumberShouldMatch(Math.min(n <= 2 ? n : n <= 4 ? n - 1 : (int) Math.ceil(n * 0.5), g.words.size()));
        return most.build();
    }

    /**
     * Where the user typed diacritics, the folding collisions a clean passage (its accents trusted)
     * holds: two adjacent words typed with accents that it holds together folded alike but written
     * otherwise ("đăng ký sở hữu", "làm chủ kỹ năng" for "chữ ký số"), or, for a one-word query,
     * the word held only so. Each counts 1. Pairs, not single words, since a long passage holds
     * some "sở" or "chủ" anywhere; an OCR passage never counts: its accents say nothing. Null when
     * nothing was typed with accents.
     */
    private static Query collisions(List<Group> groups) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int added = 0;
        for (Group g : groups) {
            List<List<Word>> runs = new ArrayList<>(g.phrases);
            runs.add(g.words);
            for (List<Word> run : runs) {
                if (run.size() == 1 && groups.size() == 1 && g.phrases.isEmpty() && run.getFirst().accented() != null) {
                    Word w = run.getFirst();
                    b.add(collision(new TermQuery(new Term(IndexFields.TEXT, w.term())), new TermQuery(new Term(IndexFields.EXACT, w.accented()))), Occur.SHOULD);
                    added++;
                }
                for (int k = 0; k + 1 < run.size(); k++) {
                    Word x = run.get(k), y = run.get(k + 1);
                    if (x.accented() == null || y.accented() == null) continue;
                    b.add(collision(phrase(List.of(x.term(), y.term()), 0), new PhraseQuery(IndexFields.EXACT, x.accented(), y.accented())), Occur.SHOULD);
                    added++;
                }
            }
        }
        return added == 0 ? null : b.build();
    }

    private static Query collision(Query folded, Query exact) {
        return new ConstantScoreQuery(new BooleanQuery.Builder()
                .add(folded, Occur.MUST)
                .add(exact, Occur.MUST_NOT)
                .add(new TermQuery(new Term(IndexFields.ACCENTS_TRUSTED, "yes")), Occur.FILTER).build());
    }

    /**
     * "Sở Nội vụ chủ trì đào tạo …" asks for what that agency leads: the words of its name, and
     * "chủ trì" (leads), are satisfied by a record it leads as well as by the words in the text.
     */
    private Map<Integer, Query> leadWords(List<Word> words, String q) {
        List<String> tokens = terms(words);
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

    /**
     * A year ("hoàn thành trong năm 2025", "chỉ tiêu đến năm 2030", "quý IV/2025") and the words of
     * the deadline before it are satisfied by what is due that year, as an agency's name is by its
     * lead: a task's deadline and a target's horizon stand in cells of their own, not in its text,
     * and those words say when, not what. {@code byField} is returned with those positions added.
     */
    private static Map<Integer, Query> withDueWords(List<Word> words, Map<Integer, Query> byField) {
        Map<Integer, Query> out = null;
        for (int k = 0; k < words.size(); k++) {
            if (!YEAR.matcher(words.get(k).term()).matches()) continue;
            if (out == null) out = new HashMap<>(byField);
            Query due = new TermQuery(new Term(IndexFields.DUE_YEAR, words.get(k).term()));
            out.putIfAbsent(k, due);
            for (int j = k - 1; j >= 0 && !out.containsKey(j); j--) {
                String w = words.get(j).term();
                if (!DEADLINE_WORDS.contains(w) && !w.matches("\\d{1,2}")) break;
                out.put(j, due);
            }
        }
        return out == null ? byField : out;
    }

    /** Words of a deadline before its year (folded): "hoàn thành trong năm", "thời hạn", "đến", "trước", "quý IV", "tháng". */
    private static final Set<String> DEADLINE_WORDS = Set.of(
            "hoan", "thanh", "thoi", "han", "trong", "nam", "den", "truoc", "tu", "quy", "thang", "i", "ii", "iii", "iv",
            "dau", "cuoi", "het", "tien", "do");

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

    /**
     * One word of the query as a clause: its syllable (and, when the OCR repair read it otherwise,
     * as typed) in the text or the context; an abbreviation also as written out, a word of a
     * written-out name also as its abbreviation, a word of a named agency also by the lead cell.
     */
    private Query unit(List<Word> words, int i, Map<Integer, Query> byField) {
        Word word = words.get(i);
        String w = word.term();
        Abbreviations.Entry abbr = abbreviations.abbreviation(w);
        if (abbr != null) {
            // an abbreviation is printed in capitals, which the OCR misreads as often as any letters ("AI" as "Al")
            return new BooleanQuery.Builder()
                    .add(termBoth(abbr.abbreviation(), variants.ofAbbreviation(abbr.abbreviation())), Occur.SHOULD)
                    .add(phrase(abbr.expansion(), 2), Occur.SHOULD)
                    .build();
        }
        // the word also in the forms the OCR garbled it into in this index, each weighted below it
        List<OcrVariants.Variant> garbled = variants.of(w, word.accented());
        Query unit = word.printed().equals(w) ? termBoth(w, garbled)
                : new DisjunctionMaxQuery(List.of(termBoth(w, garbled), termBoth(word.printed())), 0f);
        Query lead = byField.get(i);
        if (lead != null) unit = new DisjunctionMaxQuery(List.of(unit, new BoostQuery(lead, 1f)), 0f);
        // the words of a written-out name are each satisfied by its abbreviation, weighted so that the
        // abbreviation counts about as much as the name written out: it says the same, but it is rarer
        Abbreviations.Entry spelled = abbreviations.within(terms(words), i);
        if (spelled != null) {
            unit = new DisjunctionMaxQuery(List.of(unit,
                    new BoostQuery(termBoth(spelled.abbreviation(), variants.ofAbbreviation(spelled.abbreviation())), asWrittenOut(spelled))), 0f);
        }
        return unit;
    }

    /**
     * What an abbreviation standing for each word of its name weighs: the name's mean rarity over
     * the abbreviation's, so that a passage holding the abbreviation scores about as one holding the
     * name; at least as one word of the name, at most as the abbreviation itself.
     */
    private float asWrittenOut(Abbreviations.Entry e) {
        double name = 0;
        for (String w : e.expansion()) name += variants.idf(w);
        name /= e.expansion().size();
        double own = variants.idf(e.abbreviation());
        float w = own <= 0 ? 1f : (float) (name / own);
        return Math.max(1f / e.expansion().size(), Math.min(1f, w));
    }

    /** A syllable in the record's own text, or (weighted lower) in its headings and context. */
    private static Query termBoth(String w) {
        return new DisjunctionMaxQuery(List.of(
                new TermQuery(new Term(IndexFields.TEXT, w)),
                new BoostQuery(new TermQuery(new Term(IndexFields.CONTEXT, w)), 0.3f)), 0.1f);
    }

    /**
     * A syllable with its OCR forms, in the text or the context: one term to BM25 (Lucene's
     * {@link SynonymQuery}: the forms' frequencies added, each times its weight, and the rarity that
     * of the most frequent form, so a rare garble does not weigh as a rare word).
     */
    private static Query termBoth(String w, List<OcrVariants.Variant> garbled) {
        if (garbled.isEmpty()) return termBoth(w);
        return new DisjunctionMaxQuery(List.of(
                synonyms(IndexFields.TEXT, w, garbled),
                new BoostQuery(synonyms(IndexFields.CONTEXT, w, garbled), 0.3f)), 0.1f);
    }

    private static Query synonyms(String field, String w, List<OcrVariants.Variant> garbled) {
        SynonymQuery.Builder b = new SynonymQuery.Builder(field).addTerm(new Term(field, w));
        for (OcrVariants.Variant v : garbled) b.addTerm(new Term(field, v.term()), v.weight());
        return b.build();
    }

    private static Query phrase(List<String> tokens, int slop) {
        PhraseQuery.Builder p = new PhraseQuery.Builder();
        for (int k = 0; k < tokens.size(); k++) p.add(new Term(IndexFields.TEXT, tokens.get(k)), k);
        p.setSlop(slop);
        return p.build();
    }
}
