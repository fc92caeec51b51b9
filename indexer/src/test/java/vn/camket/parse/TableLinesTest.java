package vn.camket.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TableLinesTest {
    @Test
    void aGarbledRepeatOfTheHeaderIsAHeader() {
        assertThat(TableLines.isHeader("TT Tên nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời gian hoàn thành")).isTrue();
        assertThat(TableLines.isHeader("TT Tén nhiém vu chii tri/Theo Jud Két qua 1ol 81a")).isTrue();
    }

    @Test
    void aCellOfHeaderWordsAndGarbleIsNot() {
        // only a line opening as the header does ("TT …") is forgiven its garbled words
        assertThat(TableLines.isHeader("tiéu chién luge dugc hoan thanh dung tién do.")).isFalse();
        assertThat(TableLines.isHeader("Sở Nội vụ")).isFalse();
        assertThat(TableLines.isHeader("Hoàn thành trong năm 2025")).isFalse();
    }
}
