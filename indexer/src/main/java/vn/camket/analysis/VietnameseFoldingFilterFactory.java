package vn.camket.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Factory for {@link VietnameseFoldingFilter}; SPI name {@code vietnameseFolding}. */
public class VietnameseFoldingFilterFactory extends TokenFilterFactory {
    public static final String NAME = "vietnameseFolding";

    public VietnameseFoldingFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
    }

    /** For SPI discovery only. */
    public VietnameseFoldingFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new VietnameseFoldingFilter(input);
    }

    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}
