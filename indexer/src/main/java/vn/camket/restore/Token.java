package vn.camket.restore;

/**
 * One piece of a text as the restorer sees it: a word that may be restored, or something kept
 * as printed (a number, a code, punctuation). {@code start}/{@code end} are offsets in the text.
 */
record Token(int start, int end, String text, Kind kind, boolean endsSentence) {
    enum Kind { WORD, NUMBER, CODE, PUNCT }
}
