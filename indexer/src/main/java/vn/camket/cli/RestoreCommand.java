package vn.camket.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.camket.restore.Restored;
import vn.camket.restore.Restorer;
import vn.camket.text.PlanFileException;
import vn.camket.text.SourceTextLoader;

/** {@code restore IN_FILE OUT_FILE}: the readable text of a plan, line for line. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore the diacritics and OCR misreadings of IN_FILE into OUT_FILE, line for line (uncertain words kept as printed).")
public final class RestoreCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "IN_FILE") Path in;
    @Parameters(index = "1", paramLabel = "OUT_FILE") Path out;
    @Option(names = "--corpus", description = "folder whose clean plans the language model is learned from (default: ${DEFAULT-VALUE})")
    Path corpus = Path.of("corpus");
    @Option(names = "--threshold", description = "posterior below which a word is kept as printed and marked (default: ${DEFAULT-VALUE})")
    double threshold = Restorer.THRESHOLD;
    @Option(names = "--mark", description = "wrap uncertain words in [? … ?]")
    boolean mark;

    @Override
    public Integer call() throws Exception {
        List<String> lines;
        try {
            lines = new SourceTextLoader().load(in).lines();
        } catch (PlanFileException e) {
            System.err.println("Cannot read " + in + ": " + e.getMessage());
            return 2;
        }
        if (!Files.isDirectory(corpus)) {
            System.err.println("Not a folder: " + corpus + " (the clean plans the language model is learned from; see --corpus)");
            return 2;
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            System.err.println("--threshold must be between 0 and 1");
            return 2;
        }
        Restorer restorer = Restorer.fromCorpus(corpus).withThreshold(threshold);
        if (restorer.sentencesLearned() == 0) System.err.println("warning: no clean plan in " + corpus + "; the language model knows only the syllable list");
        // paragraphs (blank-line separated) end sentences anyway: restoring them one by one gives the same text
        List<String> paragraphs = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        for (String line : lines) {
            para.append(line).append('\n');
            if (line.isBlank()) {
                paragraphs.add(para.toString());
                para.setLength(0);
            }
        }
        if (!para.isEmpty()) paragraphs.add(para.toString());
        StringBuilder result = new StringBuilder();
        int words = 0, uncertain = 0;
        try (ProgressBar bar = Progress.bar("Restoring", paragraphs.size())) {
            for (String p : paragraphs) {
                Restored r = restorer.restore(p);
                words += r.words().size();
                uncertain += (int) r.words().stream().filter(w -> w.uncertain()).count();
                result.append(mark ? marked(r) : r.text());
                bar.step();
            }
        }
        Files.writeString(out, result, StandardCharsets.UTF_8);
        System.err.printf("%d words, %d uncertain (kept as printed); written to %s%n", words, uncertain, out);
        return 0;
    }

    private static String marked(Restored r) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (var w : r.words()) {
            if (!w.uncertain()) continue;
            b.append(r.text(), at, w.start()).append("[?").append(w.restored()).append("?]");
            at = w.end();
        }
        return b.append(r.text().substring(at)).toString();
    }
}
