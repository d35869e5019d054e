package org.precis.cli;

import java.util.concurrent.Callable;
import org.precis.survival.cox.bench.CoxBenchResult;
import org.precis.survival.cox.bench.CoxBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code precis survival bench}: runs {@link CoxBenchmark} (bootstrap fits of one Cox model, timed
 * after a warm-up, as {@code bench/cox-vs-r.sh} times R's {@code coxph}) and prints its figures.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Time bootstrap fits of a Cox model " + "(resample, design, fit), after a warm-up.")
final class CoxBenchCommand implements Callable<Integer> {

    @Mixin
    CoxDesignOptions design;

    @Option(names = "--fits", defaultValue = "200", description = "Timed bootstrap fits (default ${DEFAULT-VALUE}).")
    int fits;

    @Option(names = "--warmup", defaultValue = "300", description = "Untimed fits first (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the resampling (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CoxBenchResult result =
                new CoxBenchmark(fits, warmup, seed).run(design.table(), design.spec(), design.tiesMethod());
        if (json) {
            new JsonPrinter().print(spec.commandLine().getOut(), result);
        } else {
            spec.commandLine()
                    .getOut()
                    .printf(
                            "%d fits in %.3f s: %.2f ms a fit (after %d warm-up fits)%n",
                            fits, result.seconds(), result.millisecondsPerFit(), warmup);
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
