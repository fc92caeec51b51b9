package vn.camket.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.camket.ocr.OcrChannel;

class DeadlineYearsTest {
    private final DeadlineYears years = new DeadlineYears(OcrChannel.bundled());

    @Test
    void readsAYearPastThePlansHorizonsAsTheNearYearOneDigitAway() {
        assertThat(years.read("2046", 2025)).isEqualTo("2026");
        assertThat(years.read("2037", 2026)).isEqualTo("2027");
    }

    @Test
    void keepsTheYearsAPlanSetsDeadlinesIn() {
        assertThat(years.read("2027", 2025)).isEqualTo("2027");
        assertThat(years.read("2030", 2025)).isEqualTo("2030");
        assertThat(years.read("2045", 2025)).isEqualTo("2045");
    }

    @Test
    void keepsAnEarlierYearForTheDeadlineGrammarToSetAside() {
        // a cited document's date ("Kế hoạch số … ngày 13/2/2023") is no misread deadline
        assertThat(years.read("2023", 2026)).isEqualTo("2023");
    }

    @Test
    void readsEveryYearOfATextInPlace() {
        String text = "truoc ngay 15/12/2046 (hoac 2030)";
        assertThat(years.readYears(text, 2025)).isEqualTo("truoc ngay 15/12/2026 (hoac 2030)");
    }

    @Test
    void readsAYearWithALetterForItsLastDigitOrADigitTooMany() {
        // the letter tells nothing of the digit: the prior picks the year nearest the plan's
        assertThat(years.readYears("truoc ngay 31/3/202q", 2025)).isEqualTo("truoc ngay 31/3/2025");
        assertThat(years.readYears("nam 29026", 2026)).isEqualTo("nam 2026");
        assertThat(years.readYears("giai doan 2025- 3029", 2025)).isEqualTo("giai doan 2025- 2029");
        // a digit too many before a year that is already one stays: "12026" may be "1/2026"
        assertThat(years.readYears("quy 12026", 2026)).isEqualTo("quy 12026");
        // no year of the plan's one edit away: kept as printed
        assertThat(years.readYears("ma so 20771", 2025)).isEqualTo("ma so 20771");
        assertThat(years.readYears("2026abc", 2025)).isEqualTo("2026abc");
    }
}
