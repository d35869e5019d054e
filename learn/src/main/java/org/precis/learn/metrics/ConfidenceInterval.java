package org.precis.learn.metrics;

/** A two-sided interval for an estimate at a confidence {@code level} (0.95 for 95%). */
public record ConfidenceInterval(double lower, double upper, double level) {

    public ConfidenceInterval {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1): " + level);
        }
        if (lower > upper) {
            throw new IllegalArgumentException("lower bound above upper: " + lower + " > " + upper);
        }
    }
}
