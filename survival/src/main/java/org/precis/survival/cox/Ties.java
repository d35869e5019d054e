package org.precis.survival.cox;

/** How tied event times enter the partial likelihood (R's {@code ties=}). */
public enum Ties {
    /** Efron's approximation, R's default. */
    EFRON,
    /** Breslow's approximation. */
    BRESLOW
}
