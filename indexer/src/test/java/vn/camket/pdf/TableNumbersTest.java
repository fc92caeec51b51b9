package vn.camket.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableNumbersTest {
    @Test
    void aRowNumberWithItsStopMisreadIsStillANumber() {
        assertThat(TableRebuilder.rowNumber("7..")).isEqualTo("7.");
        assertThat(TableRebuilder.rowNumber("12,")).isEqualTo("12.");
        assertThat(TableRebuilder.rowNumber("3.1:")).isEqualTo("3.1.");
        assertThat(TableRebuilder.rowNumber("9")).isEqualTo("9");
        assertThat(TableRebuilder.rowNumber("Sở")).isEqualTo("Sở");
        assertThat(TableRebuilder.rowNumber("2026,")).isEqualTo("2026,");
    }

    @Test
    void groupNumeralsFollowInSequence() {
        assertThat(TableRebuilder.nextRoman("")).isEqualTo("I");
        assertThat(TableRebuilder.nextRoman("III")).isEqualTo("IV");
        assertThat(TableRebuilder.nextRoman("IX")).isEqualTo("X");
        assertThat(TableRebuilder.nextRoman("Q")).isEmpty();
    }

    @Test
    void aWordReadAgainOnTheSameSpotStandsOnce() {
        Word first = new Word("hợp", 100, 50, 160, 80, 95, "1.1.1");
        Word again = new Word("hợp,", 102, 51, 161, 80, 90, "lost.0.1");
        Word other = new Word("Ghi", 400, 50, 450, 80, 90, "lost.1.1");
        Word missed = new Word("chú", 100, 52, 160, 79, 90, "lost.2.1");
        Word speck = new Word("¬", 98, 48, 162, 82, 10, "1.1.2");
        assertThat(LostText.withoutRereads(List.of(first, again, other))).containsExactly(first, other);
        // a different word over a speck the first reading made is kept: it is what the first reading missed
        assertThat(LostText.withoutRereads(List.of(speck, missed))).containsExactly(speck, missed);
    }
}
