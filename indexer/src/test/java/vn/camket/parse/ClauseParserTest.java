package vn.camket.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.camket.model.Clause;
import vn.camket.text.SourceText;

class ClauseParserTest {
    private final ClauseParser parser = new ClauseParser(ThemeClassifier.load());

    @Test
    void buildsTheSectionTreeWithPathsHeadingsAndLines() {
        List<String> lines = List.of(
                "I. MỤC TIÊU",
                "1. Mục tiêu đến năm 2030",
                "a) Tỷ lệ phủ sóng 5G đạt 100%;",
                "b) Kinh tế số chiếm 30% GRDP,",
                "trong đó doanh nghiệp số tăng.",
                "- Hoàn thành trước 2030.",
                "II. NHIỆM VỤ",
                "¢) OCR reads c) like this",
                "",
                "Nơi nhận text is not here");
        List<Clause> cs = parser.parse(new SourceText("t.txt", lines), "p", 0, 8);
        assertThat(cs).extracting(c -> String.join(".", c.path()))
                .containsExactly("I", "I.1", "I.1.a", "I.1.b", "I.1.b.-1", "II", "II.c");
        Clause b = cs.get(3);
        assertThat(b.text()).isEqualTo("b) Kinh tế số chiếm 30% GRDP, trong đó doanh nghiệp số tăng.");
        assertThat(b.lines()).containsExactly(4, 5);
        assertThat(b.headings()).containsExactly("I. MỤC TIÊU", "1. Mục tiêu đến năm 2030");
        assertThat(cs.get(4).headings()).hasSize(3);
    }

    @Test
    void aBlankLineInsideASentenceDoesNotSplitTheClause() {
        List<String> lines = List.of("- Người đứng đầu phát huy tinh thần dám nghĩ, dám", "", "", "làm, dám chịu trách nhiệm.");
        List<Clause> cs = parser.parse(new SourceText("t.txt", lines), "p", 0, lines.size());
        assertThat(cs).hasSize(1);
        assertThat(cs.getFirst().text()).endsWith("dám làm, dám chịu trách nhiệm.");
    }
}
