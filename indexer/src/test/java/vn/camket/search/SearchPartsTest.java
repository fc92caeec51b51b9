package vn.camket.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camket.index.IndexFields;
import vn.camket.index.IndexHolder;
import vn.camket.index.IndexSnapshot;

/**
 * Each part of the search alone, over plans written for this test: ranking, facet counting,
 * highlighting, stored records and precedents. Plan "cm" is clean text; "ot" reads as OCR prints
 * (accents lost or garbled).
 */
class SearchPartsTest {
    @TempDir static Path dir;
    static IndexHolder holder;

    static final String EXACT_LONG = "Ứng dụng ký số trong giao dịch điện tử của các cơ quan nhà nước, bảo đảm an toàn và thuận tiện "
            + "cho người dân khi nộp hồ sơ trực tuyến trên cổng dịch vụ công của tỉnh.";
    static final String COLLISION = "Đăng ký sở hữu trí tuệ.";

    @BeforeAll
    static void index() throws Exception {
        holder = TestIndex.build(dir.resolve("index"), List.of(
                TestIndex.plan("cm", "Cà Mau",
                        "Cấp chữ ký số cho cán bộ, công chức và người dân trên địa bàn tỉnh.",
                        "Đào tạo kỹ năng số cho cán bộ, công chức cấp xã.",
                        COLLISION,
                        EXACT_LONG,
                        "Xây dựng trung tâm điều hành thông minh của tỉnh <b>ngay</b> & kịp thời."),
                TestIndex.plan("ot", "Hà Tĩnh",
                        "Cap chir ky s6 cho can bo, cong chirc trén dia ban tinh.",
                        "Phat trién trung tam diéu hanh thong minh cua tinh."),
                TestIndex.plan("lc", "Lào Cai",
                        "Triển khai chữ ký số chuyên dùng trong các cơ quan nhà nước tỉnh Lào Cai.")));
    }

    @AfterAll
    static void close() {
        holder.close();
    }

    private static List<String> rankedTexts(RankingWeights w, String q) throws Exception {
        IndexSnapshot s = holder.acquire().orElseThrow();
        try {
            ParsedQuery pq = new QueryInterpreter(s.queryAnalyzer(), w).parse(q);
            IndexSearcher searcher = s.searcher();
            RequestFilters filters = new RequestFilters(SearchRequest.of(q), new ArrayList<>());
            ScoreDoc[] top = new Ranker(w).top(searcher, filters.apply(Ranker.titlesBelow(pq.match())), pq.boost(), pq.plain() == null ? null : filters.apply(pq.plain()),
                    pq.collisions(), null, 20, StageTimes.NONE);
            List<String> out = new ArrayList<>();
            for (ScoreDoc sd : top) out.add(searcher.storedFields().document(sd.doc).get(IndexFields.TEXT));
            return out;
        } finally {
            s.release();
        }
    }

    @Test
    void rankerPutsAnExactAccentMatchAboveAFoldingCollisionInCleanText() throws Exception {
        List<String> ignoringAccents = rankedTexts(new RankingWeights(1.0, 6f, 0.3), "chữ ký số");
        List<String> exactFirst = rankedTexts(RankingWeights.DEFAULT, "chữ ký số");
        // with accents ignored the short collision outranks the long exact match; with them, not
        assertThat(ignoringAccents.indexOf(COLLISION)).isLessThan(ignoringAccents.indexOf(EXACT_LONG));
        assertThat(exactFirst.indexOf(EXACT_LONG)).isLessThan(exactFirst.indexOf(COLLISION));
        // OCR text keeps folding and repair: its "chir ky s6" is not ranked down for its lost accents
        int ocr = indexOfStart(exactFirst, "Cap chir ky s6");
        assertThat(ocr).isNotNegative().isLessThan(exactFirst.indexOf(COLLISION));
    }

