package org.precis.federation.privacy;

/**
 * A running sum of signed terms given by their logarithms, so that terms like e^5000 or e^-5000
 * add without overflow or underflow, and its logarithm at the end.
 *
 * <p>The terms are kept relative to a reference exponent (the largest seen so far, rescaling when a
 * larger one comes) and added with Neumaier's compensated summation (Neumaier 1974, "Rundungsfehleranalyse
 * einiger Verfahren zur Summation endlicher Summen", ZAMM 54), so that the error does not grow with
 * the number of terms (series of 10^5 terms occur) beyond a few ulps of the sum of magnitudes.
 */
final class LogSum {
    private static final double RESCALE_ABOVE = 8;

    private double reference = Double.NEGATIVE_INFINITY;
    private double sum;
    private double compensation;

    /** Adds e^{logMagnitude} when {@code positive}, otherwise subtracts it. */
    void add(double logMagnitude, boolean positive) {
        if (logMagnitude == Double.NEGATIVE_INFINITY) {
            return;
        }
        if (logMagnitude > reference + RESCALE_ABOVE) {
            double scale = reference == Double.NEGATIVE_INFINITY ? 0 : Math.exp(reference - logMagnitude);
            sum *= scale;
            compensation *= scale;
            reference = logMagnitude;
        }
        double term = Math.exp(logMagnitude - reference);
        double next = sum + (positive ? term : -term);
        compensation += Math.abs(sum) >= term
                ? (sum - next) + (positive ? term : -term)
                : ((positive ? term : -term) - next) + sum;
        sum = next;
    }

    /** Adds e^{logTerm}. */
    void add(double logTerm) {
        add(logTerm, true);
    }

    /** The logarithm of the sum so far (NaN when it is negative). */
    double log() {
        return reference + Math.log(sum + compensation);
    }
}
