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

    /** Markers read in any case; a block with none fits the task column (its words could be a task's). */
    private static final CellScorer LOOSE = (text, column) -> {
        String t = text.toLowerCase();
        boolean marked = t.startsWith("task") || t.startsWith("agency") || t.startsWith("date");
        return switch (column) {
            case TASK -> t.startsWith("task") || !marked ? 3 : -2;
            case LEAD -> t.startsWith("agency") ? 3 : -2;
            case DEADLINE -> t.startsWith("date") ? 3 : -2;
            default -> -2;
        };
    };

    private static BlockSequence.Block block(String... lines) {
        return new BlockSequence.Block(List.of(lines));
    }

    private static List<BlockSequence.Cell> decodeAll(BlockSequence s, List<BlockSequence.Block> blocks) {
        BlockSequence.Run run = new BlockSequence.Run(blocks.stream().map(BlockSequence.Block::text).toList(), blocks,
                new boolean[blocks.size()]);
        return s.decodeAll(List.of(run)).getFirst();
    }

    @Test
    void aBlockAsNarrowAsTheLeadColumnIsALeadWhateverItsWords() {
        BlockSequence loose = new BlockSequence(List.of(ColumnKind.TASK, ColumnKind.LEAD, ColumnKind.DEADLINE), LOOSE);
        List<BlockSequence.Block> blocks = List.of(
                block("Task one words words words words", "words words words words words", "words words words"),
                block("Agency of", "the first"), block("Date one", "of it"),
                block("Task two words words words words", "words words words words words", "words words"),
                block("Agency of", "the second"), block("Date two", "of it"),
                block("Task three words words words wor", "words words words words words", "words"),
                // no marker: its words fit a task as well as a task's, its width is the lead column's
                block("Unknown", "body here"), block("Date three", "of it"));
        List<BlockSequence.Cell> cells = decodeAll(loose, blocks);
        assertThat(cells.get(7).column()).isEqualTo(ColumnKind.LEAD);
        assertThat(cells.get(7).rowStart()).isFalse();
        // read by the lexicon alone, the unmarked block continues the task
        List<BlockSequence.Cell> alone = loose.decode(blocks.stream().map(BlockSequence.Block::text).toList(), new boolean[blocks.size()]);
        assertThat(alone.get(7).column()).isEqualTo(ColumnKind.TASK);
    }

    @Test
    void aBlockOpeningInLowerCaseContinuesTheCellBeforeIt() {
        // a block no lexicon knows
        CellScorer markers = (text, column) -> MARKERS.score(text.toLowerCase(), column);
        BlockSequence loose = new BlockSequence(List.of(ColumnKind.TASK, ColumnKind.LEAD, ColumnKind.DEADLINE), markers);
        List<BlockSequence.Block> blocks = List.of(
                block("Task one words words words words", "words words words"), block("Agency a"), block("Date one"),
                block("and the rest of its words"),
                block("Task two words words words words", "words words words"), block("Agency b"), block("Date two"));
        List<BlockSequence.Cell> cells = decodeAll(loose, blocks);
        assertThat(cells.get(3).column()).isEqualTo(ColumnKind.DEADLINE);
        assertThat(cells).extracting(BlockSequence.Cell::rowStart).containsExactly(true, false, false, false, true, false, false);
    }

    @Test
    void aRowRarelyLacksItsLead() {
        // an agency block that reads a little more like a coordinating list ("Các sở, ban, ngành") alone between task and deadline
        CellScorer general = (text, column) -> switch (column) {
            case TASK -> text.startsWith("task") ? 3 : -2;
            case LEAD -> text.startsWith("agencies") ? 0 : -2;
            case COORD -> text.startsWith("agencies") ? 0.6 : -2;
            case DEADLINE -> text.startsWith("date") ? 3 : -2;
            default -> -2;
        };
        BlockSequence s = new BlockSequence(List.of(ColumnKind.TASK, ColumnKind.LEAD, ColumnKind.COORD, ColumnKind.DEADLINE), general);
        List<BlockSequence.Cell> cells = s.decode(List.of("task a", "agencies", "date a"), new boolean[3]);
        assertThat(cells.get(1).column()).isEqualTo(ColumnKind.LEAD);
    }
}
