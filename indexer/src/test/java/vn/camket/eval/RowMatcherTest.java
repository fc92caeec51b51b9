package vn.camket.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RowMatcherTest {
    private static final String CLEAN = "Xây dựng kho học liệu số dùng chung cho các trường phổ thông trên địa bàn tỉnh";
    private static final String OTHER = "Tổ chức hội chợ công nghệ và thiết bị cho doanh nghiệp nhỏ và vừa hằng năm";

    @Test
    void pairsAGarbledRowWithItsCleanTruthThoughOtherColumnsAreInterleaved() {
        String ocr = "3. Xay dung kho hoc li€u s6 S6 Giao duc Quyét dinh dung chung cho cac truong ph6 thong trén dia ban tinh";
        assertThat(RowMatcher.match(List.of(CLEAN, OTHER), List.of(ocr))).containsExactly(0, -1);
    }

    @Test
    void leavesARowWithoutPartnerWhenNoTextHoldsItsOpening() {
        assertThat(RowMatcher.match(List.of(CLEAN), List.of(OTHER))).containsExactly(-1);
        assertThat(RowMatcher.match(List.of(CLEAN), List.of())).containsExactly(-1);
        assertThat(RowMatcher.match(List.of(), List.of(OTHER))).isEmpty();
    }

    @Test
    void pairsOneToOneAndTheBetterPairFirst() {
        String a = "Ban hành quy chế quản lý dữ liệu số của tỉnh";
        String b = "Ban hành quy chế quản lý dữ liệu số của tỉnh và hướng dẫn thực hiện quy chế";
        // one extracted row holding b whole: b takes it, a is left without partner
        int[] m = RowMatcher.match(List.of(a, b), List.of("Ban hanh quy ché quan ly dii liéu s6 cia tinh va huéng dan thuc hién quy ché"));
        assertThat(m).containsExactly(-1, 0);
    }

    @Test
    void ignoresRowNumbersAndCaseAndDiacritics() {
        assertThat(RowMatcher.key("12.  XÂY DỰNG Đề án", 120)).isEqualTo("xay dung de an");
        assertThat(RowMatcher.key("IV. Nâng cao", 120)).isEqualTo("nang cao");
        assertThat(RowMatcher.match(List.of("1. Xây dựng đề án chuyển đổi số"), List.of("XAY DUNG DE AN CHUYEN DOI SO"))).containsExactly(0);
    }
}
