package org.precis.survival.cox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The O(n log n) concordance against the pair-by-pair definition, on random data with every
 * complication at once: tied times, tied predictors, censoring at death times, strata, weights,
 * clusters and (start, stop] intervals.
 */
class ConcordanceFitTest {

    @Property(tries = 200)
    void fenwickSweepsGiveThePairwiseSums(
            @ForAll @IntRange(min = 2, max = 60) int n,
            @ForAll @IntRange(min = 0, max = 1_000_000) int seed,
            @ForAll boolean countingProcess,
            @ForAll @IntRange(min = 1, max = 3) int strataCount) {
        Random random = new Random(seed);
        double[] lp = new double[n];
        double[] start = new double[n];
        double[] stop = new double[n];
        boolean[] event = new boolean[n];
        int[] strata = new int[n];
        double[] w = new double[n];
        int[] cluster = new int[n];
        boolean anyEvent = false;
        for (int i = 0; i < n; i++) {
            lp[i] = random.nextInt(5) * 0.5;
            stop[i] = 1 + random.nextInt(8);
            start[i] = countingProcess ? random.nextInt((int) stop[i]) : 0;
            event[i] = random.nextBoolean();
            anyEvent |= event[i];
            strata[i] = random.nextInt(strataCount);
            w[i] = 1 + random.nextInt(3);
            cluster[i] = random.nextInt(Math.max(1, n / 3));
        }
        if (!anyEvent) {
            event[0] = true;
        }
        for (Optional<int[]> clusters : java.util.List.of(Optional.<int[]>empty(), Optional.of(cluster))) {
            Concordance expected = PairwiseConcordance.of(lp, start, stop, event, strata, w, clusters);
            Concordance actual =
                    ConcordanceFit.of(lp, start, stop, event, RiskSetOrder.of(start, stop, event, strata), w, clusters);
            assertThat(actual.concordant()).isCloseTo(expected.concordant(), within(1e-9));
            assertThat(actual.discordant()).isCloseTo(expected.discordant(), within(1e-9));
            assertThat(actual.tiedRisk()).isCloseTo(expected.tiedRisk(), within(1e-9));
            if (Double.isNaN(expected.concordance())) {
                assertThat(actual.concordance()).isNaN();
            } else {
                assertThat(actual.concordance()).isCloseTo(expected.concordance(), within(1e-12));
                assertThat(actual.standardError()).isCloseTo(expected.standardError(), within(1e-12));
            }
        }
    }
}
