package vn.camket.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class OcrSymbolCharFilterTest {
    private static String filtered(String s) throws IOException {
        try (Reader r = OcrSymbolCharFilter.wrap(new StringReader(s))) {
            StringBuilder out = new StringBuilder();
            for (int c; (c = r.read()) >= 0; ) out.append((char) c);
            return out.toString();
        }
    }

    @Test
    void mapsSymbolsTheOcrPutForLettersAndKeepsTheLength() throws IOException {
        assertThat(filtered("cong ngh¢ hop tac v&i cac nuéc, d6i m&i")).isEqualTo("cong nghe hop tac voi cac nuéc, d6i moi");
        // an ampersand between capitals or spaces is an abbreviation's or a conjunction's
        assertThat(filtered("Sở KH&CN, R&D va S& Tai chinh, A & B")).isEqualTo("Sở KH&CN, R&D va S& Tai chinh, A & B");
    }

    @Test
    void readsAShortPrintingAsTheIndexDoes() {
        assertThat(OcrSymbolCharFilter.read("m&i")).isEqualTo("moi");
        assertThat(OcrSymbolCharFilter.read("ngh¢")).isEqualTo("nghe");
        assertThat(OcrSymbolCharFilter.read("Đổ i")).isEqualTo("doi");
    }
}
