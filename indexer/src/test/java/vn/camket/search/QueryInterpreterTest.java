package vn.camket.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.camket.analysis.SyllableModel;
import vn.camket.analysis.VietnameseAnalyzer;

class QueryInterpreterTest {
    private final QueryInterpreter interpreter = new QueryInterpreter(new VietnameseAnalyzer(SyllableModel.inventoryOnly(), false));

    @Test
    void theWordsOfANamedLeadAndChuTriAreSatisfiedByTheLeadCell() {
        String q = interpreter.parse("Sở Nội vụ chủ trì tôn vinh").query().toString();
        // each of "nội", "vụ", "chủ", "trì" matches in the text or in the record's lead
        for (String w : new String[] {"noi", "vu", "chu", "tri"}) {
            assertThat(q).contains("((text:" + w + " | (context:" + w + ")^0.3)~0.1 | (leadKey:Sở Nội vụ)");
        }
        // the topic's words only in the text
        assertThat(q).contains(" (text:vinh | (context:vinh)^0.3)~0.1 (plain:");
    }

    @Test
    void aQueryNamingNoAgencyHasNoLeadAlternatives() {
        assertThat(interpreter.parse("đào tạo kỹ năng số").query().toString()).doesNotContain("leadKey");
    }

    @Test
    void aNamedAgencyAlsoFindsWhatItsSuccessorLeads() {
        String q = interpreter.parse("nhiệm vụ Ngân hàng Nhà nước chi nhánh tỉnh").boost().toString();
        // the provincial branch's work passed to the regional branch in 2025: either lead answers
        assertThat(q).contains("((leadKey:Ngân hàng Nhà nước chi nhánh tỉnh | leadKey:Ngân hàng Nhà nước khu vực))^3.0");
        // an agency that was not merged away is asked for alone
        assertThat(interpreter.parse("Sở Nội vụ chủ trì").boost().toString())
                .contains("(leadKey:Sở Nội vụ)^3.0").doesNotContain("leadKey:Sở Tài chính");
    }
}
