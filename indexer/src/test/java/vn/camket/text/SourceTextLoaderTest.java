package vn.camket.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTextLoaderTest {
    @TempDir Path dir;
    private final SourceTextLoader loader = new SourceTextLoader(1024 * 1024);

    @Test
    void readsUtf8LinesNormalized() throws Exception {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "Ke\u0302\u0301 hoạch\r\nﬁ dòng 2\n");
        SourceText t = loader.load(f);
        assertThat(t.lines()).containsExactly("Kế hoạch", "fi dòng 2");
        assertThat(t.line(2)).isEqualTo("fi dòng 2");
    }

    @Test
    void refusesEmptyFile() throws Exception {
        Path f = Files.writeString(dir.resolve("empty.txt"), "");
        assertThatThrownBy(() -> loader.load(f)).isInstanceOf(PlanFileException.class).hasMessageContaining("empty.txt").hasMessageContaining("empty");
    }

    @Test
    void refusesBinaryFile() throws Exception {
        Path f = Files.write(dir.resolve("bin.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2, 3});
        assertThatThrownBy(() -> loader.load(f)).isInstanceOf(PlanFileException.class).hasMessageContaining("bin.txt").hasMessageContaining("binary");
    }

    @Test
    void refusesWindows1258Text() throws Exception {
        byte[] bytes = "Đây là văn bản của Ủy ban".getBytes(Charset.forName("windows-1258"));
        Path f = Files.write(dir.resolve("cp1258.txt"), bytes);
        assertThatThrownBy(() -> loader.load(f)).isInstanceOf(PlanFileException.class).hasMessageContaining("cp1258.txt").hasMessageContaining("UTF-8");
    }

    @Test
    void refusesFileOverTheLimit() throws Exception {
        Path f = Files.write(dir.resolve("big.txt"), "a".repeat(2 * 1024 * 1024).getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> loader.load(f)).isInstanceOf(PlanFileException.class).hasMessageContaining("big.txt").hasMessageContaining("limit");
    }

    @Test
    void refusesWhitespaceOnly() throws Exception {
        Path f = Files.writeString(dir.resolve("blank.txt"), " \n\n \t\n");
        assertThatThrownBy(() -> loader.load(f)).isInstanceOf(PlanFileException.class).hasMessageContaining("blank.txt");
    }
}
