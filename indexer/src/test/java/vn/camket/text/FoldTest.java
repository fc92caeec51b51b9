package vn.camket.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldTest {
    @Test
    void foldsDiacriticsDAndCaseAndSpaces() {
        assertThat(Fold.fold("Đổi  mới\tsáng TẠO")).isEqualTo("doi moi sang tao");
        assertThat(Fold.fold("ﬁ")).isEqualTo("fi");
    }

    @Test
    void ocrFoldReadsDigitsAndSignsInsideWords() {
        assertThat(Fold.ocrFold("S6: 77/KH-UBND")).isEqualTo("so: 77/kh-ubnd");
        assertThat(Fold.ocrFold("d6i méi")).isEqualTo("doi mei");
        assertThat(Fold.ocrFold("ngh¢")).isEqualTo("nghe");
        assertThat(Fold.ocrFold("X4y dyng")).isEqualTo("xay dyng");
        assertThat(Fold.ocrFold("năm 2025")).isEqualTo("nam 2025");
    }
}
