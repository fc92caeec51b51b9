package vn.camket.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.camket.text.Fold;

class DeadlineWordsTest {
    @Test
    void readsADeadlineWordingTheOcrGarbled() {
        assertThat(Fold.ocrFold(DeadlineWords.read("Nhiém vu thudng xuyén"))).isEqualTo("nhiem vu thuong xuyen");
    }

    @Test
    void cutsDeadlineWordsTheOcrGluedTogether() {
        assertThat(Fold.ocrFold(DeadlineWords.read("Nhiémvu"))).isEqualTo("nhiem vu");
    }

    @Test
    void leavesDatesAndOtherWordsAsPrinted() {
        assertThat(DeadlineWords.read("Quý IV/2026")).isEqualTo("Quý IV/2026");
        assertThat(DeadlineWords.read("Báo cáo kết quả")).isEqualTo("Báo cáo kết quả");
    }
}
