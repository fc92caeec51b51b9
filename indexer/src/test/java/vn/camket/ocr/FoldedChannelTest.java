package vn.camket.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.camket.ocr.ChannelEstimator.LinePair;
import vn.camket.text.Fold;

class FoldedChannelTest {
    /** A made-up OCR that prints ổ as 6, ớ as é, ư as w, a capital I as l, and drops the other marks. */
    private static FoldedChannel channel() {
        String[][] lines = {
            {"Đổi mới công tác quản lý", "Pa6i mé i cong tac quan ly"},
            {"tổ chức đổi mới sáng tạo", "t6 chwc d6i méi sang tao"},
            {"ứng dụng AI trong xử lý", "wng dung Al trong xw ly"},
            {"số hóa hồ sơ, đổi mới quy trình", "s6 hoa h6 so, d6i méi quy trinh"},
            {"Ứng dụng IoT và AI", "Wng dung loT va Al"},
        };
        List<LinePair> pairs = new ArrayList<>();
        for (int i = 0; i < 5; i++) for (String[] l : lines) pairs.add(new LinePair(l[0], l[1]));
        return new FoldedChannel(ChannelEstimator.estimate(pairs), s -> Fold.fold(s).replace(" ", ""));
    }

    @Test
    void aPrintingIsRatedByWhatTheIndexReadsOfIt() {
        FoldedChannel ch = channel();
        // "mới" printed "méi" is read "mei": as likely a reading of it as its plain folded form, far more than another vowel
        assertThat(ch.logProb("mei", "mới")).isGreaterThan(ch.logProb("mui", "mới") + 3);
        assertThat(ch.logProb("d6i", "đổi")).isGreaterThan(ch.logProb("d7i", "đổi") + 3);
        // the index folds case: a capital's misreading counts for the word typed in lower case
        assertThat(ch.logProb("al", "ai")).isGreaterThan(ch.logProb("ax", "ai") + 3);
        assertThat(ch.logProb("xqzw", "đổi")).isFinite();
    }

    @Test
    void aFoldedSyllableStandsForEveryDiacritisedOneAtOnce() {
        FoldedChannel ch = channel();
        // "doi" may be đổi, whose ổ the OCR prints as 6
        assertThat(ch.logProbFolded("d6i", "doi")).isGreaterThanOrEqualTo(ch.logProb("d6i", "đổi") - 1e-9);
        assertThat(ch.logProbFolded("d6i", "doi")).isGreaterThan(ch.logProbFolded("d7i", "doi") + 3);
        // typed as it reads: never less likely than the typed floor
        assertThat(ch.logProbFolded("doi", "doi")).isGreaterThanOrEqualTo(Math.log(0.05) - 1e-9);
    }
}
