package vn.camket.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoadRunTest {
    @Test
    void everyRequestIsCountedOnceAndEveryFailureAsAFailure() throws Exception {
        Set<Integer> sent = ConcurrentHashMap.newKeySet();
        AtomicInteger calls = new AtomicInteger(), refused = new AtomicInteger(), clientsMade = new AtomicInteger();
        LoadRun.Result r = LoadRun.run(4, 0.3, () -> {
            clientsMade.incrementAndGet();
            return i -> {
                calls.incrementAndGet();
                sent.add(i);
                if (i % 10 == 0) {
                    refused.incrementAndGet();
                    throw new IllegalStateException("refused");
                }
            };
        });
        assertThat(r.clients()).isEqualTo(4);
        assertThat(clientsMade.get()).isEqualTo(4); // one client (connection) per thread
        assertThat(r.requests()).isEqualTo(calls.get()).isPositive();
        assertThat(sent).hasSize(calls.get()); // the clients walk the mix without sending an index twice
        assertThat(r.failures()).isEqualTo(refused.get());
        assertThat(r.p50()).isLessThanOrEqualTo(r.p95()).isLessThanOrEqualTo(r.p99());
    }

    @Test
    void percentilesComeFromTheSortedLatencies() {
        double[] ms = new double[100];
        for (int i = 0; i < 100; i++) ms[i] = i + 1;
        assertThat(LoadRun.percentile(ms, 0.50)).isEqualTo(50);
        assertThat(LoadRun.percentile(ms, 0.99)).isEqualTo(99);
    }

    @Test
    void theChartDrawsBothEnginesAndEscapesItsTitle() {
        var runs = List.of(new LoadRun.Result(1, 100, 0, 1, 5, 8, 9), new LoadRun.Result(8, 400, 0, 1, 15, 30, 40));
        String svg = BenchChart.svg("a < b", List.of(new BenchChart.Series("Camket", "#00f", runs), new BenchChart.Series("PostgreSQL", "#f00", runs)));
        assertThat(svg).contains("a &lt; b").contains("Camket p99").contains("PostgreSQL p50");
        assertThat(svg.split("<polyline", -1)).hasSize(5);
    }
}
