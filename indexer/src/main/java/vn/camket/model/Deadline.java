package vn.camket.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A deadline cell: the raw text, its kind, and the normalized due date ({@code date}: YYYY-MM-DD,
 * YYYY-MM, YYYY-Qn or YYYY) or period ({@code from}/{@code to}, years; {@code to} may be open).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Deadline(String raw, Kind kind, String date, String from, String to) {

    public enum Kind { dated, period, ongoing, annual, conditional, unknown }

    public static Deadline of(String raw, Kind kind) {
        return new Deadline(raw, kind, null, null, null);
    }

    /** The normalized form used by the gold files: a date, "YYYY..YYYY", or the kind's name. */
    public String normalized() {
        return switch (kind) {
            case dated -> date;
            case period -> from + ".." + (to == null ? "" : to);
            default -> kind.name();
        };
    }
}
