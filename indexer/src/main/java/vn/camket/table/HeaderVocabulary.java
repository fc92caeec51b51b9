package vn.camket.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.camket.text.Fold;

/**
 * The labels table headers use for their columns ({@code data/table-columns.tsv}), each as its
 * folded words. The file grows with new plans; the reader needs no change for a new wording.
 */
public final class HeaderVocabulary {
    /** One label: its column kind, its folded words ("co", "quan", "chu", "tri") and the same words as written ("Cơ", "quan", "chủ", "trì"). */
    public record Label(ColumnKind kind, String[] words, String[] written) {}

    private static volatile HeaderVocabulary bundled;
    private final List<Label> labels;

    public HeaderVocabulary(List<Label> labels) {
        this.labels = List.copyOf(labels);
    }

    public static HeaderVocabulary bundled() {
        if (bundled == null) {
            synchronized (HeaderVocabulary.class) {
                if (bundled == null) bundled = load("/vn/camket/data/table-columns.tsv");
            }
        }
        return bundled;
    }

    static HeaderVocabulary load(String resource) {
        List<Label> out = new ArrayList<>();
        try (InputStream in = HeaderVocabulary.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("Missing data file " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length < 2) throw new IllegalStateException(resource + ": a line needs KIND TAB label: " + line);
                String[] written = tokens(f[1]);
                String[] folded = new String[written.length];
                for (int i = 0; i < written.length; i++) folded[i] = fold(written[i]);
                out.add(new Label(ColumnKind.valueOf(f[0].strip()), folded, written));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HeaderVocabulary(out);
    }

    public List<Label> labels() {
        return labels;
    }

    /** The labels' distinct words, folded, with a word as written. */
    private volatile java.util.Map<String, String> words;

    private java.util.Map<String, String> words() {
        if (words == null) {
            java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
            for (Label l : labels) for (int i = 0; i < l.words().length; i++) m.putIfAbsent(l.words()[i], l.written()[i]);
            words = m;
        }
        return words;
    }

    /** Whether a printed word (and its folded form) reads as some label's word. */
    boolean isWord(String printed, String folded) {
        for (var e : words().entrySet()) if (WordSimilarity.score(printed, folded, e.getValue(), e.getKey()) > 0) return true;
        return false;
    }

    /** How well a folded piece of a printed word reads as a label's word: the best {@link WordSimilarity} over the words. */
    double wordScore(String folded) {
        double best = 0;
        for (var e : words().entrySet()) {
            // a piece of two or three letters is read only when it is the word itself: too many short words are near it
            if (folded.length() <= 3 && !folded.equals(e.getKey())) continue;
            best = Math.max(best, WordSimilarity.score(folded, folded, e.getValue(), e.getKey()));
        }
        return best;
    }

    /**
     * The words of a header text as printed: runs of letters and digits, and of the signs the OCR
     * prints for a letter ("S&", "chu¢", "N@i"); punctuation, slashes and column rules part them.
     */
    public static String[] tokens(String text) {
        String t = Fold.normalizeText(text).replaceAll("[^\\p{L}\\p{N}&¢€©@]+", " ").strip();
        return t.isEmpty() ? new String[0] : t.split(" ");
    }

    /** A printed word folded for comparison: OCR-folded, letters and digits only. */
    public static String fold(String token) {
        return Fold.ocrFold(token).replaceAll("[^a-z0-9]", "");
    }
}
