package vn.camket.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.camket.index.IndexBuilder;
import vn.camket.index.IndexStore;
import vn.camket.parse.CorpusParser;

/** {@code index CORPUS_DIR INDEX_DIR}: builds a new index and switches to it atomically. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Parse CORPUS_DIR and build the search index under INDEX_DIR (a new build replaces the served one atomically).")
public final class IndexCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CORPUS_DIR") Path corpus;
    @Parameters(index = "1", paramLabel = "INDEX_DIR") Path index;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(corpus)) {
            System.err.println("Not a folder: " + corpus);
            return 2;
        }
        int files = CorpusParser.planFiles(corpus).size();
        long t0 = System.nanoTime();
        IndexBuilder.Report report;
        try (ProgressBar bar = Progress.bar("Indexing", files)) {
            report = IndexBuilder.withDefaults().build(corpus, new IndexStore(index), f -> bar.step());
        }
        for (String p : report.problems()) System.out.println("skipped: " + p);
        System.out.printf("%d plans, %d records indexed in %.1f s into %s%n", report.plans(), report.records(),
                (System.nanoTime() - t0) / 1e9, report.generation());
        return 0;
    }
}
