package vn.camket.table;

/**
 * How well a piece of text fits a column: a log-odds-like score, positive where the text looks
 * like what the column holds (an agency's name for the lead column, a date for the deadline),
 * negative where it does not. Implemented above this package by the lexicons (agencies, the
 * deadline grammar, result nouns).
 */
public interface CellScorer {
    double score(String text, ColumnKind column);

    /** The text's fit to each of the columns; read the text once where that is dearer than scoring. */
    default double[] scores(String text, java.util.List<ColumnKind> columns) {
        double[] out = new double[columns.size()];
        for (int c = 0; c < out.length; c++) out[c] = score(text, columns.get(c));
        return out;
    }
}
