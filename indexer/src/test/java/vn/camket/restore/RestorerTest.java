package vn.camket.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RestorerTest {
    /** A clean plan written for the test: the language model's only text. */
    private static final String CLEAN = String.join("\n",
            "Đẩy mạnh đổi mới sáng tạo và chuyển đổi số trên địa bàn tỉnh.",
            "Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ngành triển khai thực hiện.",
            "Căn cứ Chương trình số 12-CTr/TU ngày 05/03/2023 của Tỉnh ủy về phát triển khoa học, công nghệ.",
            "Ủy ban nhân dân tỉnh ban hành kế hoạch đổi mới sáng tạo năm 2026.",
            "Phát triển hạ tầng số, dữ liệu số và nguồn nhân lực số cho người dân.",
            "Các cơ quan, đơn vị báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ.",
            "Hỗ trợ doanh nghiệp đổi mới công nghệ, nâng cao năng suất và chất lượng sản phẩm.",
            "Tổ chức đào tạo kỹ năng số cho cán bộ, công chức và người dân trên địa bàn tỉnh.",
            "");

    private static Restorer restorer;

    @BeforeAll
    static void learn() {
        restorer = Restorer.fromTexts(List.of((CLEAN + "\n").repeat(4)));
    }

    @Test
    void aCleanPlanIsToldFromAStrippedOrOcrOne() {
        String clean = (CLEAN + "\n").repeat(4);
        assertThat(Restorer.isClean(clean)).isTrue();
        assertThat(Restorer.isClean(Restorer.stripMarks(clean))).isFalse();
        assertThat(Restorer.isClean("Đổi mới sáng tạo")).as("too short to judge").isFalse();
        assertThat(restorer.sentencesLearned()).isGreaterThan(0);
    }

    @Test
    void restoresStrippedDiacritics() {
        Restored r = restorer.restore("Day manh doi moi sang tao va chuyen doi so tren dia ban tinh.");
        assertThat(r.text()).isEqualTo("Đẩy mạnh đổi mới sáng tạo và chuyển đổi số trên địa bàn tỉnh.");
        assertThat(r.words()).noneMatch(RestoredWord::uncertain);
    }

    @Test
    void restoresOcrMisreadings() {
        Restored r = restorer.restore("S& Khoa hoc va Céng nghé chu tri, ph6i hop vi cac s&, nganh");
        assertThat(r.text()).contains("Khoa học và Công nghệ chủ trì, phối hợp");
    }

    @Test
    void numbersCodesAndPunctuationStayAsPrinted() {
        Restored r = restorer.restore("Can cu Chuong trinh s6 12-CTr/TU ngay 05/03/2023 cua UBND va KH&CN (2026);");
        assertThat(r.text()).contains("12-CTr/TU", "05/03/2023", "UBND", "KH&CN", "(2026);");
        assertThat(r.text()).startsWith("Căn cứ Chương trình số 12-CTr/TU ngày");
        assertThat(r.words()).extracting(RestoredWord::printed).doesNotContain("12-CTr/TU", "UBND", "KH&CN", "2026");
    }

    @Test
    void garbleComesBackAsPrintedAndMarked() {
        Restored r = restorer.restore("xqzw@@ kkkrrr ~~## fffggg");
        assertThat(r.text()).isEqualTo("xqzw@@ kkkrrr ~~## fffggg");
        assertThat(r.words()).isNotEmpty().allMatch(RestoredWord::uncertain);
        assertThat(r.uncertainShare()).isEqualTo(1.0);
    }

    @Test
    void aLineOfGarbleKeepsEvenItsSyllableLikeWordsAsPrinted() {
        // specks and a stamp read as letters: "Bec", "na" and "ta" look like syllables, but nothing around them reads
        String garble = "rs F wqdx i Bec ~ tn xx na zkq ta";
        Restored r = restorer.restore("Day manh doi moi sang tao.\n" + garble + "\nva chuyen doi so");
        assertThat(r.text()).contains("\n" + garble + "\n").startsWith("Đẩy mạnh đổi mới sáng tạo.").endsWith("và chuyển đổi số");
        assertThat(r.words()).filteredOn(w -> w.printedStart() > 25 && w.printedEnd() < 25 + garble.length()).isNotEmpty().allMatch(RestoredWord::uncertain);
    }

    @Test
    void keepsLinesAndSpacesAndPointsIntoBothTexts() {
        String in = "doi moi\n\n  sang tao\nva chuyen doi so\n";
        Restored r = restorer.restore(in);
        assertThat(r.text().split("\n", -1)).hasSameSizeAs(in.split("\n", -1));
        assertThat(r.text()).startsWith("đổi mới\n\n  sáng tạo\n");
        for (RestoredWord w : r.words()) {
            assertThat(r.text().substring(w.start(), w.end())).isEqualTo(w.restored());
            assertThat(in.substring(w.printedStart(), w.printedEnd())).isEqualTo(w.printed());
            assertThat(w.confidence()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void emptyInputAndNoCleanPlanDoNotFail() {
        assertThat(restorer.restore("").text()).isEmpty();
        assertThat(restorer.restore(null).text()).isEmpty();
        assertThat(restorer.restore("   \n").text()).isEqualTo("   \n");
        Restorer bare = Restorer.fromTexts(List.of("d6i m&i"));
        assertThat(bare.sentencesLearned()).isZero();
        Restored r = bare.restore("Doi moi 57-NQ/TW");
        assertThat(r.text()).endsWith("57-NQ/TW");
        assertThat(r.words()).hasSize(2);
    }

    @Test
    void anUncertainWordShowsWhatWasPrintedAndKeepsTheModelsReading() {
        Restored r = restorer.restore("ban");
        RestoredWord w = r.words().get(0);
        if (w.uncertain()) assertThat(w.restored()).isEqualTo("ban");
        else assertThat(w.restored()).isEqualTo(w.best());
        assertThat(w.best()).isNotBlank();
    }

    @Test
    void aHigherThresholdMarksMoreWords() {
        String in = "Day manh doi moi sang tao, ho tro doanh nghiep va nguoi dan";
        long low = restorer.withThreshold(0.0).restore(in).words().stream().filter(RestoredWord::uncertain).count();
        long mid = restorer.restore(in).words().stream().filter(RestoredWord::uncertain).count();
        long high = restorer.withThreshold(1.0).restore(in).words().stream().filter(RestoredWord::uncertain).count();
        assertThat(low).isLessThanOrEqualTo(mid);
        assertThat(mid).isLessThanOrEqualTo(high);
        assertThat(restorer.threshold()).isEqualTo(Restorer.THRESHOLD);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> restorer.withThreshold(1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tokenizerTellsCodesFromGarbledSyllables() {
        assertThat(Tokenizer.kind("57-NQ/TW")).isEqualTo(Token.Kind.CODE);
        assertThat(Tokenizer.kind("UBND")).isEqualTo(Token.Kind.CODE);
        assertThat(Tokenizer.kind("HĐND")).isEqualTo(Token.Kind.CODE);
        assertThat(Tokenizer.kind("KH&CN")).isEqualTo(Token.Kind.CODE);
        assertThat(Tokenizer.kind("5G")).isEqualTo(Token.Kind.CODE);
        assertThat(Tokenizer.kind("4.0")).isEqualTo(Token.Kind.NUMBER);
        assertThat(Tokenizer.kind("100%")).isEqualTo(Token.Kind.NUMBER);
        assertThat(Tokenizer.kind("d6i")).isEqualTo(Token.Kind.WORD);
        assertThat(Tokenizer.kind("1a")).isEqualTo(Token.Kind.WORD);
        assertThat(Tokenizer.kind("m&i")).isEqualTo(Token.Kind.WORD);
        assertThat(Tokenizer.kind("SO")).isEqualTo(Token.Kind.WORD);
    }
}
