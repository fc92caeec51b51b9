package vn.camket.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camket.model.Deadline;
import vn.camket.model.ParsedPlan;
import vn.camket.model.Plan;
import vn.camket.model.TaskRow;

class SyntheticEvaluatorTest {
    @TempDir Path dir;

    private void plan(String name, String truthLine) throws Exception {
        Files.writeString(dir.resolve(name + ".txt"), "KẾ HOẠCH thử\n");
        Files.writeString(dir.resolve("truth-" + name + ".jsonl"), truthLine + "\n");
        Files.writeString(dir.resolve("meta-" + name + ".json"),
                "{\"province\": \"Tỉnh Mẫu\", \"number\": \"12/KH-UBND\", \"date\": \"2026-03-01\"}");
    }

    private static final String TRUTH = "{\"doc\": \"%s.txt\", \"group\": \"I\", \"row\": \"1\", "
            + "\"task\": \"Xây dựng bản đồ số các điểm du lịch\", \"lead\": [\"Sở Văn hóa, Thể thao và Du lịch\"], "
            + "\"lead_canonical\": [\"Sở Văn hóa, Thể thao và Du lịch\"], \"deadline_norm\": \"2026-09\"}";

    @Test
    void scoresEachPlanAndGoesOnWhenTheParserFailsOnOne() throws Exception {
        plan("a", TRUTH.formatted("a"));
        plan("b", TRUTH.formatted("b"));
        SyntheticEvaluator evaluator = new SyntheticEvaluator(text -> {
            if (text.source().equals("b.txt")) throw new StringIndexOutOfBoundsException("a broken table");
            Plan p = new Plan("p", "Tỉnh Mẫu", "Tỉnh Mẫu", "12/KH-UBND", "2026-03-02", "", "", text.source());
            TaskRow r = new TaskRow("t", "p", text.source(), "", "I", "1", "Xay dung ban d6 s6 cac diem du lich",
                    List.of("Sở Văn hóa, Thể thao và Du lịch"), "", List.of(), "", "", new Deadline("9/2026", Deadline.Kind.dated, "2026-09", null, null),
                    "", "", new int[] {1, 1});
            return new ParsedPlan(p, List.of(), List.of(r), List.of());
        });
        Map<String, TruthScore> s = evaluator.evaluate(dir, null);
        assertThat(s.keySet()).containsExactly("a", "b", "ALL");
        assertThat(s.get("a").matched).isEqualTo(1);
        assertThat(s.get("a").leadRight).isEqualTo(1);
        assertThat(s.get("a").deadlineRight).isEqualTo(1);
        assertThat(s.get("a").metaRight).isEqualTo(2); // the date is a day off
        assertThat(s.get("b").failed).isEqualTo(1);
        assertThat(s.get("b").matched).isZero();
        assertThat(s.get("ALL").gold).isEqualTo(2);
        assertThat(s.get("ALL").recall()).isEqualTo(0.5);
    }
}
