package vn.camket.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The indexer's command line: {@code parse}, {@code eval-extraction}, … */
@Command(name = "camket-indexer", mixinStandardHelpOptions = true, version = "camket-indexer 0.1",
        description = "Parses Resolution 57 implementation plans into records and indexes them.",
        subcommands = {ParseCommand.class, EvalExtractionCommand.class, EvalSyntheticCommand.class, EvalPipeTableCommand.class, IndexCommand.class, EvalRelevanceCommand.class, ReliabilityCommand.class, BenchCommand.class,
                EstimateOcrCommand.class, EvalOcrCommand.class, EvalPdfCommand.class,
                RestoreCommand.class, EvalRestoreCommand.class, EvalKnownItemCommand.class})
public final class CamketCli {
    public static void main(String[] args) {
        System.exit(new CommandLine(new CamketCli()).execute(args));
    }
}
