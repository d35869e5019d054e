package org.precis.cells.ihc;

import java.util.Locale;

/**
 * QuPath's positive cell detection rule, fixed densities for every image: positive at {@code
 * positiveOd} and, for the H-score, 2+ and 3+ at twice and three times it (QuPath's defaults 0.2,
 * 0.4, 0.6). Kept to show what a fixed threshold does across scanners, not as Precis's answer.
 */
public record FixedDabThreshold(double positiveOd) implements PositivityRule {

    /** QuPath's default: nuclear DAB mean above 0.2 OD. */
    public static final FixedDabThreshold QUPATH_DEFAULT = new FixedDabThreshold(0.2);

    public FixedDabThreshold {
        if (!(positiveOd > 0 && positiveOd < 3)) {
            throw new IllegalArgumentException("DAB threshold must be in (0, 3) OD: " + positiveOd);
        }
    }

    @Override
    public DabThresholds thresholds(double[] nuclearDabMeans) {
        return new DabThresholds(positiveOd, 2 * positiveOd, 3 * positiveOd, ThresholdOrigin.FIXED);
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "fixed: nuclear DAB mean above %.3f OD", positiveOd);
    }
}
