package vn.camket.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.camket.model.Clause;
import vn.camket.model.Deadline;
import vn.camket.model.ParsedPlan;
import vn.camket.model.Plan;
import vn.camket.model.Restoration;
import vn.camket.model.Target;
import vn.camket.model.TargetValue;
import vn.camket.model.TaskRow;

/** The post-pass on texts written for the test: which plans it restores, what it adds, what it leaves alone. */
class PlanRestorationTest {
    static final String CLEAN = String.join("\n",
            "Phát triển hạ tầng số đồng bộ, hiện đại; phủ sóng mạng di động thế hệ mới đến mọi thôn, bản.",
            "Nâng cao chất lượng dịch vụ công trực tuyến để người dân và doanh nghiệp được phục vụ tốt hơn.",
            "Đào tạo nguồn nhân lực số cho các cơ quan nhà nước và các trường học trên địa bàn tỉnh.");
    static final String STRIPPED = Restorer.stripMarks(CLEAN);

    static PlanRestoration pass;

    @BeforeAll
    static void learn() {
        // a language model learned from a clean text written here (repeated: enough words to count as a clean plan)
        pass = new PlanRestoration(Restorer.fromTexts(List.of(String.join("\n", java.util.Collections.nCopies(6, CLEAN)))));
    }

    @Test
    void aTextThatLostItsDiacriticsNeedsRestorationAndACleanOneDoesNot() {
        assertThat(PlanRestoration.needsRestoration(STRIPPED)).isTrue();
        assertThat(PlanRestoration.needsRestoration(CLEAN)).isFalse();
        assertThat(PlanRestoration.markedShare(CLEAN)).isGreaterThan(0.6);
        assertThat(PlanRestoration.markedShare(STRIPPED)).isZero();
    }

    @Test
    void aFewWordsSayNothingEitherWay() {
        assertThat(PlanRestoration.needsRestoration("Phat trien ha tang so")).isFalse();
        assertThat(PlanRestoration.needsRestoration("")).isFalse();
        assertThat(PlanRestoration.needsRestoration(null)).isFalse();
    }

    @Test
    void namesAcronymsAndNumbersAreNotCountedAsSyllables() {
        // many codes and numbers beside clean prose do not make it look stripped
        String codes = CLEAN + " UBND KH&CN 57-NQ/TW 2025 GRDP ICT " .repeat(20);
        assertThat(PlanRestoration.needsRestoration(codes)).isFalse();
    }

    @Test
    void anOcrPlanGetsRestoredReadingsAndKeepsEverythingElse() {
        ParsedPlan p = plan(STRIPPED);
        ParsedPlan r = pass.apply(p, STRIPPED);
        assertThat(r.clauses()).hasSameSizeAs(p.clauses());
        for (int i = 0; i < p.clauses().size(); i++) {
            Clause before = p.clauses().get(i), after = r.clauses().get(i);
            assertThat(after.restored()).isNotNull();
            assertThat(after.withRestored(null)).usingRecursiveComparison().isEqualTo(before);
            assertThat(after.text()).isEqualTo(before.text()); // the printed text stays the text of reference
        }
        Clause first = r.clauses().getFirst();
        assertThat(first.restored().text()).isNotEqualTo(first.text());
        assertThat(first.restored().text()).contains("Phát triển");
        TaskRow task = r.tasks().getFirst();
        assertThat(task.restored().text()).contains("dịch vụ công");
        assertThat(task.restoredResult()).isNotNull();
        assertThat(task.restoredLead()).isNull(); // an empty cell has nothing to read
        assertThat(task.withRestored(null, null, null)).usingRecursiveComparison().isEqualTo(p.tasks().getFirst());
        assertThat(r.targets().getFirst().restored()).isNotNull();
    }

    @Test
    void theWholeSourceIsRestoredLineForLine() {
        String printed = "KE HOACH\n\n" + STRIPPED + "\nqxzvwk\n";
        ParsedPlan r = pass.apply(plan(STRIPPED), printed);
        Restoration source = r.restoredSource();
        assertThat(source).isNotNull();
        String[] in = printed.split("\n", -1), out = source.text().split("\n", -1);
        assertThat(out).hasSameSizeAs(in);
        assertThat(out[2]).contains("Phát triển");
        assertThat(out[1]).isEmpty();
        // uncertain words are marked where they stand in the whole text
        assertThat(source.segments()).anySatisfy(s -> {
            assertThat(s.uncertain()).isTrue();
            assertThat(s.text()).isEqualTo("qxzvwk");
        });
        assertThat(pass.apply(plan(CLEAN), CLEAN).restoredSource()).isNull();
    }

