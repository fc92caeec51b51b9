package vn.camket.cli;

import java.nio.file.Path;

/** Where the commands keep OCR'd PDF pages: as given, else $CAMKET_OCR_CACHE, else beside their output. */
final class OcrCacheDir {
    private OcrCacheDir() {}

    static Path resolve(Path given, Path output) {
        if (given != null) return given;
        String env = System.getenv("CAMKET_OCR_CACHE");
        if (env != null && !env.isBlank()) return Path.of(env);
        return output.resolve("ocr-cache");
    }
}
