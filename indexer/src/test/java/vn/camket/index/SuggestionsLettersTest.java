package vn.camket.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A folded word is checked against the syllables by its ASCII letters and digits alone. */
class SuggestionsLettersTest {
    @Test
    void keepsLettersAndDigitsOnly() {
        for (String w : new String[] {"chuyen", "doi,", "(so)", "5g.", "", "-", "a-b_c", "viet—nam", "x中y"}) {
            assertThat(Suggestions.lettersAndDigits(w)).as(w).isEqualTo(w.replaceAll("[^a-z0-9]", ""));
        }
    }
}
