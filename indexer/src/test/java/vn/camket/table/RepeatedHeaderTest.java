package vn.camket.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedHeaderTest {
    // a first header printed label by label, as the OCR reads a page cell by cell
    private static final List<String> FIRST = List.of("Nội dung nhiệm vụ", "", "Đơn vị chủ", "trì", "", "Đơn vị phối", "hợp", "",
            "Thời", "hạn", "", "Ghi chú");
    private final RepeatedHeader header = new RepeatedHeader(FIRST, 0, FIRST.size() - 1);

    @Test
    void aRepeatGarbledOtherwiseThanTheFirstIsFoundByItsWords() {
        List<String> page = List.of("xo Don vi chi | Don vi phei| Thoi ve", "TT Noi dung nhiem vu trl hop han Ghi chu",
                "Xay dung ke hoach chuyen doi so cua tinh So Noi vu Cac so, nganh Quy II/2026");
        assertThat(header.endAt(page, 0)).isEqualTo(1);
    }

    @Test
    void aRowOrACellThatSharesAWordWithTheHeaderIsNoRepeat() {
        List<String> rows = List.of("Thang 12", "Xay dung noi dung nhiem vu chuyen doi so | So Noi vu | Thang 6/2026",
                "Don vi chu tri to chuc thuc hien");
        assertThat(header.endAt(rows, 0)).isEqualTo(-1);
        assertThat(header.endAt(rows, 1)).isEqualTo(-1);
        assertThat(header.endAt(rows, 2)).isEqualTo(-1);
    }
}
