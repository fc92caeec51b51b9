package vn.camket.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.camket.reliability.ReliabilityReport;

/** {@code reliability URL}: fuzz and load a running portal and print the report (a longer run with -n is the soak). */
@Command(name = "reliability", mixinStandardHelpOptions = true,
        description = "Send generated hostile requests to a running portal (e.g. http://localhost:8080) and report failures, 5xx, latency and escaping.")
public final class ReliabilityCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "URL") String url;
    @Option(names = {"-n", "--requests"}, defaultValue = "10000", description = "Requests to send (default ${DEFAULT-VALUE}; raise for a soak run).") int requests;
    @Option(names = {"-c", "--concurrency"}, defaultValue = "16", description = "Concurrent clients (default ${DEFAULT-VALUE}).") int concurrency;
    @Option(names = "--seed", defaultValue = "57", description = "Seed of the generated requests (default ${DEFAULT-VALUE}).") long seed;

    @Override
    public Integer call() throws Exception {
        ReliabilityReport.Result r = new ReliabilityReport(url).run(seed, requests, concurrency);
        r.print(System.out);
        return r.serverErrors() == 0 && r.failures() == 0 && r.payloadsEscaped() == r.payloadsTried() ? 0 : 1;
    }
}
