package vn.camket.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One indicator target: a row of an indicator table or a numeric target bullet. */
public record Target(
        String id,
        String plan,
        String source,
        String horizon,
        String row,
        String indicator,
        String unit,
        TargetValue value,
        List<String> lead,
        String theme,
        int[] lines,
        /** The machine-restored reading of {@code indicator} (OCR plans only; absent otherwise). */
        @JsonInclude(JsonInclude.Include.NON_NULL) Restoration restored,
        /** The PDF page the target starts on (plans read from a PDF only; absent for a text file). */
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer page) {

    public Target(String id, String plan, String source, String horizon, String row, String indicator, String unit, TargetValue value,
                  List<String> lead, String theme, int[] lines) {
        this(id, plan, source, horizon, row, indicator, unit, value, lead, theme, lines, null, null);
    }

    public Target(String id, String plan, String source, String horizon, String row, String indicator, String unit, TargetValue value,
                  List<String> lead, String theme, int[] lines, Restoration restored) {
        this(id, plan, source, horizon, row, indicator, unit, value, lead, theme, lines, restored, null);
    }

    public Target withRestored(Restoration r) {
        return new Target(id, plan, source, horizon, row, indicator, unit, value, lead, theme, lines, r, page);
    }

    public Target withPage(Integer p) {
        return new Target(id, plan, source, horizon, row, indicator, unit, value, lead, theme, lines, restored, p);
    }
}
