package vn.camket.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.camket.table.LineSegmenter.Word;

class LineSegmenterTest {
    /** Words of a line with a fit per column: "A…" words fit column 1, "D…" words column 2, others column 0. */
    private static List<Word> line(String text) {
        List<Word> out = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            double[] fit = {0.5, w.startsWith("A") ? 2 : -0.6, w.startsWith("D") ? 2.5 : -1.5};
            out.add(new Word(w, at, fit, false, false, "PLAIN"));
            at += w.length() + 1;
        }
        return out;
    }

    @Test
    void wordsMoveRightOnlyAndFollowWhatTheyFit() {
        int[] path = LineSegmenter.segment(List.of(line("build the new portal Agency Dnow")), 3, 20).getFirst();
        assertThat(path).containsExactly(0, 0, 0, 0, 1, 2);
    }

    @Test
    void aPlainWordFarPastTheTaskWidthIsNotTheTasks() {
        // "tail" stands past the first column's width, between a name and a date: the name's column
        int[] path = LineSegmenter.segment(List.of(line("build the new portal Agency tail Dnow")), 3, 20).getFirst();
        assertThat(path[5]).isEqualTo(1);
    }

    @Test
    void aLineMayOpenInALaterColumn() {
        int[] path = LineSegmenter.segment(List.of(line("x x x x x x x x x x x x Agency Dnow")), 3, 10).getFirst();
        assertThat(path[path.length - 1]).isEqualTo(2);
        int[] late = LineSegmenter.segment(List.of(line("Agency Dlater")), 3, 20).getFirst();
        assertThat(late).containsExactly(1, 2);
    }
}
