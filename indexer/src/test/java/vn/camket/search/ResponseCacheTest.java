package vn.camket.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camket.index.IndexHolder;
import vn.camket.io.JsonLines;

class ResponseCacheTest {
    private static SearchResponse answer(long total, String... notes) {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        facets.put("province", new ArrayList<>(List.of(new FacetValue("a", total))));
        return new SearchResponse(total, 1, 20, new ArrayList<>(), facets, new ArrayList<>(List.of(notes)), "v", false);
    }

    @Test
    void aRequestIsSearchedOncePerIndexVersion() throws IOException {
        ResponseCache cache = new ResponseCache(10);
        AtomicInteger searched = new AtomicInteger();
        SearchRequest q = SearchRequest.of("chuyển đổi số");
        SearchResponse first = cache.get("v1", q, () -> answer(searched.incrementAndGet()));
        SearchResponse again = cache.get("v1", SearchRequest.of("chuyển đổi số"), () -> answer(searched.incrementAndGet()));
        assertThat(again).isEqualTo(first);
        assertThat(searched).hasValue(1);
        // another page, another filter: other requests
        cache.get("v1", q.withPage(2, 20), () -> answer(searched.incrementAndGet()));
        cache.get("v1", q.withFilter("province", "x"), () -> answer(searched.incrementAndGet()));
        assertThat(searched).hasValue(3);
        // a new index: searched again, and the old version's answers are gone
        assertThat(cache.get("v2", q, () -> answer(searched.incrementAndGet())).total()).isEqualTo(4);
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.counts()).containsExactly(1, 4);
    }

    @Test
    void keptAnswersCannotBeChangedByOneReaderUnderAnother() throws IOException {
        ResponseCache cache = new ResponseCache(10);
        SearchResponse r = cache.get("v", SearchRequest.of("x"), () -> answer(3));
        assertThatThrownBy(() -> r.notes().add("mine")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.facets().get("province").clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.facets().remove("province")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.hits().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anAnswerCutShortOrAFailureIsNotKept() throws IOException {
        ResponseCache cache = new ResponseCache(10);
        AtomicInteger searched = new AtomicInteger();
        SearchRequest q = SearchRequest.of("x");
        cache.get("v", q, () -> answer(searched.incrementAndGet(), "timed-out"));
        cache.get("v", q, () -> answer(searched.incrementAndGet(), "timed-out"));
        assertThat(searched).hasValue(2);

        SearchRequest bad = SearchRequest.of("y");
        assertThatThrownBy(() -> cache.get("v", bad, () -> { throw new IOException("disk"); })).isInstanceOf(IOException.class);
        assertThat(cache.get("v", bad, () -> answer(7)).total()).isEqualTo(7);
    }

    @Test
    void theLeastRecentlyUsedGoFirst() throws IOException {
        ResponseCache cache = new ResponseCache(2);
        AtomicInteger searched = new AtomicInteger();
        cache.get("v", SearchRequest.of("a"), () -> answer(searched.incrementAndGet()));
        cache.get("v", SearchRequest.of("b"), () -> answer(searched.incrementAndGet()));
        cache.get("v", SearchRequest.of("a"), () -> answer(searched.incrementAndGet())); // a used again
        cache.get("v", SearchRequest.of("c"), () -> answer(searched.incrementAndGet())); // b goes
        assertThat(cache.size()).isEqualTo(2);
        cache.get("v", SearchRequest.of("a"), () -> answer(searched.incrementAndGet()));
        assertThat(searched).hasValue(3);
        cache.get("v", SearchRequest.of("b"), () -> answer(searched.incrementAndGet()));
        assertThat(searched).hasValue(4);
    }

    @Test
    void readersAskingAtOnceWaitForOneSearch() throws Exception {
        ResponseCache cache = new ResponseCache(10);
        AtomicInteger searched = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1), release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<SearchResponse>> all = new ArrayList<>();
            all.add(pool.submit(() -> cache.get("v", SearchRequest.of("q"), () -> {
                started.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
                return answer(searched.incrementAndGet());
            })));
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 7; i++) all.add(pool.submit(() -> cache.get("v", SearchRequest.of("q"), () -> answer(searched.incrementAndGet()))));
            release.countDown();
            for (Future<SearchResponse> f : all) assertThat(f.get(30, TimeUnit.SECONDS).total()).isEqualTo(1);
            assertThat(searched).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aServiceKeepingAnswersAnswersAsOneThatDoesNot(@TempDir Path dir) throws IOException {
        try (IndexHolder holder = TestIndex.build(dir, List.of(
                TestIndex.plan("p1", "Kiểm Thử", "Xây dựng kho dữ liệu số dùng chung.", "Đào tạo nhân lực số."),
                TestIndex.plan("p2", "Thử Nghiệm", "Phát triển kho dữ liệu mở.")))) {
            SearchService plain = new SearchService(holder), keeping = SearchService.keepingAnswers(holder, 10);
            for (String q : List.of("kho dữ liệu", "nhan luc so", "", "\"dữ liệu mở\"")) {
                SearchRequest r = SearchRequest.of(q);
                // as the API writes them (a hit holds arrays, compared by content only when written)
                String expected = JsonLines.MAPPER.writeValueAsString(plain.search(r));
                assertThat(JsonLines.MAPPER.writeValueAsString(keeping.search(r))).as(q).isEqualTo(expected);
                assertThat(JsonLines.MAPPER.writeValueAsString(keeping.search(r))).as(q).isEqualTo(expected);
            }
            assertThat(keeping.answersKeptAndSearched()).containsExactly(4, 4);
            assertThat(SearchService.keepingAnswers(holder, 0).answersKeptAndSearched()).containsExactly(0, 0);
        }
    }
}
