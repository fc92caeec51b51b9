package vn.camket.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;

/**
 * A machine-restored reading of a printed text (OCR that lost its diacritics): the restored
 * {@code text} and the {@code uncertain} words in it, each as {@code [start, end)} offsets into
 * {@code text}. An uncertain word is shown as printed; a reader should check it against the
 * printed text, which stays the record's text of reference.
 */
public record Restoration(String text, List<int[]> uncertain) {
    public Restoration {
        text = text == null ? "" : text;
        uncertain = uncertain == null ? List.of() : List.copyOf(uncertain);
    }

    /** One run of the restored text, for rendering: uncertain words apart from the rest. */
    public record Segment(String text, boolean uncertain) {}

    /** The text cut into runs, uncertain words on their own (offsets out of range or overlapping are ignored). */
    @JsonIgnore
    public List<Segment> segments() {
        List<Segment> out = new ArrayList<>();
        int at = 0;
        for (int[] u : uncertain) {
            if (u == null || u.length != 2 || u[0] < at || u[1] <= u[0] || u[1] > text.length()) continue;
            if (u[0] > at) out.add(new Segment(text.substring(at, u[0]), false));
            out.add(new Segment(text.substring(u[0], u[1]), true));
            at = u[1];
        }
        if (at < text.length()) out.add(new Segment(text.substring(at), false));
        return out;
    }
}
