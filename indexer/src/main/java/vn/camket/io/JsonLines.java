package vn.camket.io;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes JSON Lines files (one JSON object per line, UTF-8). */
public final class JsonLines {
    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonLines() {}

    public static void write(Path file, List<?> records) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Object r : records) {
                w.write(MAPPER.writeValueAsString(r));
                w.write('\n');
            }
        }
    }

    public static <T> List<T> read(Path file, Class<T> type) throws IOException {
        List<T> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) out.add(MAPPER.readValue(line, type));
            }
        }
        return out;
    }
}
