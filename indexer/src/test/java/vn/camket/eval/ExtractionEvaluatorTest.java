package vn.camket.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionEvaluatorTest {
    @Test
    void leadsAgreeWhenTheyNameTheSameAgenciesToday() {
        assertThat(ExtractionEvaluator.sameAgencies("Văn phòng UBND tỉnh", List.of("Văn phòng Ủy ban nhân dân tỉnh"))).isTrue();
        assertThat(ExtractionEvaluator.sameAgencies("Sở Kế hoạch và Đầu tư (Sở Tài chính)", List.of("Sở Tài chính"))).isTrue();
        assertThat(ExtractionEvaluator.sameAgencies("Sở Y tế; Công an tỉnh", List.of("Công an tỉnh", "Sở Y tế"))).isTrue();
    }

    @Test
    void leadsDisagreeWhenAnAgencyIsMissingOrAnother() {
        assertThat(ExtractionEvaluator.sameAgencies("Sở Y tế; Công an tỉnh", List.of("Sở Y tế"))).isFalse();
        assertThat(ExtractionEvaluator.sameAgencies("Sở Nội vụ", List.of("Sở Tài chính"))).isFalse();
        assertThat(ExtractionEvaluator.sameAgencies("Trường Đại học Đồng Tháp", List.of("Sở Giáo dục và Đào tạo"))).isFalse();
        assertThat(ExtractionEvaluator.sameAgencies("Sở Nội vụ", List.of())).isFalse();
    }
}
