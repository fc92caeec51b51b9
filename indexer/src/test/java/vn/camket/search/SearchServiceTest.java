package vn.camket.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camket.TestPaths;
import vn.camket.index.IndexBuilder;
import vn.camket.index.IndexHolder;
import vn.camket.index.IndexStore;
import vn.camket.text.Fold;

/** Search over the bundled corpus: diacritics, OCR repair, facets, sorting, structured search, bad queries. */
class SearchServiceTest {
    @TempDir static Path dir;
    static IndexHolder holder;
    static SearchService search;

    @BeforeAll
    static void index() throws Exception {
        IndexStore store = new IndexStore(dir.resolve("index"));
        IndexBuilder.withDefaults().build(TestPaths.corpus(), store, f -> { });
        holder = new IndexHolder(store);
        assertThat(holder.refresh()).isTrue();
        search = new SearchService(holder);
    }

    @AfterAll
    static void close() {
        holder.close();
    }

    private static long count(SearchResponse r, String dim, String value) {
        return r.facets().get(dim).stream().filter(f -> f.value().equals(value)).mapToLong(FacetValue::count).sum();
    }

    @Test
    void findsOcrPassagesWithOrWithoutDiacritics() {
        SearchResponse with = search.search(SearchRequest.of("đổi mới sáng tạo").withFilter("plan", "77-kh-ubnd-2025-02-28"));
        SearchResponse without = search.search(SearchRequest.of("doi moi sang tao").withFilter("plan", "77-kh-ubnd-2025-02-28"));
        assertThat(with.total()).isGreaterThan(5).isEqualTo(without.total());
        // the OCR text reads "d6i méi sang tao": found through repair, highlighted as printed
        assertThat(with.hits()).anySatisfy(h -> assertThat(h.snippet()).containsPattern("<mark>[^<]*(d6i|mai|méi)"));
    }

    @Test
    void anAbbreviationFindsWhatItStandsForAndTheOtherWayRound() {
        SearchResponse shortForm = search.search(SearchRequest.of("CNTT"));
        SearchResponse spelled = search.search(SearchRequest.of("công nghệ thông tin").withPage(1, 100));
        // both forms find records written either way
        assertThat(shortForm.hits()).anySatisfy(h -> assertThat(Fold.fold(h.text())).contains("cong nghe thong tin").doesNotContain("cntt"));
        assertThat(spelled.hits()).anySatisfy(h -> assertThat(Fold.fold(h.text())).contains("cntt").doesNotContain("cong nghe thong tin"));
    }

    @Test
    void phraseRanksPassagesHoldingTheWordsTogetherFirst() {
        SearchResponse r = search.search(SearchRequest.of("phủ sóng 5G"));
        assertThat(r.hits()).isNotEmpty();
        assertThat(r.hits().getFirst().text().toLowerCase()).containsPattern("ph\\S* s\\S*ng 5g");
    }

    @Test
    void aSectionsTitleRanksBelowThePointsUnderIt() {
        SearchResponse r = search.search(SearchRequest.of("thu hút nhân lực chất lượng cao")
                .withFilter("plan", "181-kh-ubnd-2025-02-25").withFilter("type", "clause").withPage(1, 50));
        // "4. Thu hút và trọng dụng nhân lực chất lượng cao …" holds every word, yet its point b) on attracting
        // and rewarding highly qualified staff says what the plan commits to
        int title = indexOf(r, "4. Thu hut va trong dung");
        int point = indexOf(r, "b) Ra soat trién khai, ban hanh theo tham quyén");
        assertThat(point).isNotNegative().isLessThan(title);
    }

    private static int indexOf(SearchResponse r, String opening) {
        for (int k = 0; k < r.hits().size(); k++) if (r.hits().get(k).text().startsWith(opening)) return k;
        return -1;
    }

