package vn.camket.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import vn.camket.model.Clause;
import vn.camket.model.Deadline;
import vn.camket.model.Plan;
import vn.camket.model.Target;
import vn.camket.model.TargetValue;
import vn.camket.model.TaskRow;
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

    @Test
    void aRowsOtherCellsAreItsContextAndItsDueYearAKeyword() {
        TaskRow task = new TaskRow("t", "p", "004.txt", "", "I", "3", "Xây dựng nền tảng học tập trực tuyến", List.of("Sở Giáo dục và Đào tạo"),
                "Sở Giáo dục và Đào tạo", List.of(), "Các trường học", "Nền tảng được vận hành",
                new Deadline("Hoàn thành trong quý IV/2025", Deadline.Kind.dated, "2025-12", null, null), "", null, new int[] {4, 5});
        Document d = documents.task(task, plan);
        assertThat(d.get(IndexFields.CONTEXT)).contains("Sở Giáo dục và Đào tạo", "Các trường học", "Nền tảng được vận hành", "quý IV/2025");
        assertThat(d.get(IndexFields.DUE_YEAR)).isEqualTo("2025");
        // a task with no deadline is due no year
        TaskRow ongoing = new TaskRow("u", "p", "004.txt", "", "I", "4", "Tuyên truyền về chuyển đổi số", List.of(), "", List.of(), null, null,
                Deadline.of("Thường xuyên", Deadline.Kind.ongoing), "", null, new int[] {6, 6});
        assertThat(documents.task(ongoing, plan).get(IndexFields.DUE_YEAR)).isNull();
        assertThat(documents.task(ongoing, plan).get(IndexFields.CONTEXT)).contains("Thường xuyên").doesNotContain("null");

        Target target = new Target("g", "p", "004.txt", "2030", "2", "Tỷ lệ hộ gia đình có cáp quang", "%",
                new TargetValue("≥ 90", ">=", 90.0), List.of("Sở Khoa học và Công nghệ"), null, new int[] {7, 7}, null, null);
        Document g = documents.target(target, plan);
        assertThat(g.get(IndexFields.CONTEXT)).contains("%", "≥ 90", "2030", "Sở Khoa học và Công nghệ");
        assertThat(g.get(IndexFields.DUE_YEAR)).isEqualTo("2030");
    }
}
