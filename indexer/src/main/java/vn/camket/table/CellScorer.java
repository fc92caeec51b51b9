package vn.camket.table;

/**
 * How well a piece of text fits a column: a log-odds-like score, positive where the text looks
 * like what the column holds (an agency's name for the lead column, a date for the deadline),
 * negative where it does not. Implemented above this package by the lexicons (agencies, the
 * deadline grammar, result nouns).
 */
public interface CellScorer {
    double score(String text, ColumnKind column);
}
