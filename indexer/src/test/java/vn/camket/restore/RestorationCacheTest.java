package vn.camket.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camket.model.ParsedPlan;
import vn.camket.model.Restoration;

/** The on-disk cache of restored readings, on texts written for the test. */
class RestorationCacheTest {
    private static final String CLEAN_PLAN = String.join("\n", Collections.nCopies(6, PlanRestorationTest.CLEAN));
    private static final List<String> CORPUS = List.of(CLEAN_PLAN, PlanRestorationTest.STRIPPED);

    @TempDir
    Path dir;

    private static List<String> readings(ParsedPlan p) {
        return p.clauses().stream().map(c -> c.restored() == null ? null : c.restored().text()).toList();
    }

    @Test
    void theSameTextReusesTheStoredReading() throws IOException {
        RestorationCache cache = new RestorationCache(dir);
        ParsedPlan plan = PlanRestorationTest.plan(PlanRestorationTest.STRIPPED);
        ParsedPlan first = PlanRestoration.forCorpus(CORPUS, cache).apply(plan, PlanRestorationTest.STRIPPED);
        assertThat(readings(first).getFirst()).contains("Phát triển");
        String key = RestorationCache.key(RestorationCache.fingerprint(List.of(CLEAN_PLAN), Restorer.THRESHOLD), PlanRestorationTest.STRIPPED);
        Map<String, Restoration> stored = cache.get(key);
        assertThat(stored).containsKey(plan.clauses().getFirst().text());
        // plant a reading the restorer would never make: if it comes back, the file was read, not the text restored
        stored.put(plan.clauses().getFirst().text(), new Restoration("đọc từ bộ nhớ đệm", List.of()));
        cache.put(key, stored);
        ParsedPlan again = PlanRestoration.forCorpus(CORPUS, cache).apply(plan, PlanRestorationTest.STRIPPED);
        assertThat(readings(again).getFirst()).isEqualTo("đọc từ bộ nhớ đệm");
        assertThat(readings(again).subList(1, readings(again).size())).isEqualTo(readings(first).subList(1, readings(first).size()));
    }

    @Test
    void aChangedTextOrAChangedModelIsRestoredAgain() {
        RestorationCache cache = new RestorationCache(dir);
        String printed = PlanRestorationTest.STRIPPED;
        String fp = RestorationCache.fingerprint(List.of(CLEAN_PLAN), Restorer.THRESHOLD);
        ParsedPlan plan = PlanRestorationTest.plan(printed);
        PlanRestoration.forCorpus(CORPUS, cache).apply(plan, printed);
        cache.put(RestorationCache.key(fp, printed), Map.of(plan.clauses().getFirst().text(), new Restoration("cũ", List.of())));
        // one letter more in the plan's text: another key, so the planted reading is not used
        String changed = printed + "\nva nguoi dan";
        ParsedPlan other = PlanRestoration.forCorpus(CORPUS, cache).apply(PlanRestorationTest.plan(changed), changed);
        assertThat(readings(other).getFirst()).contains("Phát triển").isNotEqualTo("cũ");
        // another clean text or threshold: another fingerprint
        assertThat(RestorationCache.fingerprint(List.of(CLEAN_PLAN + "\nĐổi mới."), Restorer.THRESHOLD)).isNotEqualTo(fp);
        assertThat(RestorationCache.fingerprint(List.of(CLEAN_PLAN), 0.33)).isNotEqualTo(fp);
        assertThat(RestorationCache.key(fp, printed)).isNotEqualTo(RestorationCache.key(fp, changed));
    }

    @Test
    void aCorruptEntryIsRestoredAgainAndRewritten() throws IOException {
        RestorationCache cache = new RestorationCache(dir);
        String printed = PlanRestorationTest.STRIPPED;
        ParsedPlan plan = PlanRestorationTest.plan(printed);
        List<String> expected = readings(PlanRestoration.forCorpus(CORPUS, RestorationCache.none()).apply(plan, printed));
        String key = RestorationCache.key(RestorationCache.fingerprint(List.of(CLEAN_PLAN), Restorer.THRESHOLD), printed);
        Path f = cache.file(key);
        for (String garbage : List.of("not a cache file", "camket-restoration-cache 1 " + key + "\n%%%\t@@\t1-x\nend 1\n",
                "camket-restoration-cache 1 " + key + "\nYQ==\tYg==\t0-99\nend 1\n", "camket-restoration-cache 1 " + key + "\nYQ==\tYg==\t\n")) {
            Files.createDirectories(f.getParent());
            Files.writeString(f, garbage, StandardCharsets.UTF_8);
            assertThat(cache.get(key)).as(garbage).isEmpty();
            ParsedPlan r = PlanRestoration.forCorpus(CORPUS, cache).apply(plan, printed);
            assertThat(readings(r)).isEqualTo(expected);
            assertThat(cache.get(key)).containsKey(plan.clauses().getFirst().text());
        }
    }

    @Test
    void noCacheAndAnUnwritableOneStillRestore() throws IOException {
        String printed = PlanRestorationTest.STRIPPED;
        ParsedPlan plan = PlanRestorationTest.plan(printed);
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        RestorationCache blocked = new RestorationCache(file.resolve("below-a-file"));
        assertThat(readings(PlanRestoration.forCorpus(CORPUS, blocked).apply(plan, printed)).getFirst()).contains("Phát triển");
        assertThat(readings(PlanRestoration.forCorpus(CORPUS, RestorationCache.none()).apply(plan, printed)).getFirst()).contains("Phát triển");
    }
}
