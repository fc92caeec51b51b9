package vn.camket.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlockSequenceTest {
    /** A scorer that knows three kinds of cell by a marker word: enough to test the decoding alone. */
    private static final CellScorer MARKERS = (text, column) -> switch (column) {
        case TASK -> text.startsWith("task") ? 3 : -2;
        case LEAD -> text.startsWith("agency") ? 3 : -2;
        case DEADLINE -> text.startsWith("date") ? 3 : -2;
        default -> -2;
    };

    private final BlockSequence sequence = new BlockSequence(List.of(ColumnKind.TASK, ColumnKind.LEAD, ColumnKind.DEADLINE), MARKERS);

    @Test
    void rowsStartWhereTheColumnsWrapAround() {
        List<BlockSequence.Cell> cells = sequence.decode(List.of("task a", "agency a", "date a", "task b", "agency b", "date b"),
                new boolean[6]);
        assertThat(cells).extracting(BlockSequence.Cell::column).containsExactly(ColumnKind.TASK, ColumnKind.LEAD,
                ColumnKind.DEADLINE, ColumnKind.TASK, ColumnKind.LEAD, ColumnKind.DEADLINE);
        assertThat(cells).extracting(BlockSequence.Cell::rowStart).containsExactly(true, false, false, true, false, false);
    }

    @Test
    void anEmptyCellIsSkipped() {
        List<BlockSequence.Cell> cells = sequence.decode(List.of("task a", "date a", "task b", "agency b"), new boolean[4]);
        assertThat(cells).extracting(BlockSequence.Cell::column).containsExactly(ColumnKind.TASK, ColumnKind.DEADLINE,
                ColumnKind.TASK, ColumnKind.LEAD);
        assertThat(cells).extracting(BlockSequence.Cell::rowStart).containsExactly(true, false, true, false);
    }

    @Test
    void aRowNumberForcesARowToStart() {
        boolean[] starts = {false, false, true};
        // two task blocks in a row are one cell broken in two unless a number stood before the second
        List<BlockSequence.Cell> joined = sequence.decode(List.of("task a", "agency a", "agency a2"), new boolean[3]);
        assertThat(joined.get(2).rowStart()).isFalse();
        List<BlockSequence.Cell> split = sequence.decode(List.of("task a", "agency a", "task b"), starts);
        assertThat(split.get(2).rowStart()).isTrue();
    }
}
