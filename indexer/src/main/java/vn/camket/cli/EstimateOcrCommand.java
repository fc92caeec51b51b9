package vn.camket.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.camket.ocr.ChannelEstimator;
import vn.camket.ocr.ChannelEstimator.LinePair;
import vn.camket.ocr.OcrPairFiles;

/** {@code estimate-ocr PAIRS_DIR OUT_FILE}: estimates the OCR channel model from aligned line pairs. */
@Command(name = "estimate-ocr", mixinStandardHelpOptions = true,
        description = "Estimate the OCR channel P(printed | intended) from PAIRS_DIR/pairs-*.tsv (clean TAB OCR) and write the model file OUT_FILE.")
public final class EstimateOcrCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PAIRS_DIR") Path dir;
    @Parameters(index = "1", paramLabel = "OUT_FILE") Path out;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir)) {
            System.err.println("Not a folder: " + dir);
            return 2;
        }
        List<Path> files = OcrPairFiles.list(dir);
        if (files.isEmpty()) {
            System.err.println("No pairs-*.tsv in " + dir);
            return 2;
        }
        List<LinePair> pairs = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("OCR channel P(printed | intended) of Camket: counts of what each intended unit (1-2 characters) became (0-3 characters).");
        header.add("Written by: camket-indexer estimate-ocr " + dir.getFileName() + " OUT_FILE (hard EM over character alignments, " + java.time.LocalDate.now() + ").");
        for (Path f : files) {
            List<LinePair> p = ChannelEstimator.readPairs(f);
            header.add("from " + f.getFileName() + ": " + p.size() + " line pairs");
            pairs.addAll(p);
        }
        ChannelEstimator.estimate(pairs, out, header);
        System.out.printf("%d line pairs from %d files; model written to %s%n", pairs.size(), files.size(), out);
        return 0;
    }
}
