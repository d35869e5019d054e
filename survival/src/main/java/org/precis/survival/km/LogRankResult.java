package org.precis.survival.km;

import java.util.List;

/**
 * The outcome of a G-rho test, as R's {@code survdiff} object: per group the number of subjects,
 * the (rho-weighted) observed and expected events summed over strata; the variance matrix of
 * O - E; the chi-square, its degrees of freedom (groups with expected events, minus one) and
 * the upper-tail p-value.
 */
public final class LogRankResult {
    /**
     * One group's sums.
     *
     * @param n        subjects (summed weights)
     * @param observed events, each weighted by S(t-)^rho (R's {@code obs})
     * @param expected expected events under equal hazards, same weighting (R's {@code exp})
     */
    public record Group(String label, double n, double observed, double expected) {}

    private final double rho;
    private final List<Group> groups;
    private final double[][] variance;
    private final double chiSquare;
    private final int degreesOfFreedom;
    private final double pValue;
    private final int strata;

    LogRankResult(
            double rho,
            List<Group> groups,
            double[][] variance,
            double chiSquare,
            int degreesOfFreedom,
            double pValue,
            int strata) {
        this.rho = rho;
        this.groups = List.copyOf(groups);
        this.variance = new double[variance.length][];
        for (int i = 0; i < variance.length; i++) {
            this.variance[i] = variance[i].clone();
        }
        this.chiSquare = chiSquare;
        this.degreesOfFreedom = degreesOfFreedom;
        this.pValue = pValue;
        this.strata = strata;
    }

    public double rho() {
        return rho;
    }

    /** Groups in label order. */
    public List<Group> groups() {
        return groups;
    }

    /** Covariance of the (O - E) sums between groups {@code a} and {@code b} (indices into groups()). */
    public double variance(int a, int b) {
        return variance[a][b];
    }

    public double chiSquare() {
        return chiSquare;
    }

    public int degreesOfFreedom() {
        return degreesOfFreedom;
    }

    /**
     * P(chi-square with the test's degrees of freedom &gt; statistic); 1 when fewer than two groups
     * expect any events (no degrees of freedom), as R reports it.
     */
    public double pValue() {
        return pValue;
    }

    /** Number of strata the sums were pooled over (1 when unstratified). */
    public int strata() {
        return strata;
    }
}
