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
        @JsonInclude(JsonInclude.Include.NON_NULL) Restoration restored,
        /** The PDF page the clause starts on (plans read from a PDF only; absent for a text file). */
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer page) {

    public Clause(String id, String plan, String source, List<String> path, List<String> headings, String text, int[] lines, String theme) {
        this(id, plan, source, path, headings, text, lines, theme, null, null);
    }

    public Clause(String id, String plan, String source, List<String> path, List<String> headings, String text, int[] lines, String theme,
                  Restoration restored) {
        this(id, plan, source, path, headings, text, lines, theme, restored, null);
    }

    public Clause withRestored(Restoration r) {
        return new Clause(id, plan, source, path, headings, text, lines, theme, r, page);
    }

    public Clause withPage(Integer p) {
        return new Clause(id, plan, source, path, headings, text, lines, theme, restored, p);
    }
}
