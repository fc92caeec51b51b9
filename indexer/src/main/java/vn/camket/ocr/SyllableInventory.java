package vn.camket.ocr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import vn.camket.text.Fold;

/**
 * The bundled syllable list (Debian's hunspell-vi, {@code /vn/camket/analysis/vi_VN.dic}) with
 * its diacritics: the intended forms the OCR channel's candidate generator chooses among.
 * {@code SyllableModel.bundledSyllables()} is the folded view of the same list.
 */
public final class SyllableInventory {
    private static final String RESOURCE = "/vn/camket/analysis/vi_VN.dic";
    private static volatile Set<String> diacritised;
    private static volatile Set<String> folded;

    private SyllableInventory() {}

    /** Lower-case NFC syllables with their diacritics ("đổi", "số", "khoa"), in the list's order. */
    public static Set<String> diacritised() {
        Set<String> d = diacritised;
        if (d != null) return d;
        try (InputStream in = SyllableInventory.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> set = new LinkedHashSet<>();
            r.readLine(); // entry count
            for (String line; (line = r.readLine()) != null; ) {
                String word = Normalizer.normalize(line.split("/")[0].strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
                for (String part : word.split("[^\\p{L}\\p{N}]+")) if (!part.isEmpty()) set.add(part);
            }
            diacritised = d = java.util.Collections.unmodifiableSet(set);
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same syllables folded (diacritics, đ and case removed): "doi", "so", "khoa". */
    public static Set<String> folded() {
        Set<String> f = folded;
        if (f != null) return f;
        folded = f = diacritised().stream().map(Fold::fold).collect(Collectors.toUnmodifiableSet());
        return f;
    }
}
