package vn.camket.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderReaderTest {
    private final HeaderReader reader = HeaderReader.bundled();

    @Test
    void readsTheColumnsOfAOneLineHeaderInTheirPrintedOrder() {
        TableHeader h = reader.headerAt(List.of("STT Nội dung công việc Đơn vị chủ trì Đơn vị phối hợp Thời hạn Kết quả"), 0);
        assertThat(h).isNotNull();
        assertThat(h.columns()).containsExactly(ColumnKind.NUMBER, ColumnKind.TASK, ColumnKind.LEAD, ColumnKind.COORD,
                ColumnKind.DEADLINE, ColumnKind.RESULT);
        assertThat(h.stacked()).isFalse();
    }

    @Test
    void readsLabelsThroughLostDiacriticsAndOneMisreadLetter() {
        TableHeader h = reader.headerAt(List.of("TT Tén nhiém vu Co quan chd tri Co quan phéi hgp Thdi gian hoan thanh"), 0);
        assertThat(h).isNotNull();
        assertThat(h.columns()).containsExactly(ColumnKind.NUMBER, ColumnKind.TASK, ColumnKind.LEAD, ColumnKind.COORD,
                ColumnKind.DEADLINE);
    }

    @Test
    void aMergedLeadAndCoordinatingColumnIsOneColumn() {
        TableHeader h = reader.headerAt(List.of("Số TT | Nhiệm vụ | Cơ quan chủ trì, phối hợp | Tiến độ"), 0);
        assertThat(h.columns()).containsExactly(ColumnKind.NUMBER, ColumnKind.TASK, ColumnKind.LEAD_COORD, ColumnKind.DEADLINE);
    }

    @Test
    void aGarbledLabelTakesTheKindTheGenresOrderPutsThere() {
        // the coordinating and deadline labels unreadable
        TableHeader h = reader.headerAt(List.of("TT Nhiệm vụ Cơ quan chủ trì xqz wvk Sản phẩm qqrx"), 0);
        assertThat(h).isNotNull();
        assertThat(h.columns()).containsExactly(ColumnKind.NUMBER, ColumnKind.TASK, ColumnKind.LEAD, ColumnKind.COORD,
                ColumnKind.RESULT, ColumnKind.DEADLINE);
    }

    @Test
    void aHeaderPrintedLabelByLineIsReadWholeAndMarkedStacked() {
        List<String> lines = List.of("Tên nhiệm vụ", "", "Cơ quan", "chủ trì", "", "Cơ quan", "phối hợp", "", "Thời", "hạn",
                "", "Ghi chú", "", "Xây dựng kế hoạch chuyển đổi số");
        TableHeader h = reader.headerAt(lines, 0);
        assertThat(h).isNotNull();
        assertThat(h.stacked()).isTrue();
        assertThat(h.toLine()).isEqualTo(11);
        assertThat(h.columns()).containsExactly(ColumnKind.TASK, ColumnKind.LEAD, ColumnKind.COORD, ColumnKind.DEADLINE,
                ColumnKind.NOTE);
    }

    @Test
    void labelsWrappedAboveTheHeaderRowGoWhereTheGenrePutsThem() {
        List<String> lines = List.of("Kết quả/sản", "Thời gian", "TT Tên nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp phẩm hoàn thành Ghi chú");
        TableHeader h = reader.headerAt(lines, 0);
        assertThat(h).isNotNull();
        assertThat(h.stacked()).isFalse();
        assertThat(h.columns()).containsExactly(ColumnKind.NUMBER, ColumnKind.TASK, ColumnKind.LEAD, ColumnKind.COORD,
                ColumnKind.RESULT, ColumnKind.DEADLINE, ColumnKind.NOTE);
    }

    @Test
    void aTaskLabelCentredOnALineOfItsOwnAboveTheOtherLabelsStillOpensTheHeader() {
        // no number column; the task label on the line above, the other labels on one line (the lead's garbled)
        List<String> lines = List.of("Noi dung cong viec", "", "Cha tri Phoi hop Thoi gian San pham", "hoan thanh");
        TableHeader h = reader.headerAt(lines, 0);
        assertThat(h).isNotNull();
        assertThat(h.columns().getFirst()).isEqualTo(ColumnKind.TASK);
        assertThat(h.columns()).contains(ColumnKind.COORD, ColumnKind.DEADLINE, ColumnKind.RESULT);
    }

    @Test
    void proseThatNamesALeadAndPartnersIsNoHeader() {
        assertThat(reader.headerAt(List.of("Sở Tài chính chủ trì, phối hợp với các sở, ngành tham mưu bố trí kinh phí thực hiện nhiệm vụ"), 0)).isNull();
        assertThat(reader.headerAt(List.of("Giao các sở, ban, ngành tổ chức thực hiện nhiệm vụ được giao"), 0)).isNull();
        // a sentence listing what a table would hold opens with its verb, not a label
        assertThat(reader.headerAt(List.of("- Cụ thể hóa các nhiệm vụ, giải pháp, kết quả, sản phẩm, tiến độ thực hiện"), 0)).isNull();
        assertThat(reader.headerAt(List.of("rõ đơn vị chủ trì và phối hợp từng nhiệm vụ."), 0)).isNull();
    }

    @Test
    void anIndicatorTableIsToldFromATaskTable() {
        TableHeader h = reader.headerAt(List.of("TT Chỉ tiêu Đơn vị tính Giá trị Cơ quan chủ trì theo dõi"), 0);
        assertThat(h).isNotNull();
        assertThat(h.isIndicatorTable()).isTrue();
        assertThat(h.columns()).containsExactly(ColumnKind.NUMBER, ColumnKind.INDICATOR, ColumnKind.UNIT, ColumnKind.VALUE, ColumnKind.LEAD);
    }

    @Test
    void findsTheHeaderWhereverItStands() {
        List<String> lines = List.of("Kế hoạch này giao nhiệm vụ cụ thể như sau:", "", "STT Nhiệm vụ Chủ trì Phối hợp Thời gian",
                "1 Ban hành quy chế");
        TableHeader h = reader.findHeader(lines, 0, lines.size());
        assertThat(h).isNotNull();
        assertThat(h.fromLine()).isEqualTo(2);
    }

    @Test
    void aLabelGarbledPastReadingInAHeaderPrintedLabelByLabelIsStillAColumn() {
        // the lead's label half garbled (its block is one column), the coordinating one wholly
        List<String> lines = List.of("Noi dung nhiem vu", "", "Don vx chu", "tri", "", "Dxn vx phxx", "hqx", "", "Thoi",
                "han", "", "Ghi chu", "", "Xay dung ke hoach chuyen doi so");
        TableHeader h = reader.headerAt(lines, 0);
        assertThat(h).isNotNull();
        assertThat(h.stacked()).isTrue();
        assertThat(h.toLine()).isEqualTo(11);
        assertThat(h.columns()).containsExactly(ColumnKind.TASK, ColumnKind.LEAD, ColumnKind.COORD, ColumnKind.DEADLINE,
                ColumnKind.NOTE);
    }

    @Test
    void readsLabelsWhoseWordsTheOcrRanTogether() {
        TableHeader h = reader.headerAt(List.of("TT Tên nhiemvu Cơ quanchủtrì Coquan phốihợp Thờigian"), 0);
        assertThat(h).isNotNull();
        assertThat(h.columns()).containsExactly(ColumnKind.NUMBER, ColumnKind.TASK, ColumnKind.LEAD, ColumnKind.COORD,
                ColumnKind.DEADLINE);
    }

    @Test
    void aLabelWrappedInItsCellIsReadFromItsFirstWords() {
        // a two-line header read one line at a time: each label's first words, then their ends
        TableHeader h = reader.headerAt(List.of("STT Nhiệm vụ Đơn vị chủ Cơ quan phối Kết quả/sản Thời gian",
                "trì hợp phẩm hoàn thành"), 0);
        assertThat(h).isNotNull();
        assertThat(h.columns()).containsExactly(ColumnKind.NUMBER, ColumnKind.TASK, ColumnKind.LEAD, ColumnKind.COORD,
                ColumnKind.RESULT, ColumnKind.DEADLINE);
    }

    @Test
    void oneWordOfALongLabelGarbledPastReadingLeavesTheLabel() {
        TableHeader h = reader.headerAt(List.of("TT Nhiệm vụ Đơn vị cxxu trì Sản phẩm Thời hạn"), 0);
        assertThat(h).isNotNull();
        assertThat(h.columns()).containsExactly(ColumnKind.NUMBER, ColumnKind.TASK, ColumnKind.LEAD, ColumnKind.RESULT,
                ColumnKind.DEADLINE);
    }

    @Test
    void theGarbledEndOfALabelPrintedOnItsOwnLineStaysInTheHeader() {
        List<String> lines = List.of("Nhiệm vụ", "", "Cơ quan chủ", "trì", "", "Cơ quan phối", "hxq", "", "Tiến độ", "", "Ghi chú",
                "", "Xây dựng kế hoạch chuyển đổi số của tỉnh");
        TableHeader h = reader.headerAt(lines, 0);
        assertThat(h).isNotNull();
        assertThat(h.columns()).containsExactly(ColumnKind.TASK, ColumnKind.LEAD, ColumnKind.COORD, ColumnKind.DEADLINE,
                ColumnKind.NOTE);
        assertThat(h.toLine()).isEqualTo(10);
    }

    @Test
    void proseWithWordsRunTogetherIsNoHeader() {
        assertThat(reader.headerAt(List.of("Xaydung chuongtrinh phattrien nhiemvu trọng tâm của tỉnh trong năm"), 0)).isNull();
    }
}