    @Test
    void aQuotedPhraseFewPassagesHoldIsRelaxedAfterItsExactMatches() {
        SearchResponse r = search.search(SearchRequest.of("\"kinh tế ban đêm\"").withPage(1, 50));
        assertThat(r.notes()).contains("phrase-relaxed");
        List<Boolean> exact = r.hits().stream().map(h -> Fold.fold(h.text()).matches(".*kinh te\\W+ban\\W+dem.*")).toList();
        // the wording variant "kinh tế đêm" is found too, after every passage holding the phrase as typed
        assertThat(r.hits()).anySatisfy(h -> assertThat(Fold.fold(h.text())).contains("kinh te dem"));
        assertThat(exact.indexOf(false)).isGreaterThanOrEqualTo(0);
        assertThat(exact.subList(exact.indexOf(false), exact.size())).doesNotContain(true);
        // a phrase many passages hold is not relaxed
        assertThat(search.search(SearchRequest.of("\"chuyển đổi số\"")).notes()).doesNotContain("phrase-relaxed");
    }

    @Test
    void facetsCountAndFilterWithOrWithinAndAndAcross() {
        SearchResponse all = search.search(SearchRequest.of("chuyển đổi số"));
        long dongThap = count(all, "province", "Đồng Tháp"), anGiang = count(all, "province", "An Giang");
        assertThat(dongThap).isPositive();
        assertThat(anGiang).isPositive();
        SearchResponse one = search.search(SearchRequest.of("chuyển đổi số").withFilter("province", "An Giang"));
        assertThat(one.total()).isEqualTo(anGiang);
        assertThat(one.hits()).allSatisfy(h -> assertThat(h.province()).isEqualTo("An Giang"));
        SearchResponse two = search.search(SearchRequest.of("chuyển đổi số").withFilter("province", "An Giang", "Đồng Tháp"));
        assertThat(two.total()).isEqualTo(anGiang + dongThap);
        SearchResponse tasks = search.search(SearchRequest.of("chuyển đổi số").withFilter("province", "An Giang").withFilter("type", "task"));
        assertThat(tasks.total()).isEqualTo(count(one, "type", "task"));
        assertThat(tasks.hits()).allSatisfy(h -> assertThat(h.type()).isEqualTo("task"));
    }

    @Test
    void drillSidewaysKeepsTheOtherValuesOfASelectedFacet() {
        SearchResponse all = search.search(SearchRequest.of("chuyển đổi số"));
        SearchResponse one = search.search(SearchRequest.of("chuyển đổi số").withFilter("province", "An Giang"));
        assertThat(count(one, "province", "Đồng Tháp")).isEqualTo(count(all, "province", "Đồng Tháp"));
        assertThat(count(one, "province", "Phú Thọ")).isEqualTo(count(all, "province", "Phú Thọ"));
    }

