package vn.camket.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a test's portal at the bundled corpus and a fresh index folder of its own. */
public final class TestCorpus {
    private TestCorpus() {}

    public static Path bundled() {
        return Path.of(System.getProperty("camket.root", "..")).resolve("corpus");
    }

    public static void register(DynamicPropertyRegistry r, String name) {
        try {
            Path index = Files.createTempDirectory("camket-" + name);
            r.add("camket.corpus", () -> bundled().toString());
            r.add("camket.index", index::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
