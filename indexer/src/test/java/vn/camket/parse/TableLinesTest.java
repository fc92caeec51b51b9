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

    @Test
    void aShortMisreadNumeralBeforeATitleInCapitalsIsTheGroupDue() {
        assertThat(TableLines.groupRead("1 | PHAT TRIEN HA TANG SO VA DU LIEU", "")).isEqualTo("I | PHAT TRIEN HA TANG SO VA DU LIEU");
        assertThat(TableLines.groupRead("Il. NANG CAO NANG LUC NGHIEN CUU", "I")).isEqualTo("II | NANG CAO NANG LUC NGHIEN CUU");
        assertThat(TableLines.groupRead("H DAO TAO NGUON NHAN LUC CHAT LUONG CAO", "I")).startsWith("II | DAO TAO");
        // a V or an X the OCR keeps: the numeral as read, even past a group it lost
        assertThat(TableLines.groupRead("lV HOP TAC QUOC TE VE KHOA HOC", "II")).startsWith("IV | HOP TAC");
    }

    @Test
    void aRowNumberBeforeATaskIsNoGroup() {
        assertThat(TableLines.groupRead("1 Xay dung co so du lieu doanh nghiep", "")).startsWith("1 Xay");
        // an agency's initials open a cell, a sentence in lower case follows
        assertThat(TableLines.groupRead("1 UBND cac huyen trien khai mo hinh xa thong minh", "")).startsWith("1 UBND");
        assertThat(TableLines.groupRead("12 KH&CN Hoan thien co che", "I")).startsWith("12 KH&CN");
        // a numeral printed right is left to the group reader
        assertThat(TableLines.groupRead("II | PHAT TRIEN HA TANG SO", "I")).isEqualTo("II | PHAT TRIEN HA TANG SO");
    }
}
