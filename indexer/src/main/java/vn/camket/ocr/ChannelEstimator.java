package vn.camket.ocr;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import vn.camket.text.Fold;

/**
 * Estimates the OCR channel from aligned line pairs (clean TAB OCR) by hard EM: align every pair
 * character by character, count what each intended character and each pair of adjacent intended
 * characters became, re-align with the costs those counts give, count again. The first alignment
 * only needs to be roughly right (folded-equal characters cheap, vowels for vowels or signs
 * cheaper than other edits); the counts decide everything after it.
 */
public final class ChannelEstimator {
    /** A clean line and what the OCR printed for it. */
    public record LinePair(String intended, String printed) {}

    /** Pairs whose alignment costs more than this per character (first pass) are not pairs of one line. */
    private static final double MAX_COST_PER_CHAR = 0.55;
    private static final int ITERATIONS = 3;

    private ChannelEstimator() {}

    /** Reads {@code clean TAB ocr} lines (NFC); lines without a tab or with an empty side are skipped. */
    public static List<LinePair> readPairs(Path tsv) throws IOException {
        List<LinePair> pairs = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab <= 0 || tab == line.length() - 1) continue;
            String clean = nfc(line.substring(0, tab)), ocr = nfc(line.substring(tab + 1));
            if (!clean.isBlank() && !ocr.isBlank()) pairs.add(new LinePair(clean, ocr));
        }
        return pairs;
    }

    /** The channel estimated from these pairs. */
    public static OcrChannel estimate(List<LinePair> pairs) {
        return new OcrChannel(count(pairs));
    }

    /** Estimates from the pairs and writes the model file, with a header saying how it was made. */
    public static OcrChannel estimate(List<LinePair> pairs, Path out, List<String> header) throws IOException {
        ChannelCounts counts = count(pairs);
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            counts.write(w, header, 2);
        }
        return new OcrChannel(counts);
    }

    /** An intended word (a run of letters and digits) and what the OCR printed for it, from one aligned line pair. */
    public record TokenPair(String intended, String printed) {}

    /**
     * The words of a pair's intended line with what each became, aligned with the channel's costs;
     * only words printed as one token (no space inside, spaces kept around) are returned.
     */
    public static List<TokenPair> tokenPairs(LinePair pair, OcrChannel channel) {
        String x = pair.intended();
        String[] out = CharAlignment.align(x, pair.printed(), channel.alignmentCosts()).outputs();
        List<TokenPair> tokens = new ArrayList<>();
        int i = 0;
        while (i < x.length()) {
            if (!Character.isLetterOrDigit(x.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            StringBuilder printed = new StringBuilder();
            while (i < x.length() && Character.isLetterOrDigit(x.charAt(i))) printed.append(out[i++]);
            boolean leftOk = start == 0 || out[start - 1].equals(String.valueOf(x.charAt(start - 1)));
            boolean rightOk = i == x.length() || out[i].equals(String.valueOf(x.charAt(i)));
            String pr = printed.toString();
            if (leftOk && rightOk && !pr.isEmpty() && pr.chars().noneMatch(Character::isWhitespace)) {
                tokens.add(new TokenPair(x.substring(start, i), pr));
            }
        }
        return tokens;
    }

    static ChannelCounts count(List<LinePair> pairs) {
        CharAlignment.Costs costs = FIRST_PASS;
        List<LinePair> kept = new ArrayList<>();
        for (LinePair p : pairs) {
            CharAlignment.Result r = CharAlignment.align(p.intended(), p.printed(), FIRST_PASS);
            if (r.cost() <= MAX_COST_PER_CHAR * Math.max(p.intended().length(), p.printed().length())) kept.add(p);
        }
        ChannelCounts counts = null;
        for (int it = 0; it < ITERATIONS; it++) {
            counts = new ChannelCounts();
            for (LinePair p : kept) {
                String[] out = CharAlignment.align(p.intended(), p.printed(), costs).outputs();
                String x = p.intended();
                for (int i = 0; i < out.length; i++) {
                    counts.add(x.substring(i, i + 1), out[i]);
                    if (i + 1 < out.length) counts.add(x.substring(i, i + 2), out[i] + out[i + 1]);
                }
            }
            costs = new OcrChannel(counts).alignmentCosts();
        }
        return counts;
    }

    /** Rough costs for the first alignment only. */
    private static final CharAlignment.Costs FIRST_PASS = new CharAlignment.Costs() {
        @Override
        public double sub(char x, char p) {
            if (x == p) return 0;
            String fx = Fold.fold(String.valueOf(x)), fp = Fold.fold(String.valueOf(p));
            if (fx.equals(fp)) return 0.3;
            if (isVowel(fx) && (isVowel(fp) || !Character.isLetter(p))) return 0.7;
            return 1.0;
        }

        @Override
        public double del(char x) {
            return 1.0;
        }

        @Override
        public double ins(char p) {
            return 1.0;
        }
    };

    private static boolean isVowel(String folded) {
        return folded.length() == 1 && "aeiouy".indexOf(folded.charAt(0)) >= 0;
    }

    static String nfc(String s) {
        return Normalizer.normalize(s.replace('\u00A0', ' '), Normalizer.Form.NFC);
    }
}
