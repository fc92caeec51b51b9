package vn.camket.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.camket.TestPaths;
import vn.camket.model.ParsedPlan;
import vn.camket.parse.CorpusParser;
import vn.camket.parse.PlanParser;
import vn.camket.parse.ProvinceDirectory;
import vn.camket.text.SourceTextLoader;

class SyntheticCorpusTest {
    static List<ParsedPlan> real;

    @BeforeAll
    static void parse() throws Exception {
        real = new CorpusParser(PlanParser.withDefaults(), new SourceTextLoader()).parse(CorpusParser.planFiles(TestPaths.corpus()), f -> { }).plans();
    }

    private static int records(List<ParsedPlan> plans) {
        return plans.stream().mapToInt(p -> p.clauses().size() + p.tasks().size() + p.targets().size()).sum();
    }

    @Test
    void makesTheAskedNumberOfRecordsAcrossProvinces() {
        List<ParsedPlan> plans = new SyntheticCorpus(real, ProvinceDirectory.load().all(), 0.18).generate(3_000, 250, 57);
        assertThat(records(plans)).isEqualTo(3_000);
        assertThat(plans).hasSize(12);
        assertThat(plans.stream().map(p -> p.plan().province()).distinct().count()).isEqualTo(12);
        assertThat(plans.stream().map(p -> p.plan().id()).distinct().count()).isEqualTo(12);
    }

    @Test
    void sameSeedSameCorpusAndNoiseAddsOcrSlips() {
        SyntheticCorpus noisy = new SyntheticCorpus(real, ProvinceDirectory.load().all(), 0.5);
        List<ParsedPlan> a = noisy.generate(500, 250, 7), b = noisy.generate(500, 250, 7);
        assertThat(a.getFirst().clauses().stream().map(c -> c.text()).toList())
                .isEqualTo(b.getFirst().clauses().stream().map(c -> c.text()).toList());
        String all = String.join(" ", a.stream().flatMap(p -> p.tasks().stream()).map(t -> t.task()).toList());
        assertThat(all).containsPattern("[a-z](6|&|ir|€|¢|9|4)[a-z]");
    }
}
