package vn.camket.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.camket.ocr.OcrChannel;

class LexiconReaderTest {
    private static final LexiconReader READER = new LexiconReader(OcrChannel.bundled(),
            List.of("Sở Tài chính", "Sở Khoa học và Công nghệ", "Các sở, ban, ngành", "Văn phòng Ủy ban nhân dân tỉnh"));

    @Test
    void readsAGarbledWordOfTheLexicon() {
        assertThat(READER.read("sG")).isEqualTo("so");
        assertThat(READER.read("Céng")).isEqualTo("cong");
    }

    @Test
    void cutsWordsTheOcrGluedTogether() {
        assertThat(READER.read("SOTaichinh")).isEqualTo("so tai chinh");
        assertThat(READER.read("S6Khoahocva")).isEqualTo("so khoa hoc va");
    }

    @Test
    void leavesRealWordsAndAbbreviationsAsPrinted() {
        assertThat(READER.read("khoa")).isNull(); // a word of the lexicon already
        assertThat(READER.read("nhiem")).isNull(); // a syllable of the language outside the lexicon
        assertThat(READER.read("UBND")).isNull();
        assertThat(READER.read("KH&CN")).isNull();
        assertThat(READER.read("2026")).isNull();
    }

    @Test
    void keepsWhatFollowsWhereItWasPrinted() {
        String text = "Trien khai | sG Tai chinh | 2026";
        String read = READER.readText(text);
        assertThat(read).startsWith("Trien khai | so Tai chinh");
        assertThat(read.indexOf("2026")).isEqualTo(text.indexOf("2026"));
    }

    @Test
    void tellsALikelyMisreadingOfTheLexiconsWordFromAnotherWord() {
        assertThat(READER.likelyMisreading("vin", "van")).isTrue();
        assertThat(READER.likelyMisreading("dong", "nong")).isFalse();
    }
}