    @Test
    void rankerFindsWhatAnyWordFindsSoAddingAWordNeverLosesARecord() throws Exception {
        List<String> two = rankedTexts(RankingWeights.DEFAULT, "trung tâm điều hành");
        List<String> more = rankedTexts(RankingWeights.DEFAULT, "trung tâm điều hành IOC thông minh");
        assertThat(more).containsAll(two);
    }

    @Test
    void facetCounterEstimatesFromASampleOnlyWhenAllowedAndTheMatchesExceedIt() throws Exception {
        IndexSnapshot s = holder.acquire().orElseThrow();
        try {
            var query = new org.apache.lucene.search.MatchAllDocsQuery();
            var none = new RequestFilters(SearchRequest.of("x"), new ArrayList<>());
            FacetCounter.Counts exact = new FacetCounter().count(s.searcher(), s.facetState(), query, none, true);
            assertThat(exact.total()).isGreaterThan(4);
            FacetCounter small = new FacetCounter(3);
            FacetCounter.Counts sampled = small.count(s.searcher(), s.facetState(), query, none, false);
            assertThat(sampled.approximate()).isTrue();
            assertThat(sampled.total()).as("the total stays exact").isEqualTo(exact.total());
            java.util.Set<String> provinces = new java.util.HashSet<>();
            exact.facets().get(IndexFields.PROVINCE).forEach(v -> provinces.add(v.value()));
            long scaled = 0;
            for (FacetValue v : sampled.facets().get(IndexFields.PROVINCE)) {
                assertThat(provinces).as("a sampled value is a real value").contains(v.value());
                scaled += v.count();
            }
            // each record has one province: the scaled counts add up to about the total
            assertThat((double) scaled).isCloseTo(exact.total(), org.assertj.core.api.Assertions.within(exact.total() * 0.25 + 1));
            assertThat(small.count(s.searcher(), s.facetState(), query, none, true)).as("exact when asked").isEqualTo(exact);
            assertThat(new FacetCounter(10_000).count(s.searcher(), s.facetState(), query, none, false)).as("exact below the sample").isEqualTo(exact);
        } finally {
            s.release();
        }
    }

    @Test
    void facetCounterSamplesDrillSidewaysCountsOnlyWhenAllowed() throws Exception {
        IndexSnapshot s = holder.acquire().orElseThrow();
        try {
            var query = new org.apache.lucene.search.MatchAllDocsQuery();
            var filtered = new RequestFilters(SearchRequest.of("x").withFilter(IndexFields.TYPE, "clause"), new ArrayList<>());
            FacetCounter.Counts exact = new FacetCounter().count(s.searcher(), s.facetState(), query, filtered, true);
            assertThat(exact.total()).isGreaterThan(3);
            FacetCounter small = new FacetCounter(3);
            FacetCounter.Counts sampled = small.count(s.searcher(), s.facetState(), query, filtered, false);
            assertThat(sampled.approximate()).isTrue();
            assertThat(sampled.total()).as("the total stays exact").isEqualTo(exact.total());
            assertThat(small.count(s.searcher(), s.facetState(), query, filtered, true)).as("exact when asked").isEqualTo(exact);
        } finally {
            s.release();
        }
    }

    @Test
    void facetCountsOfASearchWithoutWordsAreKeptPerFiltersAndAreTheCountedOnes() throws Exception {
        IndexSnapshot s = holder.acquire().orElseThrow();
        try {
            var query = new org.apache.lucene.search.MatchAllDocsQuery();
            FacetCounter counter = new FacetCounter();
            var none = new RequestFilters(SearchRequest.of(""), new ArrayList<>());
            var province = new RequestFilters(SearchRequest.of("").withFilter(IndexFields.PROVINCE, "Cà Mau"), new ArrayList<>());
            FacetCounter.Counts first = counter.countAll(s.searcher(), s.facetState(), query, none, true);
            assertThat(first).isEqualTo(counter.count(s.searcher(), s.facetState(), query, none, true));
            assertThat(counter.countAll(s.searcher(), s.facetState(), query, none, true)).as("kept").isSameAs(first);
            FacetCounter.Counts one = counter.countAll(s.searcher(), s.facetState(), query, province, true);
            assertThat(one).as("other filters, other counts").isEqualTo(counter.count(s.searcher(), s.facetState(), query, province, true));
            assertThat(one.total()).isLessThan(first.total());
        } finally {
            s.release();
        }
    }

