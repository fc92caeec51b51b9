package vn.camket.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;

class FirstPageTest {
    private static ScoreDoc[] ranked(int n) {
        ScoreDoc[] out = new ScoreDoc[n];
        for (int i = 0; i < n; i++) out[i] = new ScoreDoc(i, 100f - i);
        return out;
    }

    @Test
    void everyPlanGetsItsBestRecordsOnThePageInTurns() {
        // docs 0..39 from plan A, 40..49 from B, 50..59 from C: A would fill the page of 20
        ScoreDoc[] r = ranked(60);
        ScoreDoc[] page = FirstPage.arrange(r, d -> d < 40 ? "A" : d < 50 ? "B" : "C", d -> 1.0, 20);
        List<Integer> first = Arrays.stream(page).limit(20).map(s -> s.doc).toList();
        // each plan not on the page brings its two best, best records of every plan first
        assertThat(first.subList(16, 20)).containsExactly(40, 50, 41, 51);
        assertThat(first).doesNotContain(42, 52);
        // what the page held first stays in order at the top
        assertThat(first.subList(0, 16)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        // nothing is lost or repeated, and the records pushed off the page come next
        assertThat(Arrays.stream(page).map(s -> s.doc).toList()).hasSize(60).doesNotHaveDuplicates();
        assertThat(page[20].doc).isEqualTo(16);
    }

    @Test
    void aPlanWithOneRecordOnThePageGetsItsSecond() {
        // plan B holds one record on the page (19), its next best is far below
        ScoreDoc[] r = ranked(60);
        ScoreDoc[] page = FirstPage.arrange(r, d -> d == 19 || d >= 40 ? "B" : "A", d -> 1.0, 20);
        List<Integer> first = Arrays.stream(page).limit(20).map(s -> s.doc).toList();
        assertThat(first).contains(19, 40).doesNotContain(18, 41);
        assertThat(page[20].doc).isEqualTo(18);
    }

    @Test
    void noPlanLosesItsPlacesBelowTwoForAnother() {
        // A and B hold two records each on a page of four; C below gets no place
        ScoreDoc[] r = ranked(10);
        ScoreDoc[] page = FirstPage.arrange(r, d -> d < 2 ? "A" : d < 4 ? "B" : "C", d -> 1.0, 4);
        assertThat(Arrays.stream(page).limit(4).map(s -> s.doc).toList()).containsExactly(0, 1, 2, 3);
    }

    @Test
    void aPlanWithOneRecordBringsOnlyThatOne() {
        ScoreDoc[] r = ranked(41);
        ScoreDoc[] page = FirstPage.arrange(r, d -> d < 40 ? "A" : "B", d -> 1.0, 20);
        List<Integer> first = Arrays.stream(page).limit(20).map(s -> s.doc).toList();
        assertThat(first.get(19)).isEqualTo(40);
        assertThat(first.subList(0, 19)).allMatch(d -> d < 19);
    }

    @Test
    void aCollisionRanksBelowAnExactMatchOfLowerScore() {
        ScoreDoc[] r = ranked(30);
        // doc 0 holds the query's words only folded alike (factor 0.5)
        ScoreDoc[] page = FirstPage.arrange(r, d -> "A", d -> d == 0 ? 0.5 : 1.0, 20);
        assertThat(page[0].doc).isEqualTo(1);
        assertThat(Arrays.stream(page).limit(20).map(s -> s.doc).toList()).doesNotContain(0);
        // below the page the ranking is as it was
        assertThat(page[20].doc).isEqualTo(0);
    }

    @Test
    void onlyAQuarterOfThePageGoesToOtherPlans() {
        ScoreDoc[] r = ranked(100);
        // one strong plan, then eighty plans of one record each
        ScoreDoc[] page = FirstPage.arrange(r, d -> d < 20 ? "A" : "P" + d, d -> 1.0, 20);
        long fromA = Arrays.stream(page).limit(20).filter(s -> s.doc < 20).count();
        assertThat(fromA).isEqualTo(15);
    }
}
