package vn.camket.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the bundled data files ({@code /vn/camket/data/…}): UTF-8 lines, blank lines and {@code #} comments skipped. */
public final class DataFiles {
    private DataFiles() {}

    public static List<String> lines(String name) {
        String path = "/vn/camket/data/" + name;
        try (InputStream in = DataFiles.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("Missing data file " + path);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) out.add(line);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
