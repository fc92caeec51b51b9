package vn.camket.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.camket.table.BlockSequence.Block;
import vn.camket.table.ColumnMajorSequence.Placed;

/** Pages printed column by column, with a scorer of our own: a block's first word names the column it fits. */
class ColumnMajorSequenceTest {
    private static final List<ColumnKind> COLUMNS = List.of(ColumnKind.TASK, ColumnKind.LEAD, ColumnKind.DEADLINE);

    /** "Task …" fits the task column, "Agency …" the lead, "Due …" the deadline; anything else fits none in particular. */
    private static final CellScorer SCORER = (text, column) -> {
        String head = text.split(" ")[0];
        ColumnKind meant = switch (head) {
            case "Task" -> ColumnKind.TASK;
            case "Agency" -> ColumnKind.LEAD;
            case "Due" -> ColumnKind.DEADLINE;
            default -> null;
        };
        return meant == null ? 0 : meant == column ? 3 : -3;
    };

    private static List<Block> blocks(String... texts) {
        return java.util.Arrays.stream(texts).map(t -> new Block(List.of(t))).toList();
    }

    @Test
    void eachColumnsCellsFollowOneAnotherAndABlockInLowerCaseGoesOnWithItsCell() {
        List<Placed> placed = new ColumnMajorSequence(COLUMNS, SCORER).decode(blocks(
                "Task one", "Task two", "and its end", "Agency A", "Agency B", "Due May", "Due June"));
        assertThat(placed).extracting(Placed::column).containsExactly(ColumnKind.TASK, ColumnKind.TASK, ColumnKind.TASK,
                ColumnKind.LEAD, ColumnKind.LEAD, ColumnKind.DEADLINE, ColumnKind.DEADLINE);
        assertThat(placed).extracting(Placed::opensCell).containsExactly(true, true, false, true, true, true, true);
        assertThat(placed).extracting(Placed::sweep).containsOnly(0);
    }

    @Test
    void theNextPagePrintedTheSameWayStartsANewSweep() {
        List<Placed> placed = new ColumnMajorSequence(COLUMNS, SCORER).decode(blocks(
                "Task one", "Task two", "Agency A", "Agency B", "Due May", "Due June",
                "Task three", "Agency C", "Due July"));
        assertThat(placed).extracting(Placed::sweep).containsExactly(0, 0, 0, 0, 0, 0, 1, 1, 1);
        assertThat(placed.get(6).column()).isEqualTo(ColumnKind.TASK);
    }

    @Test
    void aRowByRowPageIsNotTakenForOnePrintedColumnByColumn() {
        List<Block> rowWise = blocks("Task one", "Agency A", "Due May", "Task two", "Agency B", "Due June",
                "Task three", "Agency C", "Due July");
        List<BlockSequence.Cell> decoded = new BlockSequence(COLUMNS, SCORER).decode(rowWise.stream().map(Block::text).toList(),
                new boolean[rowWise.size()]);
        assertThat(ColumnMajorSequence.readsColumnByColumn(decoded, rowWise)).isFalse();
        List<Block> columnWise = blocks("Task one", "Task two", "Task three", "Agency A", "Agency B", "Agency C",
                "Due May", "Due June", "Due July");
        List<BlockSequence.Cell> read = new BlockSequence(COLUMNS, SCORER).decode(columnWise.stream().map(Block::text).toList(),
                new boolean[columnWise.size()]);
        assertThat(ColumnMajorSequence.readsColumnByColumn(read, columnWise)).isTrue();
    }
}
