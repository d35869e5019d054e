package org.precis.cells.ihc;

/**
 * The mean nuclear DAB densities (decimal OD) at which a nucleus is 1+ (positive), 2+ and 3+.
 *
 * @param positive 1+ from here
 * @param moderate 2+ from here
 * @param strong 3+ from here
 * @param origin how the thresholds were set
 */
public record DabThresholds(double positive, double moderate, double strong, ThresholdOrigin origin) {

    public DabThresholds {
        if (!(positive > 0 && moderate >= positive && strong >= moderate) || Double.isInfinite(strong)) {
            throw new IllegalArgumentException(
                    "thresholds must be positive and rising: " + positive + ", " + moderate + ", " + strong);
        }
        if (origin == null) {
            throw new IllegalArgumentException("threshold origin is required");
        }
    }

    /** The intensity bin of a nucleus with this mean DAB density. */
    public IntensityBin bin(double dabMean) {
        if (dabMean >= strong) {
            return IntensityBin.STRONG;
        }
        if (dabMean >= moderate) {
            return IntensityBin.MODERATE;
        }
        if (dabMean >= positive) {
            return IntensityBin.WEAK;
        }
        return IntensityBin.NEGATIVE;
    }
}
