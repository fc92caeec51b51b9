package vn.camket.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AgencyDirectoryTest {
    private final AgencyDirectory agencies = AgencyDirectory.load();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Sở Khoa học và Công nghệ | Sở Khoa học và Công nghệ",
            "Sở KH&CN | Sở Khoa học và Công nghệ",
            "So KH & CN | Sở Khoa học và Công nghệ",
            "S& Khoa hoc va Cong nghé | Sở Khoa học và Công nghệ",
            "SKHCN | Sở Khoa học và Công nghệ",
            "S¢ Tai chinh | Sở Tài chính",
            "Sở NN&MT | Sở Nông nghiệp và Môi trường",
            "Cong an tinh | Công an tỉnh",
            "Van phong UBND tinh | Văn phòng Ủy ban nhân dân tỉnh",
    })
    void resolvesSpellingsAndOcrGarble(String raw, String canonical) {
        assertThat(agencies.resolve(raw)).containsExactly(canonical);
    }

    @Test
    void expandsDepartmentListsByAbbreviation() {
        assertThat(agencies.resolve("Các Sở: KH&CN; TC; NN&MT")).containsExactly(
                "Sở Khoa học và Công nghệ", "Sở Tài chính", "Sở Nông nghiệp và Môi trường");
    }

    @Test
    void mapsMergedDepartmentsToTodaysAgency() {
        assertThat(agencies.byName("Sở Kế hoạch và Đầu tư").today()).isEqualTo("Sở Tài chính");
        assertThat(agencies.byName("Sở Thông tin và Truyền thông").today()).isEqualTo("Sở Khoa học và Công nghệ");
    }

    @Test
    void doesNotTakeOrdinaryWordsForAbbreviations() {
        assertThat(agencies.resolve("nhan dan va doanh nghiep")).isEmpty();
    }
}
