package vn.camket.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import vn.camket.io.JsonLines;

/**
 * A folder of plans with their exact truth: per plan {@code truth-NAME.jsonl} (one task row a
 * line: doc, group, row, task, lead, lead_canonical, deadline_norm …) and {@code meta-NAME.json}
 * (province, number, date). The text read is the file the truth's {@code doc} names.
 */
public final class SyntheticSet {
    /** What a plan's header says: the metadata the parser must find. */
    public record Meta(String province, String number, String date) {}

    /** One plan of the set: its text file, its rows, its metadata (null when there is no meta file). */
    public record Plan(String name, Path text, List<TruthRow> rows, Meta meta) {}

    private SyntheticSet() {}

    public static List<Plan> read(Path dir) throws IOException {
        List<Path> truths;
        try (Stream<Path> s = Files.list(dir)) {
            truths = s.filter(p -> p.getFileName().toString().matches("truth-.+\\.jsonl")).sorted().toList();
        }
        List<Plan> out = new ArrayList<>();
        for (Path t : truths) {
            String name = t.getFileName().toString().replaceFirst("^truth-", "").replaceFirst("\\.jsonl$", "");
            List<TruthRow> rows = new ArrayList<>();
            String doc = name + ".txt";
            for (String line : Files.readAllLines(t)) {
                if (line.isBlank()) continue;
                JsonNode n = JsonLines.MAPPER.readTree(line);
                if (n.hasNonNull("doc")) doc = n.get("doc").asString();
                List<List<String>> leads = new ArrayList<>();
                leads.add(strings(n.get("lead")));
                if (n.hasNonNull("lead_canonical")) leads.add(strings(n.get("lead_canonical")));
                rows.add(new TruthRow(text(n, "group"), text(n, "row"), text(n, "task"), leads,
                        n.hasNonNull("deadline_norm") ? n.get("deadline_norm").asString() : null));
            }
            Path meta = dir.resolve("meta-" + name + ".json");
            out.add(new Plan(name, dir.resolve(doc), rows, Files.exists(meta) ? meta(meta) : null));
        }
        return out;
    }

    private static Meta meta(Path file) throws IOException {
        JsonNode n = JsonLines.MAPPER.readTree(Files.readString(file));
        return new Meta(text(n, "province"), text(n, "number"), text(n, "date"));
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asString() : "";
    }

    /** A list of names, or one name given as a string. */
    private static List<String> strings(JsonNode n) {
        if (n == null || n.isNull()) return List.of();
        if (!n.isArray()) return List.of(n.asString());
        List<String> out = new ArrayList<>();
        for (JsonNode x : n) out.add(x.asString());
        return out;
    }
}
