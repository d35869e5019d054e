package org.precis.cli;

import java.util.Random;
import java.util.concurrent.Callable;
import org.precis.survival.cox.CoxModel;
import org.precis.survival.data.SurvivalTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code precis survival bench}: bootstrap fits of one Cox model, timed inside the process after a
 * warm-up, as {@code bench/cox-vs-r.sh} times R's {@code coxph} with {@code system.time}. Each fit
 * includes drawing the resample and building its design, as R's includes its model frame.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Time bootstrap fits of a Cox model "
        + "(resample, design, fit), after a warm-up.")
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

    record Result(int fits, double seconds, double fitsPerSecond, double millisecondsPerFit, int warmup) {
    }

    @Override
    public Integer call() throws Exception {
        if (fits < 1 || warmup < 0) {
            throw new IllegalArgumentException("--fits must be at least 1 and --warmup at least 0");
        }
        SurvivalTable table = design.table();
        Random random = new Random(seed);
        double checksum = 0;
        for (int i = 0; i < warmup; i++) {
            checksum += fitResample(table, random);
        }
        long start = System.nanoTime();
        for (int i = 0; i < fits; i++) {
            checksum += fitResample(table, random);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!Double.isFinite(checksum)) {
            throw new IllegalStateException("a bootstrap fit gave a non-finite log-likelihood");
        }
        Result result = new Result(fits, seconds, fits / seconds, 1000 * seconds / fits, warmup);
        if (json) {
            new JsonPrinter().print(spec.commandLine().getOut(), result);
        } else {
            spec.commandLine().getOut().printf("%d fits in %.3f s: %.2f ms a fit (after %d warm-up fits)%n", fits,
                    seconds, result.millisecondsPerFit(), warmup);
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    /** One bootstrap resample of the rows, fitted; returns its log-likelihood so the work is used. */
    private double fitResample(SurvivalTable table, Random random) {
        int[] rows = new int[table.rowCount()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = random.nextInt(rows.length);
        }
        return CoxModel.fit(design.design(table.select(rows)), design.tiesMethod()).result().loglik();
    }
}
