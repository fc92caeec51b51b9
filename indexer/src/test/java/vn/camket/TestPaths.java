package vn.camket;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the bundled corpus and the shared evaluation files are, seen from a test. */
public final class TestPaths {
    private TestPaths() {}

    public static Path root() {
        String r = System.getProperty("camket.root");
        Path p = r != null ? Path.of(r) : Path.of("..");
        return Files.isDirectory(p.resolve("corpus")) ? p : Path.of(".");
    }

    public static Path corpus() {
        return root().resolve("corpus");
    }

    public static Path corpusFile(String prefix) throws java.io.IOException {
        try (var s = Files.list(corpus())) {
            return s.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }
}
