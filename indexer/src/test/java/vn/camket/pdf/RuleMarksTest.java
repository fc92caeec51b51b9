package vn.camket.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A table's rule the OCR read as a few marks ("k5...", "`") is a "word" far wider than its
 * characters could print: it is dropped, so it joins no header labels or cells into one; a word
 * as wide as its letters, a long one or a dash, is kept.
 */
class RuleMarksTest {
    private static Word word(String text, int left, int right) {
        return new Word(text, left, 500, right, 540, 90, null);
    }

    @Test
    void aMarkStretchedAlongARuleIsNoWord() {
        List<Word> words = List.of(
                word("Nhiệm", 100, 220), word("vụ", 235, 280),
                word("k5...", 90, 2900), // the rule under the header, read as five marks across the page
                word("`", 1500, 1800), // a column's rule read as a tick
                word("Chủ", 1900, 1975), word("trì", 1990, 2050),
                word("—", 2100, 2140), // a dash as printed
                word("Thời", 2400, 2500), word("hạn", 2515, 2590));

        assertThat(LineBuilder.clean(words)).extracting(Word::text)
                .containsExactly("Nhiệm", "vụ", "Chủ", "trì", "—", "Thời", "hạn");
    }

    @Test
    void theRuleNoLongerJoinsTheLabelsItRunsUnder() {
        List<Word> words = List.of(word("Nhiệm", 100, 220), word("vụ", 235, 280), word("_.-ˆ", 290, 1890),
                word("Chủ", 1900, 1975), word("trì", 1990, 2050));
        PageWords page = new PageWords(1, 2550, 3300, words, "ocr", null);

        assertThat(TableHeader.cells(LineBuilder.lines(page), 40)).extracting(TableHeader.Cell::label)
                .containsExactly("Nhiệm vụ", "Chủ trì");
    }
}
