package org.precis.federation.training;

import java.util.Locale;

/** How the local learning rate changes over the training rounds (round 1 uses the base rate). */
public enum LearningRateSchedule {
    /** The base rate every round. */
    CONSTANT,
    /** {@code rate * decay^(round - 1)}. */
    EXPONENTIAL,
    /** {@code rate * (1 + cos(pi (round - 1) / rounds)) / 2}: from the base rate towards 0. */
    COSINE;

    /** The rate of training round {@code round} (1-based) of {@code rounds}. */
    public double rate(double base, double decay, int round, int rounds) {
        return switch (this) {
            case CONSTANT -> base;
            case EXPONENTIAL -> base * Math.pow(decay, round - 1);
            case COSINE -> base * (1 + Math.cos(Math.PI * (round - 1) / rounds)) / 2;
        };
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LearningRateSchedule fromJsonName(String name) {
        for (LearningRateSchedule schedule : values()) {
            if (schedule.jsonName().equals(name)) {
                return schedule;
            }
        }
        throw new IllegalArgumentException(
                "learning_rate_schedule must be constant, exponential or cosine, got '" + name + "'");
    }
}
