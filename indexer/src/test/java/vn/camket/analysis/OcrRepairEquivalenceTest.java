package vn.camket.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camket.TestPaths;

/**
 * The OCR repair with its pair counts keyed by word gives, token for token, what it gave when the
 * pairs were looked up by joined strings ({@link ReferenceSyllableModel}, {@link ReferenceOcrRepairFilter}):
 * on the corpus' lines and on many texts made from them with OCR-like slips.
 */
class OcrRepairEquivalenceTest {

    @Test
    void keyedPairCountsRepairExactlyAsJoinedStringsDid(@TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        SyllableModel.Builder b = SyllableModel.builder();
        try (var files = Files.list(TestPaths.corpus())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) continue;
                    lines.add(line);
                    b.add(f.getFileName().toString(), Tokens.folded(line)).addPrinted(line);
                }
            }
        }
        String clean = "đổi mới sáng tạo và chuyển đổi số quốc gia của tỉnh Đồng Tháp. ".repeat(60)
                + "thu hút nhân lực chất lượng cao. ".repeat(20) + "kế hoạch đào tạo, bồi dưỡng cán bộ theo đề án. ".repeat(20)
                + "trung tâm điều hành thông minh của tỉnh và quốc gia. ".repeat(20);
        b.add("clean.txt", Tokens.folded(clean));
        lines.add(clean.substring(0, 400));
        SyllableModel built = b.build();
        Path file = dir.resolve("model.tsv");
        built.write(file);
        SyllableModel read = SyllableModel.read(file);
        ReferenceSyllableModel reference = ReferenceSyllableModel.read(file);

        List<String> texts = new ArrayList<>(lines);
        List<String> words = new ArrayList<>();
        for (String l : lines) for (String w : l.split("\\s+")) if (!w.isEmpty()) words.add(w);
        Random rnd = new Random(57);
        for (int round = 0; round < 3; round++) for (String l : lines) texts.add(garble(l, words, rnd));
        for (int i = 0; i < 3000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = 5 + rnd.nextInt(20); k > 0; k--) s.append(words.get(rnd.nextInt(words.size()))).append(' ');
            texts.add(garble(s.toString(), words, rnd));
        }

        for (boolean keep : new boolean[] {false, true}) {
            Analyzer old = analyzer(ts -> new ReferenceOcrRepairFilter(ts, reference::repair, keep));
            Analyzer fromBuild = analyzer(ts -> new OcrRepairFilter(ts, built, keep));
            Analyzer fromFile = analyzer(ts -> new OcrRepairFilter(ts, read, keep));
            int repaired = 0;
            for (String t : texts) {
                List<String> expected = tokens(old, t);
                assertThat(tokens(fromBuild, t)).as(t).isEqualTo(expected);
                assertThat(tokens(fromFile, t)).as(t).isEqualTo(expected);
                for (String e : expected) if (e.contains(OcrRepairFilter.TYPE_REPAIRED)) repaired++;
            }
            // the texts do exercise the repairs, not only words left alone
            assertThat(repaired).isGreaterThan(5000);
        }
    }

    /** OCR-like slips in about a third of the words: confused letters, Đ read as P, letters lost or added, words swapped. */
    private static String garble(String line, List<String> words, Random rnd) {
        String confused = "6093415eaoiulybpcd";
        StringBuilder out = new StringBuilder();
        for (String w : line.split(" ")) {
            if (!w.isEmpty() && rnd.nextDouble() < 0.35) {
                int i = rnd.nextInt(w.length());
                w = switch (rnd.nextInt(7)) {
                    case 0 -> w.substring(0, i) + confused.charAt(rnd.nextInt(confused.length())) + w.substring(i + 1);
                    case 1 -> w.replace('Đ', 'P').replace('đ', 'p');
                    case 2 -> w.replace("u", "ii").replace("m", "rn").replace("đ", "cl");
                    case 3 -> w.substring(0, i) + w.substring(i + 1);
                    case 4 -> w.substring(0, i) + (char) ('a' + rnd.nextInt(26)) + w.substring(i);
                    case 5 -> words.get(rnd.nextInt(words.size()));
                    default -> vn.camket.text.Fold.fold(w);
                };
            }
            out.append(w).append(' ');
        }
        return out.toString();
    }

    private static Analyzer analyzer(Function<TokenStream, TokenStream> repair) {
        return new Analyzer() {
            @Override
            protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
                return OcrSymbolCharFilter.wrap(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer t = new StandardTokenizer();
                return new TokenStreamComponents(t, repair.apply(new VietnameseFoldingFilter(t)));
            }
        };
    }

    private static List<String> tokens(Analyzer a, String text) throws IOException {
        List<String> seen = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                seen.add(term + "|" + type.type() + "|" + inc.getPositionIncrement() + "|" + off.startOffset() + "-" + off.endOffset());
            }
            ts.end();
        }
        return seen;
    }
}
