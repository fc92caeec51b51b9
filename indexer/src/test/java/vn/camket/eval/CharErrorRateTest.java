package vn.camket.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharErrorRateTest {
    @Test
    void editsOverThePrintedLengthWithLineBreaksAsSpaces() {
        assertThat(CharErrorRate.of("Sở Nội vụ\nchủ trì", "Sở Nội vụ chủ trì").edits()).isZero();
        CharErrorRate.Result r = CharErrorRate.of("Sở Nôi vu", "Sở Nội vụ");
        assertThat(r.edits()).isEqualTo(2);
        assertThat(r.rate()).isEqualTo(2.0 / 9);
    }

    @Test
    void theBandedDistanceIsExactOnLongTexts() {
        StringBuilder a = new StringBuilder(), b = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            a.append("dòng ").append(i).append(' ');
            b.append(i % 50 == 0 ? "dong " : "dòng ").append(i).append(' ');
        }
        a.insert(1000, "chen them mot doan van ban dai ");
        assertThat(CharErrorRate.of(a.toString(), b.toString()).edits()).isEqualTo(60 + "chen them mot doan van ban dai ".length());
    }
}
