package vn.camket.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.Test;

class VietnameseFoldingFilterTest {
    private static final Analyzer FOLDING = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer t = new StandardTokenizer();
            return new TokenStreamComponents(t, new VietnameseFoldingFilter(t));
        }
    };

    @Test
    void foldsEveryDiacriticAndD() {
        assertThat(Tokens.of(FOLDING, "f", "Đổi mới SÁNG TẠO, chuyển đổi số")).containsExactly("doi", "moi", "sang", "tao", "chuyen", "doi", "so");
    }

    @Test
    void mapsLigaturesAndComposedForms() {
        assertThat(Tokens.of(FOLDING, "f", "ﬁle Ke\u0302\u0301")).containsExactly("file", "ke");
    }

    @Test
    void factoryIsFoundBySpiName() throws Exception {
        TokenFilterFactory f = TokenFilterFactory.forName(VietnameseFoldingFilterFactory.NAME, new HashMap<>());
        StandardTokenizer t = new StandardTokenizer();
        t.setReader(new StringReader("Đồng Tháp"));
        var ts = f.create(t);
        var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
        ts.reset();
        List<String> out = new java.util.ArrayList<>();
        while (ts.incrementToken()) out.add(term.toString());
        ts.end();
        ts.close();
        assertThat(out).containsExactly("dong", "thap");
    }
}
