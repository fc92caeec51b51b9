package vn.camket.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.camket.model.Deadline;
import vn.camket.model.TaskRow;

class TruthScorerTest {
    private static TaskRow row(String task, List<String> lead, Deadline deadline) {
        return new TaskRow("id", "plan", "f.txt", "", "I", "1", task, lead, "", List.of(), "", "", deadline, "", "", new int[] {1, 1});
    }

    private static TruthRow truth(String task, List<String> lead, String deadline) {
        return new TruthRow("I", "1", task, List.of(lead), deadline);
    }

    @Test
    void countsMatchedRowsAndTheirLeadsAndDeadlines() {
        List<TruthRow> gold = List.of(
                truth("Xây dựng cơ sở dữ liệu đất đai dùng chung của tỉnh", List.of("Sở Nông nghiệp và Môi trường"), "2026-06"),
                truth("Đào tạo kỹ năng số cho cán bộ công chức cấp xã", List.of("Sở Nội vụ"), "annual"),
                truth("Tổ chức diễn đàn khởi nghiệp sáng tạo của thanh niên", List.of("Tỉnh đoàn"), "2026"));
        List<TaskRow> got = List.of(
                row("Xay dung co s6 du lieu dat dai dung chung cua tinh", List.of("Sở Nông nghiệp và Môi trường"),
                        new Deadline("6/2026", Deadline.Kind.dated, "2026-06", null, null)),
                row("Dao tao ky nang so cho can bo cong chuc cap xa", List.of("Sở Tài chính"), null),
                row("Một dòng không có trong bảng thật", List.of(), null));
        TruthScore s = TruthScorer.score("f", gold, got, null);
        assertThat(s.gold).isEqualTo(3);
        assertThat(s.extracted).isEqualTo(3);
        assertThat(s.matched).isEqualTo(2);
        assertThat(s.leadRight).isEqualTo(1);
        assertThat(s.deadlineRight).isEqualTo(1); // the missing deadline reads as unknown, not annual
        assertThat(s.recall()).isEqualTo(2 / 3.0);
    }

    @Test
    void aLeadIsRightAsTheAgencyItIsTodayOrAsTheSameWordsUnseparated() {
        assertThat(TruthScorer.sameLead(List.of(List.of("Sở Kế hoạch và Đầu tư")), List.of("Sở Tài chính"))).isTrue();
        assertThat(TruthScorer.sameLead(List.of(List.of("Bộ Ngoại giao Bộ Tư pháp")), List.of("Bộ Ngoại giao", "Bộ Tư pháp"))).isTrue();
        assertThat(TruthScorer.sameLead(List.of(List.of("UBND cấp xã"), List.of("Ủy ban nhân dân cấp xã")), List.of("Sở Y tế"))).isFalse();
        assertThat(TruthScorer.sameLead(List.of(List.of()), List.of())).isTrue();
        assertThat(TruthScorer.sameLead(List.of(List.of("Sở Y tế")), List.of())).isFalse();
    }

    @Test
    void nothingExtractedScoresZeroNotAnError() {
        TruthScore s = TruthScorer.score("f", List.of(truth("Ban hành kế hoạch", List.of("Sở Y tế"), "2026")), List.of(), null);
        assertThat(s.recall()).isZero();
        assertThat(s.precision()).isZero();
        assertThat(s.leadAccuracy()).isZero();
    }
}
