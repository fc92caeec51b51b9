package vn.camket.table;

import vn.camket.ocr.OcrChannel;

/**
 * How likely a printed word is an intended one: 1 when they are the same once folded; 0.7 when
 * the OCR channel model finds the printed form a likely misreading of the intended one (the mean
 * log-probability per intended character above {@link #MIN_LOG_PROB_PER_CHAR}); 0 otherwise.
 * Short words must fold equal: a two-letter word has too many likely misreadings.
 */
final class WordSimilarity {
    /** The channel's mean log-probability per intended character for a likely misreading (about one in five per character). */
    static final double MIN_LOG_PROB_PER_CHAR = -1.6;
    private static final OcrChannel CHANNEL = OcrChannel.bundled();

    private WordSimilarity() {}

    static double score(String printed, String printedFolded, String intended, String intendedFolded) {
        if (printedFolded.equals(intendedFolded)) return 1;
        if (intendedFolded.length() < 2 || printedFolded.isEmpty() || Math.abs(printed.length() - intended.length()) > 2) return 0;
        double perChar = CHANNEL.logProb(printed.toLowerCase(), intended.toLowerCase()) / intended.length();
        return perChar >= MIN_LOG_PROB_PER_CHAR ? 0.7 : 0;
    }
}
