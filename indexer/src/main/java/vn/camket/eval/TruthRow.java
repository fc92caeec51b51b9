package vn.camket.eval;

import java.util.List;

/**
 * One task row as it truly is: its clean text, the lead agencies (each alternative a list of
 * names, any of which is right: as printed, or canonical), and its normalized deadline
 * ({@code null} when the truth does not say).
 */
public record TruthRow(String group, String row, String task, List<List<String>> leadAlternatives,
                       String deadlineNorm) {}
