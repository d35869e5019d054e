package org.precis.learn.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    @Test
    void quantileIsRType7() {
        // R: quantile(c(1, 2, 4, 8, 16), c(0.025, 0.975)) -> 1.1, 15.2
        double[] sorted = {1, 2, 4, 8, 16};
        assertThat(Bootstrap.quantile(sorted, 0.025)).isCloseTo(1.1, within(1e-12));
        assertThat(Bootstrap.quantile(sorted, 0.975)).isCloseTo(15.2, within(1e-12));
    }

    private static ClassProbabilities cases() {
        int n = 200;
        int[] truth = new int[n];
        double[][] p = new double[n][];
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < n; i++) {
            truth[i] = i % 2;
            double signal = truth[i] == 1 ? 0.6 : 0.4;
            double q = Math.min(0.99, Math.max(0.01, signal + (random.nextDouble() - 0.5) * 0.6));
            p[i] = new double[] {1 - q, q};
        }
        return new ClassProbabilities(truth, p, 2);
    }

    @Test
    void theSameSeedGivesTheSameInterval() {
        Bootstrap bootstrap = new Bootstrap(200, 0.95);
        ConfidenceInterval a = bootstrap.interval(cases(), ClassProbabilities::macroAuc, new SplittableRandom(9));
        ConfidenceInterval b = bootstrap.interval(cases(), ClassProbabilities::macroAuc, new SplittableRandom(9));
        assertThat(a).isEqualTo(b);
    }

    @Test
    void intervalSurroundsTheEstimateAndNarrowsAtLowerLevels() {
        ClassProbabilities cases = cases();
        ConfidenceInterval wide =
                new Bootstrap(500, 0.95).interval(cases, ClassProbabilities::accuracy, new SplittableRandom(1));
        ConfidenceInterval narrow =
                new Bootstrap(500, 0.5).interval(cases, ClassProbabilities::accuracy, new SplittableRandom(1));
        assertThat(wide.lower()).isLessThan(cases.accuracy());
        assertThat(wide.upper()).isGreaterThan(cases.accuracy());
        assertThat(narrow.upper() - narrow.lower()).isLessThan(wide.upper() - wide.lower());
        // Binomial standard error sqrt(p(1-p)/n): the 95% width is near 2 x 1.96 x se.
        double se = Math.sqrt(cases.accuracy() * (1 - cases.accuracy()) / cases.size());
        assertThat(wide.upper() - wide.lower()).isCloseTo(2 * 1.96 * se, within(0.3 * 2 * 1.96 * se));
    }

    @Test
    void refusesTooFewReplicates() {
        assertThatThrownBy(() -> new Bootstrap(5, 0.95)).isInstanceOf(IllegalArgumentException.class);
    }
}
