package vn.camket.ocr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The pair files of a folder: {@code pairs-*.tsv}, without {@code pairs-all.tsv} when the parts it joins are there. */
public final class OcrPairFiles {
    private OcrPairFiles() {}

    public static List<Path> list(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches("pairs-.+\\.tsv")).sorted().toList();
        }
        if (files.size() > 1) files = files.stream().filter(p -> !p.getFileName().toString().equals("pairs-all.tsv")).toList();
        return files;
    }
}
