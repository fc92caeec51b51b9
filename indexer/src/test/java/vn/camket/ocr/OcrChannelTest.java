package vn.camket.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camket.ocr.ChannelEstimator.LinePair;

class OcrChannelTest {
    /** A made-up OCR that prints ổ as 6, ơ as &, Đ as P, ư as w, and drops the other marks. */
    private static List<LinePair> madeUpPairs() {
        String[][] lines = {
            {"Đổi mới công tác quản lý", "P6i m&i cong tac quan ly"},
            {"tổ chức đổi mới sáng tạo", "t6 chwc d6i m&i sang tao"},
            {"Đơn vị phối hợp thực hiện", "P&n vi ph6i h&p thwc hien"},
            {"hỗ trợ người dân và doanh nghiệp", "h6 tr& ngw&i dan va doanh nghiep"},
            {"số hóa hồ sơ, đổi mới quy trình", "s6 hoa h6 s&, d6i m&i quy trinh"},
            {"Đẩy mạnh ứng dụng công nghệ số", "Pay manh wng dung cong nghe s6"},
        };
        List<LinePair> pairs = new ArrayList<>();
        for (int i = 0; i < 5; i++) for (String[] l : lines) pairs.add(new LinePair(l[0], l[1]));
        return pairs;
    }

    @Test
    void learnsTheMisreadingsOfItsPairs() {
        OcrChannel ch = ChannelEstimator.estimate(madeUpPairs());
        assertThat(ch.logProb("d6i", "đổi")).isGreaterThan(ch.logProb("d6i", "đói"));
        assertThat(ch.logProb("m&i", "mới")).isGreaterThan(ch.logProb("m&i", "mái"));
        assertThat(ch.logProb("Pay", "Đẩy")).isGreaterThan(ch.logProb("Pay", "Pay") - 20);
        assertThat(ch.logProb("tw", "tư")).isGreaterThan(ch.logProb("tw", "to"));
    }

    @Test
    void anUnseenMisreadingIsUnlikelyButNotImpossible() {
        OcrChannel ch = ChannelEstimator.estimate(madeUpPairs());
        double unseen = ch.logProb("xqz", "đổi");
        assertThat(unseen).isFinite().isLessThan(ch.logProb("d6i", "đổi") - 5);
        assertThat(ch.logProb("", "")).isCloseTo(0.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ch.logProb("abc", "")).isFinite();
        assertThat(ch.logProb("", "abc")).isFinite();
    }

    @Test
    void candidatesComeFromTheVocabularyBestFirstAndCasedLikeThePrint() {
        OcrChannel ch = ChannelEstimator.estimate(madeUpPairs());
        SyllableCandidates gen = ch.syllables(List.of("đổi", "đói", "đôi", "mới", "mái", "sở", "số", "sơ", "đào", "pao"));
        assertThat(gen.best("d6i", 3)).first().extracting(Candidate::text).isEqualTo("đổi");
        assertThat(gen.best("m&i", 3)).first().extracting(Candidate::text).isEqualTo("mới");
        assertThat(gen.best("S&", 3)).extracting(Candidate::text).contains("Sơ").allMatch(t -> t.startsWith("S"));
        assertThat(gen.best("PAO", 3)).extracting(Candidate::text).contains("ĐÀO");
        List<Candidate> c = gen.best("d6i", 3);
        for (int i = 1; i < c.size(); i++) assertThat(c.get(i).logProb()).isLessThanOrEqualTo(c.get(i - 1).logProb());
        assertThat(gen.contains("ĐỔI")).isTrue();
        assertThat(gen.contains("đổ")).isFalse();
    }

    @Test
    void nothingInReachGivesNoCandidates() {
        OcrChannel ch = ChannelEstimator.estimate(madeUpPairs());
        SyllableCandidates gen = ch.syllables(List.of("đổi", "mới"));
        assertThat(gen.best("", 3)).isEmpty();
        assertThat(gen.best("zzzzzzzzzzzz", 3)).isEmpty();
        assertThat(gen.best("x".repeat(100), 3)).isEmpty();
    }

    @Test
    void theModelFileReadsBackAsWritten(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("model.tsv");
        OcrChannel written = ChannelEstimator.estimate(madeUpPairs(), file, List.of("made for a test"));
        OcrChannel read = OcrChannel.read(file);
        assertThat(Files.readString(file)).startsWith("# made for a test");
        for (String[] pair : new String[][] {{"d6i", "đổi"}, {"m&i", "mới"}, {"P&n vi", "Đơn vị"}}) {
            assertThat(read.logProb(pair[0], pair[1])).isCloseTo(written.logProb(pair[0], pair[1]), org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void escapesSpacesBackslashesAndTheEmptyString() throws IOException {
        for (String s : new String[] {"", " ", "\\", "a b", "\\s", "x\\"}) {
            assertThat(ChannelCounts.unescape(ChannelCounts.escape(s))).isEqualTo(s);
        }
        ChannelCounts c = new ChannelCounts();
        c.add(" ", "");
        c.add("\\", "\\ ");
        StringWriter w = new StringWriter();
        c.write(w, List.of(), 1);
        ChannelCounts back = ChannelCounts.read(new java.io.BufferedReader(new StringReader(w.toString())));
        assertThat(back.count(" ", "")).isEqualTo(1);
        assertThat(back.count("\\", "\\ ")).isEqualTo(1);
    }

    @Test
    void aBadModelFileSaysWhichLine() {
        assertThatThrownBy(() -> ChannelCounts.read(new java.io.BufferedReader(new StringReader("# ok\ntotal\ta\t3\nunit\ta\n"))))
                .isInstanceOf(IOException.class).hasMessageContaining("line 3");
    }

    @Test
    void pairsFromALineAreItsWordsWithWhatTheyBecame() {
        OcrChannel ch = ChannelEstimator.estimate(madeUpPairs());
        var tokens = ChannelEstimator.tokenPairs(new LinePair("đổi mới, số hóa", "d6i m&i, s6 hoa"), ch);
        assertThat(tokens).extracting(ChannelEstimator.TokenPair::printed).containsExactly("d6i", "m&i", "s6", "hoa");
        assertThat(tokens).extracting(ChannelEstimator.TokenPair::intended).containsExactly("đổi", "mới", "số", "hóa");
    }

    @Test
    void theBundledModelReadsTheCommonMisreadings() {
        OcrChannel ch = OcrChannel.bundled();
        assertThat(ch).isSameAs(OcrChannel.bundled());
        assertThat(ch.logProb("s6", "số")).isGreaterThan(ch.logProb("s6", "sáu"));
        assertThat(ch.candidates("d6i", 5)).extracting(Candidate::text).contains("đổi");
        assertThat(ch.candidates("méi", 10)).extracting(Candidate::text).contains("mới", "mỗi");
        assertThat(ch.logProb("méi", "mới")).isGreaterThan(ch.logProb("méi", "mái") + 2);
        assertThat(ch.candidates("S6", 5)).extracting(Candidate::text).contains("Số");
        assertThat(ch.candidates("Pao", 5)).extracting(Candidate::text).contains("Đào");
        assertThat(ch.candidates("KHOA", 3)).extracting(Candidate::text).contains("KHOA");
    }
}
