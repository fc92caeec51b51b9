package vn.camket.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;

class RankFusionTest {
    /** Docs 0..n-1 ranked in that order, scores falling. */
    private static ScoreDoc[] ranked(int... docs) {
        ScoreDoc[] out = new ScoreDoc[docs.length];
        for (int i = 0; i < docs.length; i++) out[i] = new ScoreDoc(docs[i], 100f - i);
        return out;
    }

    private static int[] docs(ScoreDoc[] sd) {
        return Arrays.stream(sd).mapToInt(s -> s.doc).toArray();
    }

    @Test
    void theFirstPageStaysAndThePlainListsTopComesUpBelowIt() {
        int n = 200;
        ScoreDoc[] camket = ranked(IntStream.range(0, n).toArray());
        // the plain ranking puts Camket's last record first, and a record Camket's window lacks second
        ScoreDoc[] plain = ranked(n - 1, 5000);
        ScoreDoc[] fused = RankFusion.fuse(camket, plain, 0.3, s -> false);
        int[] order = docs(fused);
        assertThat(Arrays.copyOf(order, RankFusion.KEPT)).containsExactly(IntStream.range(0, RankFusion.KEPT).toArray());
        int last = indexOf(order, n - 1), missing = indexOf(order, 5000);
        assertThat(last).isLessThan(n - 1).isGreaterThanOrEqualTo(RankFusion.KEPT);
        assertThat(missing).isGreaterThanOrEqualTo(RankFusion.KEPT);
        // every record of either list is kept
        assertThat(order).hasSize(n + 1).doesNotHaveDuplicates();
    }

    @Test
    void withoutWeightTheRankingIsCamketsOwn() {
        ScoreDoc[] camket = ranked(IntStream.range(0, 50).toArray());
        assertThat(docs(RankFusion.fuse(camket, ranked(49, 48), 0, s -> false))).containsExactly(docs(camket));
    }

    @Test
    void theFirstTierStaysAboveWhatThePlainListRaises() {
        ScoreDoc[] camket = ranked(IntStream.range(0, 60).toArray());
        // records 20..29 hold a quoted phrase (first tier); the plain list raises 59
        ScoreDoc[] fused = RankFusion.fuse(camket, ranked(59), 1.0, s -> s > 70f && s <= 80f);
        int[] order = docs(fused);
        for (int tiered = 20; tiered < 30; tiered++) assertThat(indexOf(order, tiered)).isLessThan(indexOf(order, 59));
    }

    private static int indexOf(int[] a, int v) {
        for (int i = 0; i < a.length; i++) if (a[i] == v) return i;
        return -1;
    }

    @Test
    void plainFoldingsFirstRecordsAreAllWithinTheFirstHundredAndTheFirstPlacesStay() {
        ScoreDoc[] camket = ranked(IntStream.range(0, 300).toArray());
        // plain ranks Camket's 250th and 120th first, then one Camket never found, then Camket's 3rd
        ScoreDoc[] plain = ranked(250, 120, 9000, 3);
        ScoreDoc[] kept = RankFusion.keepPlainTop(camket, plain, 50, 100);
        int[] order = docs(kept);
        assertThat(order).hasSize(301).doesNotHaveDuplicates();
        assertThat(Arrays.copyOf(order, 97)).containsExactly(IntStream.range(0, 97).toArray());
        assertThat(Arrays.copyOfRange(order, 97, 100)).containsExactly(250, 120, 9000);
        // the records passed each move one place down; scores still fall
        assertThat(order[100]).isEqualTo(97);
        for (int i = 1; i < kept.length; i++) assertThat(kept[i].score).isLessThanOrEqualTo(kept[i - 1].score);
        // nothing to move: the ranking as it was
        assertThat(RankFusion.keepPlainTop(camket, ranked(1, 2, 3), 50, 100)).isSameAs(camket);
    }
}
