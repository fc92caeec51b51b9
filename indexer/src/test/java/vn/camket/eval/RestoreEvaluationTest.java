package vn.camket.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.camket.eval.RestoreEvaluation.Judged;
import vn.camket.eval.RestoreEvaluation.Judgement;

/** Pairing restored words with clean ones, and choosing a threshold, on words written for the test. */
class RestoreEvaluationTest {
    @Test
    void cellsReadAcrossColumnsArePairedWithTheirWordsOutOfOrder() {
        String[] clean = "giao sở tài chính chủ trì các sở ban ngành phối hợp quý iv".split(" ");
        // the OCR read the two columns side by side, line by line
        String[] read = "giao sở tài các sở ban chính chủ trì ngành phối hợp quý iv".split(" ");
        int[] inOrder = RestoreEvaluation.align(clean, read);
        int[] loose = RestoreEvaluation.alignLoose(clean, read, RestoreEvaluation.WINDOW);
        long pairedInOrder = java.util.Arrays.stream(inOrder).filter(i -> i >= 0).count();
        assertThat(java.util.Arrays.stream(loose).filter(i -> i >= 0).count()).isGreaterThan(pairedInOrder).isEqualTo(read.length);
        for (int j = 0; j < read.length; j++) assertThat(clean[loose[j]]).isEqualTo(read[j]);
    }

    @Test
    void aWordOnlyAlikeIsNotPairedOutOfOrderButOneEqualOnceFoldedIs() {
        String[] clean = "một hai ba bốn năm sáu bảy tám chín mười".split(" ");
        String[] read = "một hai ba xyz bon năm sáu bảy tám chín mười vụ".split(" ");
        int[] loose = RestoreEvaluation.alignLoose(clean, read, RestoreEvaluation.WINDOW);
        assertThat(loose[4]).as("'bon' is 'bốn' once folded").isEqualTo(3);
        assertThat(loose[read.length - 1]).as("'vụ' is like no clean word left").isEqualTo(-1);
        assertThat(loose[3]).isEqualTo(-1);
    }

    @Test
    void theChosenThresholdKeepsCertainWrongWordsUnderTheLimit() {
        List<Judged> words = new ArrayList<>();
        // readings with a high posterior are right, readings with a low one are wrong half the time
        for (int i = 0; i < 100; i++) words.add(new Judged("đổi", "doi", "đổi", 0.99, false, 0));
        for (int i = 0; i < 20; i++) words.add(new Judged("mới", "moi", i % 2 == 0 ? "mới" : "mời", 0.3, false, 0));
        List<Judgement> set = List.of(new Judgement("t", words, new int[] {words.size(), 0}));
        double[] t = RestoreEvaluation.choose(List.of(set), 0);
        RestoreEvaluation.Tally y = RestoreEvaluation.tally(set, t[0], t[1], 0);
        assertThat(y.certainWrongShare()).isLessThanOrEqualTo(RestoreEvaluation.MAX_CERTAIN_WRONG);
        assertThat(t[0]).isGreaterThan(0.3);
        assertThat(y.accuracy()).isEqualTo(100 / 120.0);
        // with no threshold every reading is shown: more right, and more wrong among the certain
        RestoreEvaluation.Tally none = RestoreEvaluation.tally(set, 0, 0, 0);
        assertThat(none.right()).isEqualTo(110);
        assertThat(none.certainWrongShare()).isGreaterThan(RestoreEvaluation.MAX_CERTAIN_WRONG);
    }
}
