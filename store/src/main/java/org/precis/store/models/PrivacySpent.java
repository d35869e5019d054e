package org.precis.store.models;

/**
 * The (ε, δ) differential-privacy budget a federated training spent, as its privacy accountant
 * reported it (Dwork and Roth, The Algorithmic Foundations of Differential Privacy, 2014, def. 2.4).
 */
public record PrivacySpent(double epsilon, double delta) {
    public PrivacySpent {
        if (!(epsilon > 0) || !Double.isFinite(epsilon)) {
            throw new IllegalArgumentException("privacy epsilon must be a positive number, got " + epsilon);
        }
        if (!(delta >= 0 && delta < 1)) {
            throw new IllegalArgumentException("privacy delta must be in [0, 1), got " + delta);
        }
    }
}
