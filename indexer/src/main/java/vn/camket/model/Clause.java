package vn.camket.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A numbered, lettered, bulleted or plain paragraph unit of a plan's body. */
public record Clause(
        String id,
        String plan,
        String source,
        List<String> path,
        List<String> headings,
        String text,
        int[] lines,
        String theme,
        /** The machine-restored reading of {@code text} (OCR plans only; absent otherwise). */
        @JsonInclude(JsonInclude.Include.NON_NULL) Restoration restored) {

    public Clause(String id, String plan, String source, List<String> path, List<String> headings, String text, int[] lines, String theme) {
        this(id, plan, source, path, headings, text, lines, theme, null);
    }

    public Clause withRestored(Restoration r) {
        return new Clause(id, plan, source, path, headings, text, lines, theme, r);
    }
}
