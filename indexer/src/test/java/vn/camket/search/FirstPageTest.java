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

    private static List<Integer> docs(ScoreDoc[] page, int n) {
        return Arrays.stream(page).limit(n).map(s -> s.doc).toList();
    }

    @Test
    void theSecondHalfOfThePageGoesToThePlansInTurns() {
        // docs 0..39 from plan A, 40..49 from B, 50..59 from C: A would fill the page of 20
        ScoreDoc[] r = ranked(60);
        ScoreDoc[] page = FirstPage.arrange(r, d -> d < 40 ? "A" : d < 50 ? "B" : "C", d -> 1.0, 20, 0.0);
        List<Integer> first = docs(page, 20);
        // the first half by score, untouched
        assertThat(first.subList(0, 10)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        // then B and C in turns, the plan with fewer records first, the better record on a tie
        assertThat(first.subList(10, 20)).containsExactly(40, 50, 41, 51, 42, 52, 43, 53, 44, 54);
        // nothing is lost or repeated, and the records passed over come next in their order
        assertThat(Arrays.stream(page).map(s -> s.doc).toList()).hasSize(60).doesNotHaveDuplicates();
        assertThat(page[20].doc).isEqualTo(10);
    }

    @Test
    void thePlanWithMostRecordsTakesItsTurnOnceTheOthersHaveAsMany() {
        // A holds 0..4 and 20..59, B holds 5..9 and 10..11, C holds 12..19: B runs out after two turns
        ScoreDoc[] r = ranked(60);
        ScoreDoc[] page = FirstPage.arrange(r, d -> d < 5 || d >= 20 ? "A" : d < 12 ? "B" : "C", d -> 1.0, 20, 0.0);
        List<Integer> first = docs(page, 20);
        // after the first half A and B hold five each, C none: C takes five turns, then all take turns
        assertThat(first.subList(10, 15)).containsExactly(12, 13, 14, 15, 16);
        assertThat(first.subList(15, 20)).containsExactly(10, 17, 20, 11, 18);
    }

    @Test
    void aPlanFarBelowTheTopTakesNoTurn() {
        ScoreDoc[] r = ranked(60);
        for (int i = 50; i < 60; i++) r[i] = new ScoreDoc(i, 10f - (i - 50) * 0.1f);
        // C's best is worth a tenth of the first record: below a quarter, it takes no turn; B does
        ScoreDoc[] page = FirstPage.arrange(r, d -> d < 40 ? "A" : d < 50 ? "B" : "C", d -> 1.0, 20, 0.25);
        List<Integer> first = docs(page, 20);
        assertThat(first).noneMatch(d -> d >= 50).contains(40, 41, 42, 43, 44, 45, 46, 47, 48, 49);
        // with every plan taking turns, C comes in
        assertThat(docs(FirstPage.arrange(r, d -> d < 40 ? "A" : d < 50 ? "B" : "C", d -> 1.0, 20, 0.0), 20)).contains(50);
    }

    @Test
    void placesNoPlanCanFillGoByScore() {
        ScoreDoc[] r = ranked(41);
        // B holds a single record; A alone fills the rest
        ScoreDoc[] page = FirstPage.arrange(r, d -> d < 40 ? "A" : "B", d -> 1.0, 20, 0.0);
        List<Integer> first = docs(page, 20);
        assertThat(first).contains(40);
        assertThat(first.stream().filter(d -> d < 40).toList()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18);
    }

    @Test
    void aShortRankingKeepsItsOrder() {
        ScoreDoc[] r = ranked(4);
        ScoreDoc[] page = FirstPage.arrange(r, d -> d < 2 ? "A" : "B", d -> 1.0, 4, 0.0);
        assertThat(docs(page, 4)).containsExactly(0, 1, 2, 3);
    }

    @Test
    void aCollisionRanksBelowAnExactMatchOfLowerScore() {
        ScoreDoc[] r = ranked(30);
        // doc 0 holds the query's words only folded alike (factor 0.5)
        ScoreDoc[] page = FirstPage.arrange(r, d -> "A", d -> d == 0 ? 0.5 : 1.0, 20, 0.0);
        assertThat(page[0].doc).isEqualTo(1);
        assertThat(docs(page, 20)).doesNotContain(0);
        // below the page the ranking is as it was
        assertThat(page[20].doc).isEqualTo(0);
    }

    @Test
    void manyPlansOfOneRecordEachShareTheSecondHalf() {
        ScoreDoc[] r = ranked(100);
        // one strong plan, then eighty plans of one record each
        ScoreDoc[] page = FirstPage.arrange(r, d -> d < 20 ? "A" : "P" + d, d -> 1.0, 20, 0.0);
        assertThat(docs(page, 20).subList(10, 20)).containsExactly(20, 21, 22, 23, 24, 25, 26, 27, 28, 29);
    }
}
