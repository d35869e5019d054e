package org.precis.federation.algorithm;

/**
 * The disclosure-control part of a site's policy that algorithms apply while computing: the
 * minimum cell count for any released count (default 10) and the site's differential-privacy budget.
 */
public record DisclosureRules(int minimumCellCount, PrivacyBudget privacy) {
    public static final int DEFAULT_MINIMUM_CELL_COUNT = 10;

    public DisclosureRules {
        if (minimumCellCount < 1) {
            throw new IllegalArgumentException("minimum cell count must be >= 1, got " + minimumCellCount);
        }
        java.util.Objects.requireNonNull(privacy, "privacy");
    }

    /** Rules with no privacy budget. */
    public DisclosureRules(int minimumCellCount) {
        this(minimumCellCount, PrivacyBudget.unlimited());
    }

    public static DisclosureRules defaults() {
        return new DisclosureRules(DEFAULT_MINIMUM_CELL_COUNT);
    }
}
