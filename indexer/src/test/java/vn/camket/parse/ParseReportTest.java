package vn.camket.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camket.model.Clause;
import vn.camket.model.Deadline;
import vn.camket.model.ParsedPlan;
import vn.camket.model.Plan;
import vn.camket.model.Target;
import vn.camket.model.TaskRow;
import vn.camket.text.SourceText;
import vn.camket.text.SourceTextLoader;

class ParseReportTest {
    private static final Plan PLAN = new Plan("p", "Tỉnh Mẫu", "Tỉnh Mẫu", "1/KH-UBND", "2026-01-01", "", "", "p.txt");

    private static TaskRow task(String appendix, int line, List<String> lead, Deadline deadline) {
        return new TaskRow("t" + line, "p", "p.txt", appendix, "I", "1", "Một nhiệm vụ", lead, "", List.of(), "", "",
                deadline, "", "", new int[] {line, line + 1});
    }

    private static Target target(int line) {
        return new Target("g" + line, "p", "p.txt", "2030", "1", "Tỷ lệ", "%", null, List.of(), "", new int[] {line, line});
    }

    private static SourceText text(String... lines) {
        return new SourceText("p.txt", List.of(lines));
    }

    private static final Deadline DUE = new Deadline("2026", Deadline.Kind.dated, "2026", null, null);

    @Test
    void warnsWhenAPlanThatMentionsAnAppendixHowEverGarbledYieldsNoTaskRows() {
        for (String mention : List.of("Chi tiết tại Phụ lục kèm theo", "(chi tiet tai P h u  l u c  II)", "PHY LUC |1", "Phu lue I")) {
            ParseReport r = ParseReport.of(text("KẾ HOẠCH", mention, "Nơi nhận"), new ParsedPlan(PLAN, List.of(), List.of(), List.of()));
            assertThat(r.warnings()).as(mention).singleElement().asString().contains("appendix").contains("line 2").contains("no task rows");
        }
    }

    @Test
    void warnsWhenATaskListIsAnnouncedButNothingCameOfIt() {
        ParseReport r = ParseReport.of(text("Danh mục nhiệm vụ cụ thể như sau", "STT Tên nhiệm vụ Cơ quan chủ trì"),
                new ParsedPlan(PLAN, List.of(), List.of(task("", 3, List.of("Sở Y tế"), DUE)), List.of()));
        assertThat(r.warnings()).singleElement().asString().contains("task list").contains("only 1 task row");
    }

    @Test
    void saysNothingOfAPlanThatAnnouncesNoTable() {
        ParseReport r = ParseReport.of(text("KẾ HOẠCH", "Phát triển phúc lợi xã hội và pháp luật"), new ParsedPlan(PLAN, List.of(), List.of(), List.of()));
        assertThat(r.warnings()).isEmpty();
        assertThat(r.tables()).isZero();
    }

    @Test
    void countsTablesRowsAndRowsWithoutLeadOrDeadline() {
        List<TaskRow> tasks = new ArrayList<>();
        for (int i = 0; i < 4; i++) tasks.add(task("I", 100 + 3 * i, List.of("Sở Y tế"), DUE));
        tasks.add(task("II", 115, List.of(), DUE)); // another appendix, right after: another table
        tasks.add(task("II", 118, List.of("Sở Nội vụ"), null));
        tasks.add(task("II", 300, List.of("Sở Nội vụ"), DUE)); // far from the rest: a third table
        Clause clause = new Clause("c", "p", "p.txt", List.of(), List.of(), "Đạt 80 % …", new int[] {10, 12}, "");
        List<Target> targets = List.of(target(11), target(400), target(401)); // one bullet in the prose, one table
        ParseReport r = ParseReport.of(text("x"), new ParsedPlan(PLAN, List.of(clause), tasks, targets));
        assertThat(r.tables()).isEqualTo(4);
        assertThat(r.taskRows()).isEqualTo(7);
        assertThat(r.targetRows()).isEqualTo(3);
        assertThat(r.withoutLead()).isEqualTo(1);
        assertThat(r.withoutDeadline()).isEqualTo(1);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void warnsWhenMostRowsLackALead() {
        List<TaskRow> tasks = List.of(task("", 5, List.of(), DUE), task("", 8, List.of(), DUE), task("", 11, List.of("Sở Y tế"), DUE));
        ParseReport r = ParseReport.of(text("x"), new ParsedPlan(PLAN, List.of(), tasks, List.of()));
        assertThat(r.warnings()).containsExactly("2 of 3 task rows without a lead");
    }

    @TempDir Path dir;

    @Test
    void aTruncatedTableNeitherStopsTheCorpusNorGoesUnreported() throws Exception {
        Files.writeString(dir.resolve("a_truncated.txt"), """
                ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
                Số: 31/KH-UBND Hà Tĩnh, ngày 02 tháng 04 năm 2025
                KẾ HOẠCH
                Triển khai chuyển đổi số
                I. NHIỆM VỤ
                Các nhiệm vụ cụ thể tại Phụ lục kèm theo.
                Nơi nhận:
                - Như trên.
                Phụ lục
                DANH MỤC NHIỆM VỤ
                STT | Tên nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành
                1 | Xây dựng cơ sở dữ liệu nông nghiệp | Sở Nông""");
        Files.writeString(dir.resolve("b_prose.txt"), """
                ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
                Số: 32/KH-UBND Hà Tĩnh, ngày 03 tháng 04 năm 2025
                KẾ HOẠCH
                Về phát triển thương mại điện tử
                I. MỤC TIÊU
                - Phát triển thương mại điện tử.
                Nơi nhận:
                - Như trên.
                """);
        CorpusParser.Result result = new CorpusParser(PlanParser.withDefaults(), new SourceTextLoader())
                .parse(CorpusParser.planFiles(dir), f -> { });
        assertThat(result.reports()).extracting(ParseReport::source).containsExactly("a_truncated.txt", "b_prose.txt");
        assertThat(result.plans()).extracting(p -> p.plan().source()).contains("b_prose.txt");
        ParseReport truncated = result.reports().getFirst();
        // whatever the table reader makes of the cut row, the plan is either read or reported as failed, never silent
        assertThat(truncated.taskRows() > 0 || truncated.hasWarnings()).isTrue();
        assertThat(result.reports().get(1).warnings()).isEmpty();
    }

    @Test
    void aPlanThatCouldNotBeParsedIsReportedWithItsReason() {
        ParseReport r = ParseReport.failed("x.txt", "java.lang.StringIndexOutOfBoundsException");
        assertThat(r.taskRows()).isZero();
        assertThat(r.warnings()).singleElement().asString().contains("could not be parsed").contains("StringIndexOutOfBounds");
    }
}
