package vn.camket.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;
import vn.camket.analysis.OcrSymbolCharFilter;
import vn.camket.analysis.SyllableModel;
import vn.camket.analysis.VietnameseAnalyzer;
import vn.camket.index.IndexFields;
import vn.camket.ocr.FoldedChannel;
import vn.camket.ocr.OcrChannel;

/**
 * The forms a query syllable typed clean takes in this index's OCR text, beyond what the index's
 * own repair read back: the index's terms within an edit or two of the syllable (Lucene's
 * {@link FuzzyTermsEnum}) that are no Vietnamese syllable (a garble, not another word) and that
 * the OCR channel ({@link FoldedChannel}: P(read | intended), estimated from aligned clean/OCR
 * pairs) rates nearly as likely a printing of it as its plain folded form. Each comes with a
 * weight below 1, the exact form's: the likelier the printing, the more it counts. At most
 * {@link #MAX_VARIANTS} per syllable. Which forms does not depend on the diacritics typed (a
 * syllable stands for every syllable that folds to it, so typing them never finds less); how much
 * each counts does: by how likely a printing it is of the syllable as typed.
 *
 * <p>One instance per open index (its terms), its answers cached per syllable.
 */
public final class OcrVariants {
    /** Most forms added to one syllable. */
    static final int MAX_VARIANTS = 6;
    /** How far (natural log) below the plain folded printing a form may be and still be added. */
    static final double MARGIN = 3.0;
    /** What the likeliest form counts, against the exact form's 1. */
    static final float TOP_WEIGHT = 0.5f;
    /** The least share of the top weight a form counts for (a form of another syllable folding alike, when the word was typed with diacritics). */
    private static final double MIN_SHARE = 0.02;
    /** Index terms looked at per syllable (the closest in edits first is not promised: a bound on work). */
    private static final int MAX_LOOKED_AT = 300;
    private static final int CACHE_LIMIT = 50_000;
    static final OcrVariants NONE = new OcrVariants(null, null);

    /** One per open index, dropped when it closes (a weak map would not do: the value holds its reader, which holds the key). */
    private static final Map<IndexReader.CacheKey, OcrVariants> BY_INDEX = new ConcurrentHashMap<>();
    private static volatile FoldedChannel channel;

    /** A form of a syllable in the index, and what it counts against the exact form's 1. */
    public record Variant(String term, float weight) {}

    private final IndexReader reader;
    private final SyllableModel model;
    private final Map<String, List<Variant>> cache = new ConcurrentHashMap<>();

    private OcrVariants(IndexReader reader, SyllableModel model) {
        this.reader = reader;
        this.model = model;
    }

    /** The variants of this index, read by this (Camket's) query analyzer; none for another analysis. */
    static OcrVariants of(IndexReader reader, Analyzer queryAnalyzer) {
        if (!(queryAnalyzer instanceof VietnameseAnalyzer va) || reader.getReaderCacheHelper() == null) return NONE;
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        return BY_INDEX.computeIfAbsent(helper.getKey(), k -> {
            helper.addClosedListener(BY_INDEX::remove);
            return new OcrVariants(reader, va.model());
        });
    }

    /**
     * The index's likely OCR forms of a syllable: {@code folded} as the index reads it,
     * {@code accented} as typed with its diacritics (null when typed without), best first.
     */
    public List<Variant> of(String folded, String accented) {
        if (reader == null || folded.length() < 2 || folded.length() > 8 || !folded.chars().allMatch(Character::isLetter)) return List.of();
        String key = folded + '\u0000' + (accented == null ? "" : accented);
        List<Variant> v = cache.get(key);
        if (v == null) {
            try {
                v = compute(folded, accented);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (cache.size() > CACHE_LIMIT) cache.clear();
            cache.put(key, v);
        }
        return v;
    }

    /**
     * The index's likely OCR forms of an abbreviation ("ai", "cntt"): as {@link #of}, but a form may
     * be a word of the corpus, so long as it is no Vietnamese syllable: an abbreviation is printed in
     * capitals, whose misreadings ("AI" printed "Al") recur often enough in a corpus of scans to be
     * taken for its words, while a Vietnamese syllable one edit away ("đi" for "ai") is another word.
     */
    public List<Variant> ofAbbreviation(String folded) {
        if (reader == null || folded.length() < 2 || folded.length() > 8 || !folded.chars().allMatch(Character::isLetter)) return List.of();
        String key = folded + "\u0000\u0001";
        List<Variant> v = cache.get(key);
        if (v == null) {
            try {
                v = compute(folded, null, SyllableModel.bundledSyllables()::contains);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (cache.size() > CACHE_LIMIT) cache.clear();
            cache.put(key, v);
        }
        return v;
    }

    /** BM25's rarity of a syllable in the index's text (Lucene's formula); 1 without an index. */
    double idf(String term) {
        if (reader == null) return 1;
        try {
            long n = reader.numDocs(), df = reader.docFreq(new Term(IndexFields.TEXT, term));
            return Math.log(1 + (n - df + 0.5) / (df + 0.5));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Variant> compute(String folded, String accented) throws IOException {
        return compute(folded, accented, model::isSyllable);
    }

    private List<Variant> compute(String folded, String accented, java.util.function.Predicate<String> isWord) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, IndexFields.TEXT);
        if (terms == null) return List.of();
        FoldedChannel ch = channel();
        // which forms: those of any syllable the word folds to, so that typing its diacritics never finds less
        double plain = ch.logProbFolded(folded, folded);
        // most misreadings of a syllable are one edit away; a long one may hold two
        int maxEdits = folded.length() <= 5 ? 1 : 2;
        FuzzyTermsEnum near = new FuzzyTermsEnum(terms, new Term(IndexFields.TEXT, folded), maxEdits, 0, true);
        Map<String, Double> scored = new HashMap<>();
        int looked = 0;
        for (BytesRef t = near.next(); t != null && looked < MAX_LOOKED_AT; t = near.next()) {
            looked++;
            String term = t.utf8ToString();
            if (term.equals(folded) || term.length() < 2 || isWord.test(term) || !hasLetter(term)) continue;
            double lp = ch.logProbFolded(term, folded);
            if (lp >= plain - MARGIN) scored.put(term, lp);
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>(scored.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        // how much each counts: by how likely a printing it is of the syllable typed (with its diacritics, when typed so)
        double typed = accented == null ? plain : ch.logProb(folded, accented);
        List<Variant> out = new ArrayList<>();
        for (var e : ranked.subList(0, Math.min(MAX_VARIANTS, ranked.size()))) {
            double lp = accented == null ? e.getValue() : ch.logProb(e.getKey(), accented);
            // as likely as the plain folded printing or more: the top weight; less likely: less
            float w = (float) (TOP_WEIGHT * Math.max(MIN_SHARE, Math.min(1.0, Math.exp(lp - typed))));
            out.add(new Variant(e.getKey(), w));
        }
        return List.copyOf(out);
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) return true;
        return false;
    }

    private static FoldedChannel channel() {
        FoldedChannel c = channel;
        if (c == null) channel = c = new FoldedChannel(OcrChannel.bundled(), OcrSymbolCharFilter::read);
        return c;
    }
}
