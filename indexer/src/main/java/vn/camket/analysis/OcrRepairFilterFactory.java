package vn.camket.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link OcrRepairFilter}; SPI name {@code ocrRepair}. Parameters: {@code model}, a
 * syllable model file written by the indexer (without it, the bundled syllable list alone), and
 * {@code keepOriginal} (default false).
 */
public class OcrRepairFilterFactory extends TokenFilterFactory {
    public static final String NAME = "ocrRepair";

    private final SyllableModel model;
    private final boolean keepOriginal;

    public OcrRepairFilterFactory(Map<String, String> args) {
        super(args);
        String file = get(args, "model");
        keepOriginal = getBoolean(args, "keepOriginal", false);
        if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
        try {
            model = file == null ? SyllableModel.inventoryOnly() : SyllableModel.read(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For SPI discovery only. */
    public OcrRepairFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new OcrRepairFilter(input, model, keepOriginal);
    }
}
