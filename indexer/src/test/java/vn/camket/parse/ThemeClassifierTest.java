package vn.camket.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThemeClassifierTest {
    private final ThemeClassifier themes = ThemeClassifier.load();

    @Test
    void aResolutionHeadingDecidesEvenThroughOcrGarble() {
        String heading = "Nang cao nhan thirc, dt pha vé déi méi tw duy, xac dinh quyet tAm chinh tri manh mé, "
                + "tao xung lwe méi, khi thé méi trong toan xi hdi vé phat trién khoa hoc, cong nghé, d6i méi sang tao va chuyén doi s6";
        assertThat(themes.classify(heading, "Xây dựng cơ sở dữ liệu dùng chung")).isEqualTo("nhan-thuc");
    }

    @Test
    void aRowWithoutTaskTextStillGetsATheme() {
        assertThat(themes.classify("", "")).isNotBlank();
        assertThat(themes.classify(null, "  ")).isNotBlank();
    }

    @Test
    void aSectorHeadingLeavesItToTheContent() {
        assertThat(themes.classify("Chuyển đổi số lĩnh vực Giáo dục và Đào tạo", "Kết nối hạ tầng viễn thông, phủ sóng 5G cho trường học"))
                .isEqualTo("ha-tang");
    }

    @Test
    void contentDecidesWithoutAHeading() {
        assertThat(themes.classify(null, "Tăng cường hợp tác quốc tế với các đối tác nước ngoài")).isEqualTo("hop-tac-quoc-te");
    }
}
