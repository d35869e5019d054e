package org.precis.survival.cox;

import org.apache.commons.math3.special.Gamma;

/** A chi-square test: statistic, degrees of freedom and upper-tail p-value. */
public record ChiSquareTest(double statistic, int df, double p) {
    public ChiSquareTest {
        if (df < 1) {
            throw new IllegalArgumentException("degrees of freedom must be >= 1, got " + df);
        }
    }

    /** The upper tail is computed directly so tiny p-values (1e-120) keep their relative precision. */
    public static ChiSquareTest of(double statistic, int df) {
        double p = statistic <= 0 ? 1.0 : Gamma.regularizedGammaQ(df / 2.0, statistic / 2.0, 1e-16, 100_000);
        return new ChiSquareTest(statistic, df, p);
    }
}
