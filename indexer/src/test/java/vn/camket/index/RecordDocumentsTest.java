package vn.camket.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import vn.camket.model.Clause;
import vn.camket.model.Plan;
import vn.camket.parse.AgencyDirectory;

class RecordDocumentsTest {
    private final RecordDocuments documents = new RecordDocuments(AgencyDirectory.load());
    private final Plan plan = new Plan("p", "Phú Thọ", "Phú Thọ", "1/KH-UBND", "2025-03-01", "Kế hoạch", "UBND tỉnh", "004.txt");

    private static List<String> leadKeys(Document d) {
        return Arrays.stream(d.getFields(IndexFields.LEAD_KEY)).map(IndexableField::stringValue).toList();
    }

    private Clause clause(String... headings) {
        return new Clause("c", "p", "004.txt", List.of("V", "5", "-3"), List.of(headings),
                "- Phối hợp với Sở Khoa học và Công nghệ xây dựng kế hoạch đào tạo, bồi dưỡng cán bộ", new int[] {1, 2}, null);
    }

    @Test
    void aClauseUnderAnAgencysHeadingIsThatAgencysTask() {
        // the implementation section gives each agency a heading; the OCR's "S¢" is "Sở"
        assertThat(leadKeys(documents.clause(clause("V. TỔ CHỨC THỰC HIỆN", "5. S¢ Noi vu"), plan))).containsExactly("Sở Nội vụ");
        // the agency named inside the clause's own text is not the one it answers to
        assertThat(leadKeys(documents.clause(clause("V. TỔ CHỨC THỰC HIỆN", "2. Nhiệm vụ và giải pháp"), plan))).isEmpty();
        // a heading that only mentions an agency further on is no agency's heading
        assertThat(leadKeys(documents.clause(clause("a) Phát triển hạ tầng số do Sở Nội vụ theo dõi"), plan))).isEmpty();
    }
}
