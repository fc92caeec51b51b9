package vn.camket.lexicon;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.camket.ocr.Candidate;
import vn.camket.ocr.OcrChannel;
import vn.camket.ocr.SyllableCandidates;
import vn.camket.ocr.SyllableInventory;
import vn.camket.text.Fold;

/**
 * Reads printed tokens as words of one lexicon (the syllables its names are made of: "sở",
 * "khoa", "học", "và" …) through the OCR channel, so that a matcher of that lexicon sees "SG",
 * "S@" or "sd" as "so" and "S6Khoahocva" as "so khoa hoc va" without a rule per garble.
 *
 * <p>Only a token that reads as no Vietnamese syllable and no word of the lexicon is read again:
 * a real word stays itself. It becomes the lexicon's word the channel finds likeliest, when that
 * is a likely misreading (mean log P(printed | intended) per intended character at least
 * {@link #LIKELY}); or, when the OCR lost the spaces between words ("SOTaichinh",
 * "Cacsd,ban,nganh"), the cut into two or more pieces that each read as a word of the lexicon,
 * the cut with the likeliest pieces. Otherwise the token stays as printed.
 */
public final class LexiconReader {
    /** Mean log-probability per intended character of a likely misreading (as the header words and "Sở" use). */
    static final double LIKELY = -1.6;
    /** A token as the OCR prints one: letters, digits, and the signs it prints for marked vowels. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}@¢€©§&]+");
    private static final int MAX_GLUED = 24;
    /** How much likelier (nats) another syllable must be for the token to be read as it rather than as the lexicon's word. */
    private static final double OTHER_WORD_MARGIN = 1.0;
    private static final int MAX_PIECE = 8;

    private final SyllableCandidates candidates;
    private final OcrChannel channel;
    private final Set<String> words;
    private final Set<String> syllables = SyllableInventory.folded();
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /** {@code vocabulary}: the lexicon's names or words as printed in clean text ("Sở Khoa học và Công nghệ"). */
    public LexiconReader(OcrChannel channel, Collection<String> vocabulary) {
        Set<String> diacritised = new LinkedHashSet<>();
        for (String v : vocabulary) {
            for (String w : v.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                // syllables only: an abbreviation ("tc", "nv") is too short a target to read a garble as
                if (w.length() >= 2 && syllables.contains(Fold.fold(w))) diacritised.add(w);
            }
        }
        this.words = diacritised.stream().map(Fold::fold).collect(Collectors.toUnmodifiableSet());
        this.candidates = channel.syllables(diacritised);
        this.channel = channel;
    }

    /**
     * Whether the printed word (a syllable of its own, "vin") is a likely misreading of the
     * lexicon's word {@code word} (folded, "van" of "văn") under the channel.
     */
    public boolean likelyMisreading(String printed, String word) {
        for (Candidate c : candidates.best(printed, 6)) {
            if (Fold.fold(c.text()).equals(word) && c.logProb() / c.text().length() >= LIKELY) return true;
        }
        return false;
    }

    /** The folded words of the lexicon a reading may give. */
    public Set<String> words() {
        return words;
    }

    /**
     * The token read as the lexicon's words (folded, separated by one space), or null when it
     * stays as printed: a real word, or nothing the channel reads as the lexicon's.
     */
    public String read(String token) {
        if (token.length() < 2 || token.length() > MAX_GLUED) return null;
        String r = cache.computeIfAbsent(token, this::reading);
        return r.isEmpty() ? null : r;
    }

    private String reading(String token) {
        String f = Fold.ocrFold(token);
        if (!f.matches(".*\\p{L}.*") || f.matches("[a-z]+") && (words.contains(f) || syllables.contains(f))) return "";
        // an abbreviation ("KH&CN", "UBND", "VPCP") is read by the lexicon's own spellings, not as a garble
        if (f.contains("&") || token.length() >= 3 && token.matches("[A-Z]+")) return "";
        String one = single(token);
        if (one != null) return one;
        Cut cut = glued(token);
        return cut == null ? "" : cut.text;
    }

    /** The lexicon's word the token likely is, or null. */
    private String single(String piece) {
        String f = Fold.ocrFold(piece);
        if (f.matches("[a-z]+") && words.contains(f)) return f;
        Candidate best = likely(piece);
        return best == null ? null : Fold.fold(best.text());
    }

    /**
     * The lexicon's likeliest word for a printed piece when it is a likely misreading and no other
     * syllable of the language is clearly likelier ("ddng" is "đồng", not the lexicon's "nông"); else null.
     */
    private Candidate likely(String piece) {
        List<Candidate> c = candidates.best(piece, 1);
        if (c.isEmpty()) return null;
        Candidate best = c.getFirst();
        if (best.logProb() / best.text().length() < LIKELY) return null;
        List<Candidate> any = channel.candidates(piece, 1);
        if (!any.isEmpty() && any.getFirst().logProb() > best.logProb() + OTHER_WORD_MARGIN
                && !words.contains(Fold.fold(any.getFirst().text()))) return null;
        return best;
    }

    private record Cut(String text, double score, int pieces) {}

    /** The best cut of a glued token into pieces that each read as a word of the lexicon (two pieces at least), or null. */
    private Cut glued(String token) {
        int n = token.length();
        if (n < 4) return null;
        Cut[] best = new Cut[n + 1];
        best[0] = new Cut("", 0, 0);
        for (int end = 2; end <= n; end++) {
            for (int start = Math.max(0, end - MAX_PIECE); start <= end - 2; start++) {
                if (best[start] == null) continue;
                String piece = token.substring(start, end);
                double s = pieceScore(piece);
                if (Double.isNaN(s)) continue;
                // fewer pieces first: each cut costs, so a word is not read as two shorter ones
                Cut c = new Cut(best[start].text.isEmpty() ? pieceText(piece) : best[start].text + " " + pieceText(piece),
                        best[start].score + s - 1.0, best[start].pieces + 1);
                if (best[end] == null || c.score > best[end].score) best[end] = c;
            }
        }
        Cut c = best[n];
        return c == null || c.pieces < 2 ? null : c;
    }

    /** log P(piece | its reading) when it reads as a word of the lexicon (0 when printed as it is), else NaN. */
    private double pieceScore(String piece) {
        String f = Fold.ocrFold(piece);
        if (f.matches("[a-z]+") && words.contains(f)) return 0;
        Candidate best = likely(piece);
        return best == null ? Double.NaN : best.logProb();
    }

    private String pieceText(String piece) {
        String f = Fold.ocrFold(piece);
        if (f.matches("[a-z]+") && words.contains(f)) return f;
        return Fold.fold(likely(piece).text());
    }

    /**
     * The text with each token the channel reads as the lexicon's words written as those words
     * (folded); a shorter reading is padded with spaces so that what follows stays where it was printed.
     */
    public String readText(String text) {
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String r = read(m.group());
            if (r == null) continue;
            if (out == null) out = new StringBuilder(text.length() + 8);
            out.append(text, last, m.start()).append(r);
            for (int k = r.length(); k < m.group().length(); k++) out.append(' ');
            last = m.end();
        }
        if (out == null) return text;
        return out.append(text, last, text.length()).toString();
    }
}
