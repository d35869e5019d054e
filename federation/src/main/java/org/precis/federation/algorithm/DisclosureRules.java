package org.precis.federation.algorithm;

/**
 * The disclosure-control part of a site's policy that algorithms apply while computing: the
 * minimum cell count for any released count (default 10).
 */
public record DisclosureRules(int minimumCellCount) {
    public static final int DEFAULT_MINIMUM_CELL_COUNT = 10;

    public DisclosureRules {
        if (minimumCellCount < 1) {
            throw new IllegalArgumentException("minimum cell count must be >= 1, got " + minimumCellCount);
        }
    }

    public static DisclosureRules defaults() {
        return new DisclosureRules(DEFAULT_MINIMUM_CELL_COUNT);
    }
}
