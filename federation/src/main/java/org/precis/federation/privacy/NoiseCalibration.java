package org.precis.federation.privacy;

/**
 * The smallest noise multiplier that keeps a training run within a privacy budget.
 *
 * <p>Method: ε after the run, ε(σ) = ε of (already spent + steps × RDP of the sampled Gaussian at
 * σ) by {@link RdpCurve#epsilon(double)}, does not increase with σ (RDP of the sampled Gaussian
 * decreases in σ at every order). The search doubles σ from 1 until ε(σ) ≤ target, halves it until
 * ε(σ) &gt; target, then bisects that bracket until it is narrower than 1e-4 relative and returns
 * its upper end, so ε(σ*) ≤ target always holds. The bracket is kept within [{@value #MIN_SIGMA},
 * {@value #MAX_SIGMA}]: a target that σ = {@value #MIN_SIGMA} already meets, or that σ = {@value
 * #MAX_SIGMA} still misses, is reported as an error rather than answered at an arbitrary edge.
 */
public final class NoiseCalibration {
    /** The smallest noise multiplier searched. */
    public static final double MIN_SIGMA = 0.01;

    /** The largest noise multiplier searched. */
    public static final double MAX_SIGMA = 1e4;

    private static final double RELATIVE_TOLERANCE = 1e-4;

    private NoiseCalibration() {}

    /**
     * The smallest σ (to 1e-4 relative, rounded up) such that {@code steps} more rounds at sampling
     * rate {@code q} on top of {@code alreadySpent} give ε ≤ {@code targetEpsilon} at {@code
     * delta}, over {@code alreadySpent}'s orders.
     *
     * @throws IllegalArgumentException when an argument is out of range, or when the target is
     *     unreachable (the budget already spent, or the conversion's floor over these orders, exceeds
     *     it) or met already by σ = {@value #MIN_SIGMA}
     */
    public static double noiseMultiplier(
            double q, int steps, double targetEpsilon, double delta, RdpCurve alreadySpent) {
        if (!(q > 0 && q <= 1)) {
            throw new IllegalArgumentException("sampling rate q must be in (0, 1], got " + q);
        }
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be >= 1, got " + steps);
        }
        if (!(targetEpsilon > 0) || Double.isInfinite(targetEpsilon)) {
            throw new IllegalArgumentException("target epsilon must be finite and > 0, got " + targetEpsilon);
        }
        if (alreadySpent == null) {
            throw new IllegalArgumentException("the RDP already spent must not be null (use RdpCurve.zero)");
        }
        double floor = alreadySpent.epsilon(delta).epsilon();
        if (floor >= targetEpsilon) {
            throw new IllegalArgumentException("target epsilon " + targetEpsilon
                    + " is unreachable at delta " + delta + ": without any further rounds epsilon is already "
                    + floor);
        }
        double high = 1;
        while (epsilon(q, high, steps, delta, alreadySpent) > targetEpsilon) {
            high *= 2;
            if (high > MAX_SIGMA) {
                throw new IllegalArgumentException("target epsilon " + targetEpsilon + " at delta " + delta
                        + " is unreachable with noise multiplier up to " + MAX_SIGMA + " over these orders");
            }
        }
        double low = high / 2;
        while (epsilon(q, low, steps, delta, alreadySpent) <= targetEpsilon) {
            high = low;
            low /= 2;
            if (low < MIN_SIGMA) {
                throw new IllegalArgumentException("target epsilon " + targetEpsilon + " at delta " + delta
                        + " is met even with noise multiplier " + high + "; below " + MIN_SIGMA
                        + " the accountant is not calibrated");
            }
        }
        while (high - low > RELATIVE_TOLERANCE * high) {
            double middle = 0.5 * (low + high);
            if (epsilon(q, middle, steps, delta, alreadySpent) <= targetEpsilon) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return high;
    }

    private static double epsilon(double q, double sigma, int steps, double delta, RdpCurve alreadySpent) {
        return alreadySpent
                .plus(SampledGaussian.rdp(q, sigma, steps, alreadySpent.orders()))
                .epsilon(delta)
                .epsilon();
    }
}
