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
}