    /** Every facet dimension: each value's count is what filtering on it returns, and every hit carries it. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"type", "province", "provinceToday", "agency", "lead", "coordinating", "theme", "deadline", "plan"})
    void eachFacetCountsWhatItsFilterReturns(String dim) {
        SearchResponse all = search.search(SearchRequest.of("chuyển đổi số"));
        List<FacetValue> values = all.facets().get(dim);
        assertThat(values).as(dim).isNotEmpty();
        for (FacetValue v : values.subList(0, Math.min(3, values.size()))) {
            SearchResponse one = search.search(SearchRequest.of("chuyển đổi số").withFilter(dim, v.value()).withPage(1, 100));
            assertThat(one.total()).as(dim + "=" + v.value()).isEqualTo(v.count());
        }
    }

    @Test
    void deadlineFacetOffersYearsMonthsAndKinds() {
        SearchResponse all = search.search(SearchRequest.of("").withFilter("type", "task"));
        List<String> values = all.facets().get("deadline").stream().map(FacetValue::value).toList();
        assertThat(values).anyMatch(v -> v.matches("\\d{4}")).anyMatch(v -> v.matches("\\d{4}-\\d{2}")).contains("ongoing", "dated");
        SearchResponse month = search.search(SearchRequest.of("").withFilter("deadline", "2025-06").withPage(1, 100));
        assertThat(month.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.deadlineNormalized()).startsWith("2025-06"));
        SearchResponse ongoing = search.search(SearchRequest.of("").withFilter("deadline", "ongoing").withPage(1, 100));
        assertThat(ongoing.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.deadlineNormalized()).isEqualTo("ongoing"));
    }

    @Test
    void agencyRoleSelectsLeadOrCoordinating() {
        SearchResponse lead = search.search(new SearchRequest("", Map.of("agency", List.of("Sở Khoa học và Công nghệ")), "lead", null, null, "relevance", 1, 100));
        SearchResponse coord = search.search(new SearchRequest("", Map.of("agency", List.of("Sở Khoa học và Công nghệ")), "coordinating", null, null, "relevance", 1, 100));
        SearchResponse any = search.search(new SearchRequest("", Map.of("agency", List.of("Sở Khoa học và Công nghệ")), null, null, null, "relevance", 1, 100));
        assertThat(lead.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.lead()).contains("Sở Khoa học và Công nghệ"));
        assertThat(coord.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.coordinating()).contains("Sở Khoa học và Công nghệ"));
        assertThat(any.total()).isGreaterThanOrEqualTo(Math.max(lead.total(), coord.total()));
    }

    @Test
    void structuredSearchWithoutTextByAgencyRoleAndDeadline() {
        SearchResponse r = search.search(new SearchRequest("", Map.of("agency", List.of("Sở Nội vụ"), "type", List.of("task")),
                "lead", null, null, "relevance", 1, 100));
        assertThat(r.total()).isPositive();
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.lead()).contains("Sở Nội vụ"));
        SearchResponse in2025 = search.search(new SearchRequest("", Map.of("agency", List.of("Sở Nội vụ"), "deadline", List.of("2025")),
                "lead", null, null, "relevance", 1, 100));
        assertThat(in2025.total()).isPositive().isLessThanOrEqualTo(r.total());
        assertThat(in2025.hits()).allSatisfy(h -> assertThat(h.deadlineNormalized()).startsWith("2025"));
    }

    @Test
    void mergedAgencyIsFoundUnderItsNameOfToday() {
        SearchResponse old = search.search(new SearchRequest("", Map.of("agency", List.of("Sở Kế hoạch và Đầu tư")), null, null, null, "relevance", 1, 100));
        SearchResponse today = search.search(new SearchRequest("", Map.of("agency", List.of("Sở Tài chính")), null, null, null, "relevance", 1, 100));
        assertThat(old.total()).isPositive();
        List<String> oldIds = old.hits().stream().map(Hit::id).toList();
        assertThat(today.hits().stream().map(Hit::id).toList()).containsAll(oldIds);
    }

    @Test
    void sortsByDeadlineSoonestFirstWithUndatedLast() {
        SearchResponse r = search.search(SearchRequest.of("").withFilter("type", "task").withSort("deadline").withPage(1, 100));
        List<String> dated = r.hits().stream().map(Hit::deadlineNormalized).filter(d -> d != null && d.matches("\\d{4}.*")).toList();
        assertThat(dated).isNotEmpty();
        int firstUndated = -1;
        for (int i = 0; i < r.hits().size(); i++) {
            String d = r.hits().get(i).deadlineNormalized();
            if (d == null || !d.matches("\\d{4}.*")) { firstUndated = i; break; }
        }
        if (firstUndated >= 0) {
            assertThat(r.hits().subList(firstUndated, r.hits().size()))
                    .allSatisfy(h -> assertThat(h.deadlineNormalized() == null || !h.deadlineNormalized().matches("\\d{4}-.*")).isTrue());
        }
        for (int i = 1; i < dated.size(); i++) assertThat(dated.get(i).substring(0, 4)).isGreaterThanOrEqualTo(dated.get(i - 1).substring(0, 4));
    }

    @Test
    void sortsByPlanDateNewestFirst() {
        SearchResponse r = search.search(SearchRequest.of("chuyển đổi số").withSort("date").withPage(1, 100));
        for (int i = 1; i < r.hits().size(); i++) assertThat(r.hits().get(i).planDate()).isLessThanOrEqualTo(r.hits().get(i - 1).planDate());
    }

    @Test
    void dueByAndOverdueFilters() {
        SearchResponse due = search.search(SearchRequest.of("").withFilter("type", "task").withDue("2025-06-30", null).withPage(1, 100));
        assertThat(due.total()).isPositive();
        assertThat(due.hits()).allSatisfy(h -> assertThat(h.deadlineNormalized()).isLessThanOrEqualTo("2025-06-30"));
        SearchResponse bad = search.search(SearchRequest.of("").withDue("not-a-date", null));
        assertThat(bad.notes()).contains("dueBy-invalid");
    }

    @Test
    void exclusionAndOr() {
        long fiveG = search.search(SearchRequest.of("5G")).total();
        long notSixG = search.search(SearchRequest.of("5G -6G")).total();
        assertThat(notSixG).isLessThan(fiveG);
        long either = search.search(SearchRequest.of("OCOP OR \"kinh tế ban đêm\"")).total();
        assertThat(either).isGreaterThanOrEqualTo(search.search(SearchRequest.of("OCOP")).total());
    }

    @Test
    void malformedQueriesGetResultsAndNotesNeverErrors() {
        for (String q : List.of("\"đổi mới", "(chuyển đổi số", "-", "OR", "chuyển đổi số OR", "a\u0000b\u0007c", "x".repeat(10_000),
                "title:foo* AND ~bar^3 {[", "\\", "\"\"", "- - -")) {
            SearchResponse r = search.search(SearchRequest.of(q));
            assertThat(r).as(q).isNotNull();
        }
        assertThat(search.search(SearchRequest.of("\"đổi mới")).notes()).contains("quote-unbalanced");
        assertThat(search.search(SearchRequest.of("x".repeat(10_000))).notes()).contains("too-long");
        assertThat(search.search(SearchRequest.of("\"đổi mới")).total()).isPositive();
    }

    @Test
    void similarRecordsFindTheTwinTaskInAnotherProvinceFirst() {
        SearchResponse r = search.search(SearchRequest.of("phát động phong trào học tập trên các nền tảng số")
                .withFilter("plan", "181-kh-ubnd-2025-02-25").withFilter("type", "task"));
        Hit task = r.hits().getFirst();
        assertThat(Fold.fold(task.text())).contains("phat dong phong trao hoc tap");
        List<Hit> similar = search.similar(task.id(), 5);
        assertThat(similar).isNotEmpty();
        assertThat(similar).allSatisfy(h -> assertThat(h.province()).isNotEqualTo("An Giang"));
        assertThat(Fold.fold(similar.getFirst().text())).contains("phat dong phong trao hoc tap");
        assertThat(similar.getFirst().snippet()).contains("<mark>");
    }

    @Test
    void suggestionsMatchWithoutDiacriticsAndReturnProperVietnamese() {
        assertThat(search.suggest("so khoa", 5)).contains("Sở Khoa học và Công nghệ");
        assertThat(search.suggest("chuyen doi", 5)).anySatisfy(s -> assertThat(s).startsWith("chuyển đổi"));
        assertThat(search.suggest("", 5)).isEmpty();
    }

    @Test
    void pagingIsCapped() {
        SearchResponse r = search.search(SearchRequest.of("").withPage(1_000_000, 1_000_000));
        assertThat(r.size()).isEqualTo(SearchService.MAX_SIZE);
        assertThat(r.notes()).contains("size-capped", "window-capped");
    }
}
