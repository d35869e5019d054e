package org.precis.survival.cox.bench;

import java.util.Random;
import org.precis.survival.cox.CoxModel;
import org.precis.survival.cox.Ties;
import org.precis.survival.data.DesignSpec;
import org.precis.survival.data.SurvivalTable;

/**
 * Bootstrap fits of one Cox model, timed after a warm-up. Each fit includes drawing the resample
 * and building its design, as R's {@code system.time(coxph(...))} includes its model frame.
 *
 * @param fits timed fits, at least 1
 * @param warmup untimed fits first, at least 0
 * @param seed seed of the resampling
 */
public record CoxBenchmark(int fits, int warmup, long seed) {

    public CoxBenchmark {
        if (fits < 1 || warmup < 0) {
            throw new IllegalArgumentException("--fits must be at least 1 and --warmup at least 0");
        }
    }

    public CoxBenchResult run(SurvivalTable table, DesignSpec design, Ties ties) {
        Random random = new Random(seed);
        double checksum = 0;
        for (int i = 0; i < warmup; i++) {
            checksum += fitResample(table, design, ties, random);
        }
        long start = System.nanoTime();
        for (int i = 0; i < fits; i++) {
            checksum += fitResample(table, design, ties, random);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!Double.isFinite(checksum)) {
            throw new IllegalStateException("a bootstrap fit gave a non-finite log-likelihood");
        }
        return new CoxBenchResult(fits, seconds, fits / seconds, 1000 * seconds / fits, warmup);
    }

    /** One bootstrap resample of the rows, fitted; returns its log-likelihood so the work is used. */
    private static double fitResample(SurvivalTable table, DesignSpec design, Ties ties, Random random) {
        int[] rows = new int[table.rowCount()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = random.nextInt(rows.length);
        }
        return CoxModel.fit(design.on(table.select(rows)), ties).result().loglik();
    }
}
