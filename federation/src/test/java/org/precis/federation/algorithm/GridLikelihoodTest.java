package org.precis.federation.algorithm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.precis.survival.cox.CoxLikelihood;
import org.precis.survival.cox.Ties;

class GridLikelihoodTest {

    @ParameterizedTest
    @EnumSource(Ties.class)
    void summedGridVectorsGiveTheSurvivalModulesLikelihoodOfTheCoarsenedRows(Ties ties) {
        Random random = new Random(1);
        int n = 80;
        int p = 2;
        double[][] z = new double[n][p];
        double[] t = new double[n];
        boolean[] e = new boolean[n];
        for (int i = 0; i < n; i++) {
            z[i][0] = random.nextGaussian();
            z[i][1] = random.nextInt(2);
            t[i] = 0.1 + 12 * random.nextDouble(); // some beyond the horizon
            e[i] = random.nextBoolean();
        }
        GridLikelihood grid = new GridLikelihood(new TimeGrid(1, 10), ties);
        double[] beta = {0.3, -0.2};
        // two "sites": the first 30 rows and the rest, their vectors summed
        SiteRows first = grid.prepare(new SiteRows(
                java.util.Arrays.copyOf(t, 30), java.util.Arrays.copyOf(e, 30), java.util.Arrays.copyOf(z, 30), 0));
        SiteRows second = grid.prepare(new SiteRows(
                java.util.Arrays.copyOfRange(t, 30, n),
                java.util.Arrays.copyOfRange(e, 30, n),
                java.util.Arrays.copyOfRange(z, 30, n),
                0));
        double[] a = grid.compute(first, first.x(), beta);
        double[] b = grid.compute(second, second.x(), beta);
        for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
        }
        CoxLikelihood.Value summed = grid.combine(a, p);
        SiteRows all = grid.prepare(new SiteRows(t, e, z, 0));
        CoxLikelihood.Value pooled = CoxLikelihood.rightCensored(z, all.time(), all.event(), new int[n], ties)
                .at(beta);
        assertThat(summed.loglik()).isCloseTo(pooled.loglik(), within(1e-12 * Math.abs(pooled.loglik())));
        for (int j = 0; j < p; j++) {
            assertThat(summed.score()[j]).isCloseTo(pooled.score()[j], within(1e-12));
            for (int l = 0; l < p; l++) {
                assertThat(summed.information()[j][l]).isCloseTo(pooled.information()[j][l], within(1e-12));
            }
        }
    }
}
