package vn.camket.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TableAwareCerTest {
    private static final String PRINTED = """
            Mở đầu của văn bản viết liền.
            1. | Lập kế hoạch thí điểm | Sở Xây dựng | Quý II
            2. | Tổ chức tập huấn cán bộ | Sở Nội vụ | Hằng năm
            Đoạn kết.
            """;

    @Test
    void rowsReadInAnotherOrderCostNothingWhenMatchedRowByRow() {
        String read = """
                Mở đầu của văn bản viết liền.
                2. | Tổ chức tập huấn cán bộ | Sở Nội vụ | Hằng năm
                1. | Lập kế hoạch thí điểm | Sở Xây dựng | Quý II
                Đoạn kết.
                """;
        TableAwareCer.Result r = TableAwareCer.of(read, PRINTED);
        assertThat(r.prose().edits()).isZero();
        assertThat(r.tableInOrder().edits()).isPositive();
        assertThat(r.tableRowMatched().edits()).isZero();
        assertThat(r.rowsMatched()).isEqualTo(2);
    }

    @Test
    void aLostRowCountsInFull() {
        String read = """
                Mở đầu của văn bản viết liền.
                1. | Lập kế hoạch thí điểm | Sở Xây dựng | Quý II
                Đoạn kết.
                """;
        TableAwareCer.Result r = TableAwareCer.of(read, PRINTED);
        assertThat(r.tableRowMatched().edits()).isEqualTo(CharErrorRate.normalize("2. | Tổ chức tập huấn cán bộ | Sở Nội vụ | Hằng năm").length());
        assertThat(r.rowsRead()).isEqualTo(1);
        assertThat(r.rowsPrinted()).isEqualTo(2);
    }
}
