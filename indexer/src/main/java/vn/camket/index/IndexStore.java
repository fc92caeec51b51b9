package vn.camket.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The index root folder: one sub-folder per build ("gen-…") and a {@code CURRENT} file naming the
 * one being served. A build writes a new folder and then replaces {@code CURRENT} with an atomic
 * rename, so readers see either the old index or the new one, never a half-written one; a build
 * that dies leaves {@code CURRENT} pointing at the previous index.
 */
public final class IndexStore {
    static final String CURRENT = "CURRENT";
    static final String COMPLETE_MARK = "COMPLETE";
    public static final String MODEL_FILE = "syllables.tsv";
    public static final String ANALYSIS_FILE = "ANALYSIS";

    private final Path root;

    public IndexStore(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** The folder being served, if there is a finished one. */
    public Optional<Path> current() throws IOException {
        Path pointer = root.resolve(CURRENT);
        if (!Files.isRegularFile(pointer)) return Optional.empty();
        String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
        if (name.isEmpty() || name.contains("/") || name.contains("..")) return Optional.empty();
        Path dir = root.resolve(name);
        return Files.isRegularFile(dir.resolve(COMPLETE_MARK)) ? Optional.of(dir) : Optional.empty();
    }

    /** A fresh folder for a new build. */
    public Path newGeneration() throws IOException {
        Files.createDirectories(root);
        Path dir = root.resolve("gen-" + System.currentTimeMillis() + "-" + ProcessHandle.current().pid());
        Files.createDirectory(dir);
        return dir;
    }

    /** Marks a finished build complete and makes it the one served; older builds but the previous are removed. */
    public void publish(Path generation) throws IOException {
        Files.writeString(generation.resolve(COMPLETE_MARK), "ok\n");
        Path tmp = root.resolve(CURRENT + ".tmp-" + ProcessHandle.current().pid());
        Files.writeString(tmp, generation.getFileName().toString() + "\n", StandardCharsets.UTF_8);
        try {
            Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
        }
        removeOldGenerations(generation);
    }

    /** Keeps the published build and the one before it (a reader may still hold it open). */
    private void removeOldGenerations(Path keep) throws IOException {
        List<Path> gens;
        try (Stream<Path> s = Files.list(root)) {
            gens = s.filter(p -> p.getFileName().toString().startsWith("gen-") && !p.equals(keep))
                    .sorted(Comparator.comparing((Path p) -> p.toFile().lastModified()).reversed()).toList();
        }
        for (int i = 1; i < gens.size(); i++) deleteTree(gens.get(i));
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