    @Test
    void passagesEndWhereSentencesSurelyEndAndCoverTheText() {
        String text = "Muc tieu:\nphat trien ha tang so\ndong bo.\n\nCon lai";
        List<String> pieces = PlanRestoration.passages(text);
        assertThat(pieces).containsExactly("Muc tieu:\n", "phat trien ha tang so\ndong bo.\n", "\n", "Con lai");
        assertThat(String.join("", pieces)).isEqualTo(text);
        Restoration joined = PlanRestoration.joined(List.of(new Restoration("Mục tiêu:\n", List.of()),
                new Restoration("phát triển xyz\n", List.of(new int[] {11, 14})), new Restoration("\n", List.of()), new Restoration("Còn lại", List.of())),
                pieces);
        assertThat(joined.text()).isEqualTo("Mục tiêu:\nphát triển xyz\n\nCòn lại");
        assertThat(joined.segments()).filteredOn(Restoration.Segment::uncertain).extracting(Restoration.Segment::text).containsExactly("xyz");
    }

    @Test
    void garbleIsKeptAsPrintedAndMarkedUncertain() {
        String printed = "Phat trien ha tang so qxzvwk dong bo";
        Restoration r = pass.restore(printed);
        assertThat(r.text()).contains("qxzvwk");
        assertThat(r.segments()).anySatisfy(s -> {
            assertThat(s.uncertain()).isTrue();
            assertThat(s.text()).isEqualTo("qxzvwk");
        });
        for (int[] u : r.uncertain()) assertThat(u[0]).isGreaterThanOrEqualTo(0).isLessThan(u[1]);
        assertThat(r.uncertain().getLast()[1]).isLessThanOrEqualTo(r.text().length());
    }

    @Test
    void aCleanPlanIsReturnedAsItIs() {
        ParsedPlan p = plan(CLEAN);
        assertThat(pass.apply(p, CLEAN)).isSameAs(p);
    }

    @Test
    void segmentsCoverTheTextInOrder() {
        Restoration r = new Restoration("Đạt tỉ lệ 100% ngudi sử dụng", List.of(new int[] {15, 20}));
        assertThat(r.segments()).extracting(Restoration.Segment::text).containsExactly("Đạt tỉ lệ 100% ", "ngudi", " sử dụng");
        assertThat(String.join("", r.segments().stream().map(Restoration.Segment::text).toList())).isEqualTo(r.text());
        // offsets out of range are ignored, never thrown on
        assertThat(new Restoration("abc", List.of(new int[] {2, 9})).segments()).extracting(Restoration.Segment::text).containsExactly("abc");
    }

    static ParsedPlan plan(String text) {
        String[] lines = text.split("\n");
        Plan plan = new Plan("1-kh-ubnd-2025-01-01", "Tỉnh Thử", "Tỉnh Thử", "1/KH-UBND", "2025-01-01", "Kế hoạch", "UBND", "t.txt");
        List<Clause> clauses = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            clauses.add(new Clause("c" + i, plan.id(), "t.txt", List.of("I", "" + (i + 1)), List.of("I. MUC TIEU"), lines[i], new int[] {i + 1, i + 1}, "ha-tang"));
        }
        TaskRow task = new TaskRow("t1", plan.id(), "t.txt", "", "I", "1", lines[1], List.of("Sở Thử"), "", List.of(), "", lines[2],
                Deadline.of("2025", Deadline.Kind.dated), "", "ha-tang", new int[] {2, 3});
        Target target = new Target("g1", plan.id(), "t.txt", "2025", "a", lines[0], "%", new TargetValue("100%", "=", 100.0), List.of(), "ha-tang",
                new int[] {1, 1});
        return new ParsedPlan(plan, clauses, List.of(task), List.of(target));
    }
}
