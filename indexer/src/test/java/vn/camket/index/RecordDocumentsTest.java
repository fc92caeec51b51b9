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

    private static Clause at(String text, String... path) {
        return new Clause("c" + String.join(".", path), "p", "001.txt", List.of(path), List.of(), text, new int[] {1, 1}, null);
    }

    @Test
    void aSectionsTitleOverItsPointsIsMarkedSoThatItRanksBelowThem() {
        Clause title = at("4. Thu hút và trọng dụng nhân lực chất lượng cao", "IV", "4");
        Clause point = at("a) Tập trung nguồn lực thực hiện các nhiệm vụ được giao.", "IV", "4", "a");
        Clause sentence = at("4. Phát triển nhân lực chất lượng cao. Tiếp tục xây dựng chính sách thu hút chuyên gia.", "IV", "4");
        List<Clause> plan1 = List.of(title, point);
        assertThat(documents.clause(title, plan, plan1).get(IndexFields.SECTION_TITLE)).isEqualTo("yes");
        // a point with nothing under it, and a section whose text is a sentence of its own, are passages
        assertThat(documents.clause(point, plan, plan1).get(IndexFields.SECTION_TITLE)).isNull();
        assertThat(documents.clause(sentence, plan, List.of(sentence, point)).get(IndexFields.SECTION_TITLE)).isNull();
        // a clause of another plan file is no sub-clause
        Clause elsewhere = new Clause("x", "q", "003.txt", List.of("IV", "4", "a"), List.of(), "a) Điểm khác.", new int[] {1, 1}, null);
        assertThat(documents.clause(title, plan, List.of(title, elsewhere)).get(IndexFields.SECTION_TITLE)).isNull();
    }
}
