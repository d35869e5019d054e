package org.precis.cells.ihc;

/** Where an image's DAB thresholds came from. */
public enum ThresholdOrigin {
    /** Otsu's threshold of the image's nuclear DAB means. */
    OTSU,
    /** The floor: the image's nuclear DAB does not separate into two classes above it. */
    FLOOR,
    /** A fixed density given beforehand. */
    FIXED
}
