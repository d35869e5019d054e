package org.precis.federation.privacy;

/**
 * The logarithm of the complementary error function, ln erfc(x), to near double precision over the
 * whole real line, including far into the tail (erfc(30) ≈ 2.6e-393 underflows; its logarithm does
 * not).
 *
 * <p>Method: for |x| &lt; 1, erf by its everywhere-positive series erf(x) = (2/√π) e^{−x²} Σ_{n≥0}
 * 2^n x^{2n+1} / (1·3·…·(2n+1)) (Abramowitz and Stegun 7.1.6), and erfc = 1 − erf, which loses at
 * most a factor 1/erfc(1) ≈ 6.4 in relative precision; for x ≥ 1, Laplace's continued fraction
 * erfc(x) = e^{−x²}/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))) (A&amp;S 7.1.14), evaluated by
 * the modified Lentz algorithm (Press et al., Numerical Recipes, 3rd ed., §5.2), whose logarithm
 * is −x² − ln √π − ln(fraction); for x ≤ −1, erfc(x) = 2 − erfc(−x).
 */
final class LogErfc {
    private static final double LOG_SQRT_PI = 0.5 * Math.log(Math.PI);
    private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
    private static final double TINY = 1e-300;
    private static final int MAX_TERMS = 100_000;

    private LogErfc() {}

    /** ln erfc(x). */
    static double of(double x) {
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("erfc argument is NaN");
        }
        if (Math.abs(x) < 1) {
            double erf = erfSeries(Math.abs(x));
            return x >= 0 ? Math.log1p(-erf) : Math.log1p(erf);
        }
        if (x > 0) {
            return -x * x - LOG_SQRT_PI - Math.log(laplaceFraction(x));
        }
        // erfc(x) = 2 - erfc(|x|), erfc(|x|) <= erfc(1) < 0.16.
        double tail = x < -30 ? 0 : Math.exp(-x * x - LOG_SQRT_PI - Math.log(laplaceFraction(-x)));
        return Math.log(2 - tail);
    }

    /** erf(x) for 0 ≤ x &lt; 1. */
    private static double erfSeries(double x) {
        double twoXSquared = 2 * x * x;
        double term = x;
        double sum = x;
        for (int n = 1; term > 1e-17 * sum; n++) {
            term *= twoXSquared / (2 * n + 1);
            sum += term;
        }
        return TWO_OVER_SQRT_PI * Math.exp(-x * x) * sum;
    }

    /** x + (1/2)/(x + (2/2)/(x + (3/2)/(x + …))) for x ≥ 1. */
    private static double laplaceFraction(double x) {
        double f = x;
        double c = f;
        double d = 0;
        for (int n = 1; n <= MAX_TERMS; n++) {
            double a = n / 2.0;
            d = x + a * d;
            if (d == 0) {
                d = TINY;
            }
            c = x + a / c;
            if (c == 0) {
                c = TINY;
            }
            d = 1 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) < 1e-16) {
                return f;
            }
        }
        throw new ArithmeticException("erfc continued fraction did not converge at x = " + x);
    }
}
