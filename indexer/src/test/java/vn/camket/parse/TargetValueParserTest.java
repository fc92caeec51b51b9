package vn.camket.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TargetValueParserTest {
    private final TargetValueParser parser = new TargetValueParser();

    @Test
    void readsComparatorNumberAndUnit() {
        var p = parser.parse("Tỷ lệ phủ sóng 5G trên địa bàn đạt ≥ 90%.");
        assertThat(p.value().comparator()).isEqualTo("≥");
        assertThat(p.value().number()).isEqualTo(90.0);
        assertThat(p.unit()).isEqualTo("%");
        var t = parser.parse("quy mô kinh tế số đạt tối thiểu 10% GRDP");
        assertThat(t.value().comparator()).isEqualTo("≥");
        assertThat(t.value().number()).isEqualTo(10.0);
        assertThat(parser.parse("trén 80% người dân").value().comparator()).isEqualTo(">");
    }

    @Test
    void skipsGenerationsYearsAndReferences() {
        assertThat(parser.parse("Phủ sóng 5G cho người dân đến năm 2030 đạt 99%").value().number()).isEqualTo(99.0);
        assertThat(parser.parse("theo Nghị quyết số 03/NQ-CP, HDI trên 0,7").value().number()).isEqualTo(0.7);
    }
}
