package vn.camket.restore;

/**
 * One word of a restored text: where it stands in the restored text ({@code start}, {@code end})
 * and in the printed one ({@code printedStart}, {@code printedEnd}), what was printed, what is shown ({@code restored}: the printed form again when uncertain), the
 * model's best reading ({@code best}, shown or not) and its posterior probability.
 */
public record RestoredWord(int start, int end, int printedStart, int printedEnd, String printed, String restored, String best, double confidence, boolean uncertain) {
    /** Whether the shown form differs from the printed one. */
    public boolean changed() {
        return !restored.equals(printed);
    }
}
