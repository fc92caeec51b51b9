package vn.camket.restore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import vn.camket.model.Restoration;

/**
 * Restored readings kept on disk, one file per plan, so a rebuild of the same corpus restores
 * nothing again. A plan's file is named by the SHA-256 of everything its readings depend on:
 * the plan's printed text, the model's fingerprint ({@link #fingerprint}: the clean texts the
 * language model is learned from, the threshold, the restorer's own classes and bundled models)
 * — so a changed text, a new clean plan in the corpus or a new build of the restorer never reads
 * an old result. Inside, readings are keyed by the record's text (the parser may cut a plan into
 * other records tomorrow: a text not found is restored and the file rewritten). A file that
 * cannot be read or does not check out is ignored and written anew: the cache only ever saves
 * time. Files are written to a temporary name and moved into place.
 *
 * <p>Where: {@code $CAMKET_RESTORE_CACHE} (or the system property {@code camket.restore.cache}),
 * else {@code camket/restore} in the user's cache folder ({@code $XDG_CACHE_HOME}, else
 * {@code ~/.cache}); {@code none} keeps nothing.
 */
public final class RestorationCache {
    private static final String MAGIC = "camket-restoration-cache 1";
    /** The classes and resources whose change changes a reading: hashed into the fingerprint. */
    private static final List<String> CODE = List.of(
            "/vn/camket/restore/Restorer.class", "/vn/camket/restore/SyllableLanguageModel.class", "/vn/camket/restore/CaseModel.class",
            "/vn/camket/restore/Tokenizer.class", "/vn/camket/restore/PlanRestoration.class", "/vn/camket/ocr/OcrChannel.class",
            "/vn/camket/ocr/SyllableCandidates.class", "/vn/camket/ocr/ocr-channel.tsv", "/vn/camket/analysis/vi_VN.dic",
            "/vn/camket/text/Fold.class");

    private final Path dir;

    public RestorationCache(Path dir) {
        this.dir = dir;
    }

    /** A cache that keeps nothing. */
    public static RestorationCache none() {
        return new RestorationCache(null);
    }

    /** The cache where the environment says (see the class comment). */
    public static RestorationCache fromEnvironment() {
        String where = System.getProperty("camket.restore.cache", System.getenv("CAMKET_RESTORE_CACHE"));
        if (where != null && !where.isBlank()) return "none".equals(where.strip()) ? none() : new RestorationCache(Path.of(where.strip()));
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new RestorationCache(base.resolve("camket").resolve("restore"));
    }

    public Path dir() {
        return dir;
    }

    /**
     * The fingerprint of a model: the SHA-256 of the clean texts it is learned from (in order),
     * the threshold, and the bytes of the restorer's classes and bundled models.
     */
    public static String fingerprint(List<String> cleanTexts, double threshold) {
        MessageDigest md = sha256();
        md.update((MAGIC + "\nthreshold " + threshold + " " + Restorer.GARBLED_THRESHOLD + "\n").getBytes(StandardCharsets.UTF_8));
        for (String r : CODE) {
            try (InputStream in = RestorationCache.class.getResourceAsStream(r)) {
                md.update(r.getBytes(StandardCharsets.UTF_8));
                if (in != null) md.update(in.readAllBytes());
            } catch (IOException e) {
                md.update((byte) 0);
            }
        }
        for (String t : cleanTexts) {
            md.update(sha256().digest(t.getBytes(StandardCharsets.UTF_8)));
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** The key of a plan's readings: its printed text under a model's fingerprint. */
    public static String key(String fingerprint, String planText) {
        MessageDigest md = sha256();
        md.update(fingerprint.getBytes(StandardCharsets.UTF_8));
        md.update((byte) '\n');
        md.update((planText == null ? "" : planText).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest());
    }

    /** The readings stored under a key, by record text; empty when there are none or the file does not check out. */
    public Map<String, Restoration> get(String key) {
        Map<String, Restoration> out = new HashMap<>();
        if (dir == null) return out;
        Path f = file(key);
        if (!Files.isRegularFile(f)) return out;
        try {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            if (lines.size() < 2 || !lines.get(0).equals(MAGIC + " " + key)) return new HashMap<>();
            String end = lines.get(lines.size() - 1);
            if (!end.equals("end " + (lines.size() - 2))) return new HashMap<>();
            Base64.Decoder b64 = Base64.getDecoder();
            for (String line : lines.subList(1, lines.size() - 1)) {
                String[] p = line.split("\t", -1);
                if (p.length != 3) return new HashMap<>();
                String printed = new String(b64.decode(p[0]), StandardCharsets.UTF_8);
                String text = new String(b64.decode(p[1]), StandardCharsets.UTF_8);
                List<int[]> uncertain = new ArrayList<>();
                if (!p[2].isEmpty()) {
                    for (String span : p[2].split(",")) {
                        String[] se = span.split("-");
                        if (se.length != 2) return new HashMap<>();
                        int s = Integer.parseInt(se[0]), e = Integer.parseInt(se[1]);
                        if (s < 0 || e <= s || e > text.length()) return new HashMap<>();
                        uncertain.add(new int[] {s, e});
                    }
                }
                out.put(printed, new Restoration(text, uncertain));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return new HashMap<>(); // unreadable or corrupt: restored again and written anew
        }
    }

    /** Stores the readings under a key (replacing what was there); a cache that cannot be written only costs time. */
    public void put(String key, Map<String, Restoration> readings) {
        if (dir == null) return;
        Path f = file(key);
        try {
            Files.createDirectories(f.getParent());
            Base64.Encoder b64 = Base64.getEncoder();
            StringBuilder sb = new StringBuilder(MAGIC).append(' ').append(key).append('\n');
            for (var e : readings.entrySet()) {
                if (e.getValue() == null) continue;
                sb.append(b64.encodeToString(e.getKey().getBytes(StandardCharsets.UTF_8))).append('\t')
                        .append(b64.encodeToString(e.getValue().text().getBytes(StandardCharsets.UTF_8))).append('\t');
                List<String> spans = new ArrayList<>();
                for (int[] u : e.getValue().uncertain()) spans.add(u[0] + "-" + u[1]);
                sb.append(String.join(",", spans)).append('\n');
            }
            sb.append("end ").append(readings.values().stream().filter(v -> v != null).count()).append('\n');
            Path tmp = Files.createTempFile(f.getParent(), "plan", ".tmp");
            Files.writeString(tmp, sb, StandardCharsets.UTF_8);
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // not writable (read-only home, full disk): the next build restores again
        }
    }

    Path file(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + ".tsv");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
