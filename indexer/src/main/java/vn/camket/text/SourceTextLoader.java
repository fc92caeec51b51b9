package vn.camket.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a plan file as UTF-8 text and refuses what is not a plan text: empty, binary, not UTF-8,
 * or larger than the configured limit. Each refusal is a {@link PlanFileException} naming the file.
 */
public final class SourceTextLoader implements PlanLoader {
    /** Largest plan accepted; real plans are well under 1 MB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private final long maxBytes;

    public SourceTextLoader() {
        this(DEFAULT_MAX_BYTES);
    }

    public SourceTextLoader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public SourceText load(Path file) throws PlanFileException {
        String name = file.getFileName().toString();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new PlanFileException(name + ": cannot be read (" + e.getMessage() + ")");
        }
        if (size == 0) throw new PlanFileException(name + ": empty file, skipped");
        if (size > maxBytes) {
            throw new PlanFileException(name + ": " + size / (1024 * 1024) + " MB is over the "
                    + maxBytes / (1024 * 1024) + " MB limit for one plan, skipped");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PlanFileException(name + ": cannot be read (" + e.getMessage() + ")");
        }
        return parse(name, bytes);
    }

    public SourceText parse(String name, byte[] bytes) throws PlanFileException {
        if (bytes.length == 0) throw new PlanFileException(name + ": empty file, skipped");
        if (looksBinary(bytes)) throw new PlanFileException(name + ": binary content (not a text file), skipped");
        String text;
        try {
            CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            text = dec.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new PlanFileException(name + ": not UTF-8 text (convert it to UTF-8, e.g. from Windows-1258), skipped");
        }
        if (text.isBlank()) throw new PlanFileException(name + ": no text (only white space), skipped");
        List<String> lines = new ArrayList<>();
        for (String l : Fold.normalizeText(text).split("\r\n|\r|\n", -1)) lines.add(l);
        if (!lines.isEmpty() && lines.getLast().isEmpty()) lines.removeLast();
        return new SourceText(name, List.copyOf(lines));
    }

    /** NUL bytes or many control characters in the first 8 KB mean a binary file. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) return true;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') control++;
        }
        return control > n / 20;
    }
}
