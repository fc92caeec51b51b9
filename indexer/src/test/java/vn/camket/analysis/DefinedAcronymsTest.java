package vn.camket.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefinedAcronymsTest {
    private static SyllableModel learn(String... texts) {
        SyllableModel.Builder b = SyllableModel.builder();
        for (String t : texts) b.add("plan.txt", vn.camket.analysis.Tokens.folded(t)).addPrinted(t);
        return b.build();
    }

    @Test
    void anAcronymDefinedByTheInitialsOfTheWordsBeforeItStandsForThem() {
        SyllableModel m = learn("Hoàn thiện hạ tầng giao thông vận tải (GTVT) thông minh của tỉnh",
                "Phát triển Khoa học và Công nghệ (KH&CN) gắn với sản xuất");
        assertThat(m.acronyms()).containsEntry("gtvt", List.of("giao", "thong", "van", "tai"));
        // "và" is no initial: the letters do not spell the words before it, so nothing is learned
        assertThat(m.acronyms()).doesNotContainKey("khcn");
    }

    @Test
    void anAcronymWhoseLettersAreNoInitialsOrThatIsASyllableIsNotLearned(@TempDir Path dir) throws Exception {
        SyllableModel m = learn("Đầu tư theo phương thức đối tác công tư (PPP) cho hạ tầng",
                "Đầu tư theo phương thức đối tác công tư (PPP) cho hạ tầng số", "Ai ai cũng biết (AI) ở đây",
                "Nâng cấp mạng viễn thông (MVT) toàn tỉnh");
        assertThat(m.acronyms()).doesNotContainKeys("ppp", "ai").containsEntry("mvt", List.of("mang", "vien", "thong"));
        Path file = dir.resolve("model.tsv");
        m.write(file);
        assertThat(SyllableModel.read(file).acronyms()).isEqualTo(m.acronyms());
        assertThat(Files.readString(file)).contains("a\tmvt\tmang vien thong");
    }
}
