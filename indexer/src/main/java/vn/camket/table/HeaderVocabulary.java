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
    /** One label: its column kind and its folded words ("co", "quan", "chu", "tri"). */
    public record Label(ColumnKind kind, String[] words) {}

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
                out.add(new Label(ColumnKind.valueOf(f[0].strip()), words(f[1])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HeaderVocabulary(out);
    }

    public List<Label> labels() {
        return labels;
    }

    /** The folded words of a header text: OCR-folded, punctuation and slashes as spaces. */
    public static String[] words(String text) {
        String f = Fold.ocrFold(text).replaceAll("[^a-z0-9]+", " ").strip();
        return f.isEmpty() ? new String[0] : f.split(" ");
    }
}
