package vn.camket.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldTest {
    @Test
    void foldsDiacriticsDAndCaseAndSpaces() {
        assertThat(Fold.fold("Đổi  mới\tsáng TẠO")).isEqualTo("doi moi sang tao");
        assertThat(Fold.fold("ﬁ")).isEqualTo("fi");
    }

    @Test
    void ocrFoldReadsDigitsAndSignsInsideWords() {
        assertThat(Fold.ocrFold("S6: 77/KH-UBND")).isEqualTo("so: 77/kh-ubnd");
        assertThat(Fold.ocrFold("d6i méi")).isEqualTo("doi mei");
        assertThat(Fold.ocrFold("ngh¢")).isEqualTo("nghe");
        assertThat(Fold.ocrFold("X4y dyng")).isEqualTo("xay dyng");
        assertThat(Fold.ocrFold("năm 2025")).isEqualTo("nam 2025");
    }

    @Test
    void foldsEveryCharacterAsTheGeneralWayDoes() {
        for (char c = 0; c < 0x3000; c++) {
            String one = String.valueOf(c);
            assertThat(Fold.fold(one)).as("U+%04X", (int) c).isEqualTo(Fold.foldSlowly(one));
        }
    }

    @Test
    void foldsMixedTextsAsTheGeneralWayDoes() {
        // precomposed and decomposed accents, ligatures, odd spaces, another script, a surrogate pair
        String[] pieces = {"Đ", "ổ", "o\u0302\u0301", "\u0301", " ", "  ", "\t", "\u00a0", "\u2003", "ﬁ", "Ǆ", "½", "İ", "A", "z",
                "9", "-", "ø", "ł", "\n", "ữ", "Ư", "\u1ec7", "中", "😀", "\u0345", "ß", "Ⅻ"};
        java.util.Random random = new java.util.Random(57);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(8); n >= 0; n--) b.append(pieces[random.nextInt(pieces.length)]);
            String text = b.toString();
            assertThat(Fold.fold(text)).as(text).isEqualTo(Fold.foldSlowly(text));
        }
    }

    @Test
    void foldsInPlaceExactlyAsFoldDoesOrNotAtAll() {
        String[] pieces = {"Đ", "ổ", "o\u0302\u0301", "\u0301", " ", "\u00a0", "ﬁ", "Ǆ", "½", "İ", "A", "z", "9", "-", "ø",
                "ł", "ữ", "Ư", "\u1ec7", "中", "😀", "ß", "Ⅻ", "a", "n", "g", "đ", "ệ"};
        java.util.Random random = new java.util.Random(57);
        int inPlace = 0;
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(6); n >= 0; n--) b.append(pieces[random.nextInt(pieces.length)]);
            String text = b.toString();
            char[] buffer = (text + "#tail").toCharArray();
            if (Fold.foldInPlace(buffer, text.length())) {
                inPlace++;
                assertThat(new String(buffer, 0, text.length())).as(text).isEqualTo(Fold.fold(text));
            } else {
                assertThat(new String(buffer)).as("left untouched").isEqualTo(text + "#tail");
            }
            assertThat(new String(buffer, text.length(), 5)).isEqualTo("#tail");
        }
        assertThat(inPlace).isPositive();
        char[] word = "Đổi".toCharArray();
        assertThat(Fold.foldInPlace(word, word.length)).isTrue();
        assertThat(new String(word)).isEqualTo("doi");
        // a lone combining mark, a ligature and a space fold to other than one char
        for (String no : new String[] {"o\u0301", "ﬁ", "a b"}) assertThat(Fold.foldInPlace(no.toCharArray(), no.length())).as(no).isFalse();
    }
}
