package vn.camket.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Factory for {@link AccentFormFilter}; SPI name {@code accentForm}. */
public class AccentFormFilterFactory extends TokenFilterFactory {
    public static final String NAME = "accentForm";

    public AccentFormFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
    }

    /** For SPI discovery only. */
    public AccentFormFilterFactory() {
        throw defaultCtorException();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new AccentFormFilter(input);
    }

    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}
