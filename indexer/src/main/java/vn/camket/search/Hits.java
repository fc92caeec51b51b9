package vn.camket.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import tools.jackson.databind.JsonNode;
import vn.camket.index.IndexFields;
import vn.camket.index.IndexSnapshot;
import vn.camket.io.JsonLines;

/** Turns a stored record into a {@link Hit}: its place in the plan, deadline, agencies, and a safe snippet. */
final class Hits {
    private Hits() {}

    /**
     * The stored fields a hit is made from: a record's document also stores its text and restored
     * reading (for the highlighter), which the JSON holds already; decoding them for every hit is wasted.
     */
    private static final java.util.Set<String> FIELDS = java.util.Set.of(IndexFields.ID, IndexFields.TYPE, IndexFields.JSON);

    /** The stored fields {@link #toHit} reads, of one document. */
    static Document stored(org.apache.lucene.index.StoredFields fields, int doc) throws IOException {
        return fields.document(doc, FIELDS);
    }

    static Hit toHit(IndexSnapshot s, Document d, String snippet, float score, Map<String, JsonNode> plans) throws IOException {
        JsonNode rec = JsonLines.MAPPER.readTree(d.get(IndexFields.JSON));
        String type = d.get(IndexFields.TYPE);
        String planId = rec.path("plan").asString("");
        // a plan's metadata is read once per index version (its document also holds the whole source text)
        JsonNode plan = plans.computeIfAbsent(planId, id -> s.memo("plan:" + id, k -> storedPlan(s, id)));
        String text = switch (type) {
            case "task" -> rec.path("task").asString("");
            case "target" -> rec.path("indicator").asString("");
            default -> rec.path("text").asString("");
        };
        int[] lines = new int[] {rec.path("lines").path(0).asInt(0), rec.path("lines").path(1).asInt(0)};
        String place = switch (type) {
            case "task" -> joinNonEmpty("Phụ lục " + rec.path("appendix").asString(""), rec.path("group").asString(""), "STT " + rec.path("row").asString(""));
            case "target" -> joinNonEmpty(rec.path("horizon").asString(""), rec.path("row").asString(""));
            default -> String.join(".", strings(rec.path("path")));
        };
        JsonNode dl = rec.path("deadline");
        String deadline = dl.isMissingNode() || dl.isNull() ? null : dl.path("raw").asString(null);
        String normalized = null;
        if (!dl.isMissingNode() && !dl.isNull()) {
            String kind = dl.path("kind").asString("unknown");
            normalized = switch (kind) {
                case "dated" -> dl.path("date").asString(null);
                case "period" -> dl.path("from").asString("") + ".." + dl.path("to").asString("");
                default -> kind;
            };
        } else if (type.equals("target")) {
            normalized = rec.path("horizon").asString(null);
        }
        JsonNode r = rec.path("restored").path("text");
        String restored = r.isString() ? r.asString() : null;
        String shown = restored != null ? restored : text;
        if (snippet == null || snippet.isBlank()) snippet = escape(shown.length() > 300 ? shown.substring(0, 300) + " …" : shown);
        return new Hit(d.get(IndexFields.ID), type, planId, plan.path("number").asString(null), plan.path("date").asString(null),
                rec.path("source").asString(null), lines, plan.path("province").asString(null), plan.path("provinceToday").asString(null),
                place, text, snippet, strings(rec.path("lead")), strings(rec.path("coordinating")), deadline, normalized,
                rec.path("theme").asString(null), score, restored, rec.path("page").isInt() ? rec.path("page").asInt() : null);
    }

    private static String joinNonEmpty(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            String t = p.strip();
            if (!t.isEmpty() && !t.equals("Phụ lục") && !t.equals("STT") && !t.equals("-")) kept.add(t);
        }
        return String.join(" · ", kept);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) for (JsonNode n : array) out.add(n.asString(""));
        return out;
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#x27;");
                case '/' -> b.append("&#x2F;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static JsonNode storedPlan(IndexSnapshot s, String id) {
        try {
            return StoredRecords.get(s, id).map(r -> JsonLines.MAPPER.readTree(r.json())).orElse(JsonLines.MAPPER.createObjectNode());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