    @Test
    void fewerThanStopsCountingAtItsLimitAndSaysWhetherTheMatchesAreFewer() throws Exception {
        IndexSnapshot s = holder.acquire().orElseThrow();
        try {
            var query = new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(IndexFields.KIND, "plan"));
            int plans = s.searcher().count(query);
            assertThat(plans).isEqualTo(3);
            assertThat(SearchService.fewerThan(s.searcher(), query, plans + 1)).isTrue();
            assertThat(SearchService.fewerThan(s.searcher(), query, plans)).isFalse();
            assertThat(SearchService.fewerThan(s.searcher(), query, 1)).isFalse();
        } finally {
            s.release();
        }
    }

    private static int indexOfStart(List<String> texts, String start) {
        for (int i = 0; i < texts.size(); i++) if (texts.get(i).startsWith(start)) return i;
        return -1;
    }

    @Test
    void facetCounterCountsEachProvinceAsItsFilterFinds() throws Exception {
        IndexSnapshot s = holder.acquire().orElseThrow();
        try {
            ParsedQuery pq = new QueryInterpreter(s.queryAnalyzer()).parse("chữ ký số");
            FacetCounter counter = new FacetCounter();
            FacetCounter.Counts all = counter.count(s.searcher(), s.facetState(),
                    pq.match(), new RequestFilters(SearchRequest.of("x"), new ArrayList<>()), true);
            assertThat(all.approximate()).isFalse();
            for (FacetValue v : all.facets().get(IndexFields.PROVINCE)) {
                FacetCounter.Counts one = counter.count(s.searcher(), s.facetState(),
                        pq.match(), new RequestFilters(SearchRequest.of("x").withFilter(IndexFields.PROVINCE, v.value()), new ArrayList<>()), false);
                assertThat(one.total()).as(v.value()).isEqualTo(v.count());
                // drill-sideways: the other provinces keep their counts
                assertThat(one.facets().get(IndexFields.PROVINCE)).isEqualTo(all.facets().get(IndexFields.PROVINCE));
            }
            assertThat(all.facets().get(IndexFields.PROVINCE)).extracting(FacetValue::value).contains("Cà Mau", "Hà Tĩnh", "Lào Cai");
        } finally {
            s.release();
        }
    }

    @Test
    void facetCounterCountsAsLucenesDrillSidewaysWithFiltersInTwoDimensions() throws Exception {
        IndexSnapshot s = holder.acquire().orElseThrow();
        try {
            ParsedQuery pq = new QueryInterpreter(s.queryAnalyzer()).parse("điều hành thông minh chữ ký số");
            var matching = new org.apache.lucene.search.ConstantScoreQuery(pq.match());
            FacetCounter counter = new FacetCounter();
            // every value in the index, also those the query's matches lack
            FacetCounter.Counts all = counter.count(s.searcher(), s.facetState(), new org.apache.lucene.search.MatchAllDocsQuery(),
                    new RequestFilters(SearchRequest.of("x"), new ArrayList<>()), true);
            int compared = 0;
            for (String d1 : IndexFields.DIMENSIONS) {
                for (String d2 : IndexFields.DIMENSIONS) {
                    if (d1.compareTo(d2) >= 0) continue;
                    for (FacetValue v1 : all.facets().get(d1).subList(0, Math.min(2, all.facets().get(d1).size()))) {
                        for (FacetValue v2 : all.facets().get(d2).subList(0, Math.min(2, all.facets().get(d2).size()))) {
                            RequestFilters filters = new RequestFilters(SearchRequest.of("x").withFilter(d1, v1.value()).withFilter(d2, v2.value()),
                                    new ArrayList<>());
                            assertSameAsLucene(s, counter.count(s.searcher(), s.facetState(), matching, filters, false), filters.apply(matching),
                                    d1 + "=" + v1.value() + ", " + d2 + "=" + v2.value());
                            compared++;
                        }
                    }
                }
            }
            assertThat(compared).isGreaterThan(10);
        } finally {
            s.release();
        }
    }

    private static void assertSameAsLucene(IndexSnapshot s, FacetCounter.Counts ours, org.apache.lucene.facet.DrillDownQuery query, String what)
            throws Exception {
        var lucene = new org.apache.lucene.facet.DrillSideways(s.searcher(), IndexFields.facetsConfig(), s.facetState())
                .search(query, new org.apache.lucene.search.TotalHitCountCollectorManager(s.searcher().getSlices()));
        assertThat(ours.total()).as(what).isEqualTo((long) lucene.collectorResult);
        assertThat(ours.approximate()).isFalse();
        for (String dim : IndexFields.DIMENSIONS) {
            List<FacetValue> expected = new ArrayList<>();
            org.apache.lucene.facet.FacetResult fr;
            try {
                fr = lucene.facets.getTopChildren(FacetCounter.FACET_VALUES, dim);
            } catch (IllegalArgumentException e) {
                fr = null;
            }
            if (fr != null) for (var lv : fr.labelValues) expected.add(new FacetValue(lv.label, lv.value.longValue()));
            assertThat(ours.facets().get(dim)).as(what + ": " + dim).isEqualTo(expected);
        }
    }

    @Test
    void snippetsMarkTheWordsAndEscapeTheText() throws Exception {
        SearchService search = new SearchService(holder);
        Hit hit = search.search(SearchRequest.of("điều hành thông minh").withFilter(IndexFields.PLAN, "cm")).hits().getFirst();
        assertThat(hit.snippet()).contains("<mark>thông</mark>", "&lt;b&gt;", "&amp;").doesNotContain("<b>");
        // an OCR text's words are marked where they were read through repair
        Hit ocr = search.search(SearchRequest.of("điều hành thông minh").withFilter(IndexFields.PLAN, "ot")).hits().getFirst();
        assertThat(ocr.snippet()).contains("<mark>diéu</mark>");
    }

    @Test
    void storedRecordsReadRecordsAndPlansBack() throws Exception {
        IndexSnapshot s = holder.acquire().orElseThrow();
        try {
            assertThat(StoredRecords.get(s, "cm-c0")).get().extracting(StoredRecord::type).isEqualTo("clause");
            assertThat(StoredRecords.get(s, "cm")).get().extracting(StoredRecord::type).isEqualTo("plan");
            assertThat(StoredRecords.get(s, "no-such-id")).isEmpty();
            assertThat(StoredRecords.ofPlan(s, "ot")).extracting(StoredRecord::id).containsExactlyInAnyOrder("ot-c0", "ot-c1");
            assertThat(StoredRecords.plans(s)).extracting(StoredRecord::id).containsExactlyInAnyOrder("cm", "ot", "lc");
        } finally {
            s.release();
        }
    }

    @Test
    void similarRecordsComeFromOtherProvinces() throws Exception {
        IndexSnapshot s = holder.acquire().orElseThrow();
        try {
            List<Hit> similar = SimilarRecords.of(s, "cm-c0", 5);
            assertThat(similar).isNotEmpty().allSatisfy(h -> assertThat(h.province()).isNotEqualTo("Cà Mau"));
            assertThat(similar.getFirst().snippet()).contains("<mark>");
        } finally {
            s.release();
        }
    }
}
