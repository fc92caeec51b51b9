package vn.camket.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import vn.camket.index.IndexStore;

/**
 * A throw-away PostgreSQL server on a local port for the benchmark: Debian's package (installed
 * with apt-get when missing), a fresh cluster in a temporary folder, trust authentication on
 * 127.0.0.1 only, stopped and deleted on close. As root, the server runs as the package's
 * {@code postgres} user, since PostgreSQL refuses to run as root.
 */
public final class PostgresServer implements AutoCloseable {
    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean asPostgresUser;

    private PostgresServer(Path bin, Path dir, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    public static PostgresServer start() throws IOException, InterruptedException {
        Path bin = findBin();
        if (bin == null) {
            System.out.println("PostgreSQL not found: installing Debian's postgresql and postgresql-contrib packages");
            run(List.of("apt-get", "install", "-y", "-q", "postgresql", "postgresql-contrib"), null);
            bin = findBin();
            if (bin == null) throw new IOException("PostgreSQL is not installed and apt-get could not install it");
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("camket-pg");
        if (root) run(List.of("chown", "postgres", dir.toString()), null);
        PostgresServer pg = new PostgresServer(bin, dir, PortalBench.freePort(), root);
        pg.pg(List.of("initdb", "-D", dir.resolve("data").toString(), "-U", "camket", "--auth=trust", "-E", "UTF8", "--locale=C"));
        pg.pg(List.of("pg_ctl", "-D", dir.resolve("data").toString(), "-l", dir.resolve("server.log").toString(), "-w", "-o",
                "-p " + pg.port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c shared_buffers=512MB -c max_connections=64"
                        + " -c work_mem=32MB -c fsync=off -c synchronous_commit=off", "start"));
        return pg;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=camket";
    }

    public String version() {
        return bin.getParent().getFileName().toString();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            pg(List.of("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop"));
        } finally {
            IndexStore.deleteTree(dir);
        }
    }

    private void pg(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) full.addAll(List.of("runuser", "-u", "postgres", "--"));
        full.add(bin.resolve(command.getFirst()).toString());
        full.addAll(command.subList(1, command.size()));
        run(full, dir);
    }

    private static void run(List<String> command, Path dir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (dir != null) pb.directory(dir.toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) throw new IOException(String.join(" ", command) + " failed:\n" + out);
    }

    /** The newest installed server's bin folder ({@code /usr/lib/postgresql/N/bin}), or null. */
    private static Path findBin() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) return null;
        try (Stream<Path> s = Files.list(root)) {
            return s.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> versionOf(b.getParent().getFileName().toString())))
                    .orElse(null);
        }
    }

    private static int versionOf(String name) {
        try {
            return Integer.parseInt(name);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
