package vn.camket.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseRepairTest {
    @Test
    void aMarkedCapitalInsideALowerCaseWordIsLowered() {
        assertThat(CaseRepair.line("các cơ quan ThƯờng trực nhƯ sau")).isEqualTo("các cơ quan Thường trực như sau");
        assertThat(CaseRepair.line("của BỘ Chính trị và CƠ quan")).isEqualTo("của Bộ Chính trị và Cơ quan");
    }

    @Test
    void capitalsThatArePrintedSoStay() {
        assertThat(CaseRepair.line("TỈNH HƯNG YÊN    Độc lập - Tự do")).isEqualTo("TỈNH HƯNG YÊN    Độc lập - Tự do");
        assertThat(CaseRepair.line("II. NHIỆM VỤ, GIẢI PHÁP")).isEqualTo("II. NHIỆM VỤ, GIẢI PHÁP");
        assertThat(CaseRepair.line("UBND tỉnh và Sở KH&CN")).isEqualTo("UBND tỉnh và Sở KH&CN");
    }
}
