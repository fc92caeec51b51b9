package vn.camket.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The words OCR read from each page, kept on disk by the PDF's content hash (SHA-256) and the
 * engine's id, so a rebuild of the same file reads nothing again, whatever the file is called or
 * wherever it lies. One file per page: a page that failed is not stored and is tried again next
 * time, while the pages that were read stay read. Files are written to a temporary name and moved
 * into place, so a build stopped half way leaves no half page behind.
 */
public final class OcrCache {
    private final Path dir;

    public OcrCache(Path dir) {
        this.dir = dir;
    }

    /** A cache that keeps nothing (for callers that want every page read). */
    public static OcrCache none() {
        return new OcrCache(null);
    }

    public Path dir() {
        return dir;
    }

    public static String hash(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<PageWords> get(String hash, String engine, int page) {
        if (dir == null) return Optional.empty();
        Path f = file(hash, engine, page);
        if (!Files.isRegularFile(f)) return Optional.empty();
        try {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            int nl = text.indexOf('\n');
            String[] size = text.substring(0, Math.max(nl, 0)).split(" ");
            if (size.length != 3 || !"#size".equals(size[0])) return Optional.empty();
            List<Word> words = TesseractTsv.words(text.substring(nl + 1));
            return Optional.of(new PageWords(page, Integer.parseInt(size[1]), Integer.parseInt(size[2]), words, "ocr", null));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // an unreadable cache entry is read again from the page
        }
    }

    public void put(String hash, String engine, PageWords page) {
        if (dir == null || page.failed()) return;
        Path f = file(hash, engine, page.number());
        try {
            Files.createDirectories(f.getParent());
            Path tmp = Files.createTempFile(f.getParent(), "page", ".tmp");
            Files.writeString(tmp, "#size " + page.width() + " " + page.height() + "\n" + TesseractTsv.format(page.words()), StandardCharsets.UTF_8);
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // a cache that cannot be written only costs time on the next build
        }
    }

    private Path file(String hash, String engine, int page) {
        return dir.resolve(hash.substring(0, 2)).resolve(hash).resolve(engine.replaceAll("[^A-Za-z0-9._-]", "_") + String.format("-p%04d.tsv", page));
    }
}
