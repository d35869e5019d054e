package org.precis.federation.privacy;

/**
 * An (ε, δ)-differential-privacy guarantee, and the Rényi order whose bound gave it.
 *
 * @param epsilon the privacy loss ε, non-negative (positive infinity when no order gives a finite
 *     bound)
 * @param delta the failure probability δ, in (0, 1)
 * @param order the Rényi order α &gt; 1 at which the conversion gave the smallest ε
 */
public record PrivacySpent(double epsilon, double delta, double order) {
    /** Validates the fields. */
    public PrivacySpent {
        if (Double.isNaN(epsilon) || epsilon < 0) {
            throw new IllegalArgumentException("epsilon must be >= 0, got " + epsilon);
        }
        if (!(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("delta must be in (0, 1), got " + delta);
        }
        RdpCurve.requireOrder(order);
    }
}
