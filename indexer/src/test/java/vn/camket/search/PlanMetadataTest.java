package vn.camket.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camket.index.IndexHolder;
import vn.camket.model.Clause;
import vn.camket.model.ParsedPlan;
import vn.camket.model.Plan;

/** A hit carries its plan's number, date and province, read once per index version and never stale after a rebuild. */
class PlanMetadataTest {
    @TempDir Path dir;

    private static ParsedPlan plan(String id, String province, String number, String date, String text) {
        Plan p = new Plan(id, province, province, number, date, "Kế hoạch", "UBND tỉnh " + province, id + ".txt");
        return new ParsedPlan(p, List.of(new Clause(id + "-c0", id, id + ".txt", List.of("1"), List.of(), text, new int[] {1, 1}, null)),
                List.of(), List.of());
    }

    @Test
    void hitsCarryTheirPlansMetadataInEverySearchAndAfterARebuild() throws Exception {
        String text = "Phát triển hạ tầng số và chuyển đổi số trong cơ quan nhà nước trên địa bàn tỉnh";
        try (IndexHolder holder = TestIndex.build(dir, List.of(
                plan("p1", "Lào Cai", "12/KH-UBND", "2025-03-01", text), plan("p2", "Hà Giang", "34/KH-UBND", "2025-04-02", text)))) {
            SearchService search = new SearchService(holder);
            for (int round = 0; round < 2; round++) {
                List<Hit> hits = search.search(SearchRequest.of("chuyển đổi số")).hits();
                assertThat(hits).hasSize(2).allSatisfy(h -> {
                    assertThat(h.planNumber()).isEqualTo(h.plan().equals("p1") ? "12/KH-UBND" : "34/KH-UBND");
                    assertThat(h.planDate()).isEqualTo(h.plan().equals("p1") ? "2025-03-01" : "2025-04-02");
                    assertThat(h.province()).isEqualTo(h.plan().equals("p1") ? "Lào Cai" : "Hà Giang");
                });
            }
            // the same plan id rebuilt with another number: the new index answers with the new number
            try (IndexHolder rebuilt = TestIndex.build(dir, List.of(plan("p1", "Lào Cai", "99/KH-UBND", "2025-05-05", text)))) {
                assertThat(rebuilt.refresh()).isTrue(); // the new version is published
            }
            holder.refresh();
            assertThat(search.search(SearchRequest.of("chuyển đổi số")).hits())
                    .singleElement().satisfies(h -> assertThat(h.planNumber()).isEqualTo("99/KH-UBND"));
        }
    }
}
