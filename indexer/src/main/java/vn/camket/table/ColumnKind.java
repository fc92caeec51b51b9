package vn.camket.table;

/** What a table column holds, as its header names it. */
public enum ColumnKind {
    NUMBER, TASK, LEAD, COORD, LEAD_COORD, RESULT, DEADLINE, NOTE, BUDGET, INDICATOR, UNIT, VALUE, OTHER,
    /** A column whose header the OCR garbled past reading: its kind is inferred from the genre's column order. */
    UNKNOWN;

    /** Whether the column names agencies (lead, coordinating, or both). */
    public boolean namesAgencies() {
        return this == LEAD || this == COORD || this == LEAD_COORD;
    }
}
