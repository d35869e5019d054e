package org.precis.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.precis.federation.secagg.bench.SecAggBenchmark;
import org.precis.federation.secagg.bench.SecAggPhase;
import org.precis.federation.secagg.bench.SecAggRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code precis federation bench-secagg}: runs {@link SecAggBenchmark} (one round of secure
 * aggregation simulated in process, timed per phase, against the plain sum) and prints its runs.
 */
@Command(
        name = "bench-secagg",
        mixinStandardHelpOptions = true,
        description = "Time secure aggregation of vectors "
                + "(in-process simulation) per phase, bytes per client, against the plain sum of the same vectors.")
final class FederationBenchSecAggCommand implements Callable<Integer> {

    @Option(names = "--length", defaultValue = "1000000", description = "Values per vector (default ${DEFAULT-VALUE}).")
    int length;

    @Option(
            names = "--sites",
            split = ",",
            defaultValue = "3,10",
            description = "Site counts to run (default ${DEFAULT-VALUE}).")
    List<Integer> siteCounts;

    @Option(
            names = "--rounds",
            defaultValue = "2",
            description = "Timed rounds per site count, after one warm-up; "
                    + "figures are from the fastest (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the vectors (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        print(new SecAggBenchmark(length, rounds, seed).run(siteCounts));
        return 0;
    }

    private void print(List<SecAggRun> runs) {
        var out = spec.commandLine().getOut();
        if (json) {
            new JsonPrinter().print(out, Map.of("runs", runs));
            return;
        }
        for (SecAggRun run : runs) {
            out.printf(
                    "secure aggregation of %d sites x %d values (threshold %d), in-process, fastest of %d round(s):%n",
                    run.sites(), run.length(), run.threshold(), rounds);
            out.printf(
                    "  %-16s %12s %14s %10s %14s %14s%n",
                    "phase", "clients ms", "slowest ms", "server ms", "up B/client", "down B/client");
            for (SecAggPhase phase : run.phases()) {
                out.printf(
                        "  %-16s %12.1f %14.1f %10.1f %14d %14d%n",
                        phase.name(),
                        phase.clientsMs(),
                        phase.slowestClientMs(),
                        phase.serverMs(),
                        phase.bytesUpPerClient(),
                        phase.bytesDownPerClient());
            }
            out.printf(
                    "  total %.1f ms (critical path with clients in parallel %.1f ms); plain sum %.2f ms: secure is %.0fx the plain sum%n",
                    run.secureTotalMs(), run.criticalPathMs(), run.plainSumMs(), run.secureVsPlain());
            out.printf(
                    "  bytes per client %d vs %d plain (%.2fx); max relative error against the compensated sum %.2e%n",
                    run.secureBytesPerClient(),
                    run.plainBytesPerClient(),
                    (double) run.secureBytesPerClient() / run.plainBytesPerClient(),
                    run.maxRelativeError());
        }
        out.flush();
    }
}
