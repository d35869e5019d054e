package org.precis.survival.cox;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Element-wise relative agreement with R; an expected 0 must be met exactly. Each quantity's
 * tolerance is about 10x the worst relative difference measured against survival 3.5-3 over every
 * reference case (worst measured in brackets), so a test fails when agreement gets worse than
 * the README states.
 */
final class RelativeError {
    /** Coefficients, z, hazard ratios and their limits [1.9e-13, a coefficient of 8e-5]. */
    static final double COEFFICIENTS = 2e-12;
    /** Standard errors, robust SEs and covariate means [2.4e-15]. */
    static final double STANDARD_ERRORS = 3e-14;
    /** Log-likelihoods and the likelihood-ratio, Wald and score statistics [2.7e-14]. */
    static final double STATISTICS = 3e-13;
    /** p-values, down to 1e-134 [3.6e-12]. */
    static final double P_VALUES = 4e-11;
    /** Concordance and its standard error [1.1e-15]. */
    static final double CONCORDANCE = 1e-14;
    /** Linear predictors [4.6e-14]. */
    static final double LINEAR_PREDICTORS = 5e-13;
    /** Baseline cumulative hazard and survival curves for new data [7e-15]. */
    static final double CURVES = 7e-14;
    /**
     * Every quantity of lung_monotone, whose coefficient diverges by design: R stops at its
     * iteration limit with a coefficient of 22 and an SE of 2200, which both implementations reach
     * only to [1.3e-8] (SE and z; coefficient 3.4e-11).
     */
    static final double DIVERGING = 1e-7;
    /** cox.zph's chi-square statistics and p-values [2.2e-13]. */
    static final double ZPH_TESTS = 3e-12;
    /** cox.zph's scaled Schoenfeld residuals [5.7e-13]. */
    static final double ZPH_RESIDUALS = 6e-12;
    /** cox.zph's variance matrix [1.5e-12]. */
    static final double ZPH_VARIANCE = 2e-11;
    /** cox.zph's event times and transformed times [3.1e-15]. */
    static final double ZPH_TIMES = 3e-14;

    private RelativeError() {}

    static double of(double actual, double expected) {
        if (expected == actual) {
            return 0;
        }
        return Math.abs(actual - expected) / Math.abs(expected);
    }

    static void assertClose(String what, double[] actual, double[] expected, double tolerance) {
        assertThat(actual).as(what + " length").hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(of(actual[i], expected[i]))
                    .as("%s[%d]: %s vs R %s", what, i, actual[i], expected[i])
                    .isLessThanOrEqualTo(tolerance);
        }
    }

    static void assertClose(String what, double actual, double expected, double tolerance) {
        assertClose(what, new double[] {actual}, new double[] {expected}, tolerance);
    }
}
