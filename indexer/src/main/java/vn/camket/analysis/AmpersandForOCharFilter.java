package vn.camket.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Reads an "&" between two lower-case letters as "o" ("v&i" = với, "m&i" = mới: the OCR's
 * reading of ơ), and keeps every other "&" ("KH&CN", "R&D", "A & B"). One character for one, so
 * offsets need no correction. It does what a regular expression over the whole text did, reading
 * the text once as it streams instead of buffering it: every field of every record passes through here.
 */
final class AmpersandForOCharFilter extends CharFilter {
    private final char[] buffer = new char[1024];
    private int pos;
    private int limit;
    /** The character read before the current one, as printed; -1 at the start. */
    private int previous = -1;

    AmpersandForOCharFilter(Reader in) {
        super(in);
    }

    @Override
    protected int correct(int currentOff) {
        return currentOff;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        int n = 0;
        while (n < len && (pos < limit || fill())) {
            char c = buffer[pos++];
            char out = c;
            if (c == '&' && isLowerLetter(previous)) {
                int next = peek();
                if (isLowerLetter(next)) out = 'o';
            }
            previous = c;
            cbuf[off + n++] = out;
        }
        return n == 0 && len > 0 ? -1 : n;
    }

    /** The next character without consuming it, or -1 at the end. */
    private int peek() throws IOException {
        if (pos >= limit && !fill()) return -1;
        return buffer[pos];
    }

    private boolean fill() throws IOException {
        int read;
        do {
            read = input.read(buffer, 0, buffer.length);
        } while (read == 0);
        if (read < 0) {
            pos = limit = 0;
            return false;
        }
        pos = 0;
        limit = read;
        return true;
    }

    private static boolean isLowerLetter(int c) {
        return c >= 0 && Character.getType(c) == Character.LOWERCASE_LETTER;
    }
}
