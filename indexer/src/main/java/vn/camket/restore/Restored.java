package vn.camket.restore;

import java.util.List;

/**
 * A restored text and its words (numbers, codes and punctuation are not listed: they are kept as
 * printed). Offsets of the words refer to {@code text}.
 */
public record Restored(String text, List<RestoredWord> words) {
    public Restored {
        words = List.copyOf(words);
    }

    /** Share of the words marked uncertain (0 for a text without words). */
    public double uncertainShare() {
        return words.isEmpty() ? 0 : words.stream().filter(RestoredWord::uncertain).count() / (double) words.size();
    }
}
