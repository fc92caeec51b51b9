package vn.camket.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccentedTextTest {
    @Test
    void cleanVietnameseIsTrusted() {
        assertThat(AccentedText.trusted("Cấp chữ ký số cho cán bộ, công chức và người dân trên địa bàn tỉnh.")).isTrue();
        // names and acronyms do not count against it
        assertThat(AccentedText.trusted("Nâng cao chỉ số GRDP và ứng dụng IoT trong nông nghiệp.")).isTrue();
    }

    @Test
    void ocrWithLostOrGarbledAccentsIsNot() {
        assertThat(AccentedText.trusted("Cap chir ky s6 cho can bo, cong chirc trén dia ban tinh.")).isFalse();
        assertThat(AccentedText.trusted("Phu song 5G cho nguoi dan tren dia ban tinh")).isFalse();
        // real syllables all, but with accents dropped: thanh toan, tai khoan are words without accents too
        assertThat(AccentedText.trusted("Ty lé tai khoan thanh toan cua nguoi dan dat tren 80 phan tram")).isFalse();
    }

    @Test
    void tooShortToTell() {
        assertThat(AccentedText.trusted("Y tế")).isFalse();
        assertThat(AccentedText.trusted("")).isFalse();
    }

    @Test
    void theSameAnswerWhenTheWordsAreKnownAlready() {
        String clean = "Cấp chữ ký số cho cán bộ, công chức và người dân trên địa bàn tỉnh.";
        String ocr = "Cap chir ky s6 cho can bo, cong chirc trén dia ban tinh.";
        for (int round = 0; round < 3; round++) {
            assertThat(AccentedText.trusted(clean)).isTrue();
            assertThat(AccentedText.trusted(ocr)).isFalse();
        }
    }

    @Test
    void eachWordsKind() {
        assertThat(AccentedText.kind("chữ")).isEqualTo(1 | 2 | 4);   // a syllable, real as written, accented
        assertThat(AccentedText.kind("cho")).isEqualTo(1 | 2);       // a real syllable without a diacritic
        assertThat(AccentedText.kind("trén")).isEqualTo(1 | 4);      // folds to a syllable, not one as written
        assertThat(AccentedText.kind("grdp")).isZero();              // not a syllable: not counted
        assertThat(AccentedText.kind("s6")).isZero();
    }
}
