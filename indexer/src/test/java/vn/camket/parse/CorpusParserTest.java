package vn.camket.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camket.TestPaths;
import vn.camket.text.SourceTextLoader;

/** Bad files are reported by name and skipped; everything else in the folder is still parsed. */
class CorpusParserTest {
    @TempDir static Path dir;
    static CorpusParser.Result result;

    @BeforeAll
    static void parseAMixedFolder() throws Exception {
        Files.copy(TestPaths.corpusFile("000_"), dir.resolve("a_good.txt"));
        Files.copy(TestPaths.corpusFile("000_"), dir.resolve("b_same_plan_again.txt"));
        Files.writeString(dir.resolve("c_empty.txt"), "");
        Files.write(dir.resolve("d_binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 0, 1});
        Files.write(dir.resolve("e_cp1258.txt"), "Đây là văn bản Kế hoạch số 9/KH-UBND".getBytes(Charset.forName("windows-1258")));
        Files.writeString(dir.resolve("f_no_appendix.txt"),
                "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nSố: 12/KH-UBND Hà Tĩnh, ngày 05 tháng 03 năm 2025\nKẾ HOẠCH\n\nThực hiện Nghị quyết 57\n\n"
                        + "I. MỤC TIÊU\n1. Mục tiêu chung\n- Phủ sóng 5G toàn tỉnh.\nII. NHIỆM VỤ\n- Xây dựng nền tảng số.\nNơi nhận:\n- Như trên.\n");
        // 50 MB of text: over the size limit for one plan
        Path big = dir.resolve("g_huge.txt");
        try (var w = Files.newBufferedWriter(big)) {
            String line = "Xây dựng chính quyền số và phát triển kinh tế số trên địa bàn tỉnh.\n";
            for (long n = 0; n < 50L * 1024 * 1024; n += line.length()) w.write(line);
        }
        List<Path> seen = new ArrayList<>();
        result = new CorpusParser(PlanParser.withDefaults(), new SourceTextLoader()).parse(CorpusParser.planFiles(dir), seen::add);
        assertThat(seen).hasSize(7);
    }

    @Test
    void parsesTheGoodPlanAndThePlanWithoutAppendices() {
        assertThat(result.plans()).extracting(p -> p.plan().source()).containsExactly("a_good.txt", "f_no_appendix.txt");
        var noAppendix = result.plans().get(1);
        assertThat(noAppendix.plan().number()).isEqualTo("12/KH-UBND");
        assertThat(noAppendix.tasks()).isEmpty();
        assertThat(noAppendix.clauses()).isNotEmpty();
    }

    @Test
    void reportsEachBadFileByName() {
        assertThat(result.problems()).hasSize(5);
        assertThat(result.problems()).anySatisfy(m -> assertThat(m).startsWith("b_same_plan_again.txt").contains("duplicate"));
        assertThat(result.problems()).anySatisfy(m -> assertThat(m).startsWith("c_empty.txt").contains("empty"));
        assertThat(result.problems()).anySatisfy(m -> assertThat(m).startsWith("d_binary.txt").contains("binary"));
        assertThat(result.problems()).anySatisfy(m -> assertThat(m).startsWith("e_cp1258.txt").contains("UTF-8"));
        assertThat(result.problems()).anySatisfy(m -> assertThat(m).startsWith("g_huge.txt").contains("limit"));
    }
}
