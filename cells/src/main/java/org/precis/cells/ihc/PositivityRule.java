package org.precis.cells.ihc;

/**
 * How the DAB thresholds of an image are set: relative to the image's own nuclear DAB
 * (Precis's rule, which does not follow the scanner) or fixed optical densities (QuPath's
 * positive cell detection, kept to compare with).
 */
public sealed interface PositivityRule permits RelativeDabThreshold, FixedDabThreshold {

    /** The thresholds for an image whose nuclei have these mean DAB densities. */
    DabThresholds thresholds(double[] nuclearDabMeans);

    /** A short description for provenance. */
    String describe();
}
