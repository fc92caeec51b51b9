package vn.camket.text;

import java.util.List;

/**
 * A plan text split into lines, normalized (NFKC) but otherwise as printed. Line numbers are
 * 1-based, as shown to users and stored in records.
 */
public record SourceText(String source, List<String> lines) {

    public int size() {
        return lines.size();
    }

    /** The line with the given 1-based number. */
    public String line(int number) {
        return lines.get(number - 1);
    }
}
