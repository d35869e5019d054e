package org.precis.survival.cox;

/**
 * The function of time against which {@link ProportionalHazardsCheck} tests the scaled Schoenfeld
 * residuals: R's {@code cox.zph(transform = ...)} names.
 */
public enum TimeTransform {
    /** One minus the pooled Kaplan-Meier just before each time (R's default, {@code "km"}): robust to long tails. */
    KM,
    /** The time itself ({@code "identity"}). */
    IDENTITY,
    /** The rank of the time among all rows, ties averaged ({@code "rank"}). */
    RANK,
    /** The natural log of the time ({@code "log"}); times must be positive. */
    LOG
}
