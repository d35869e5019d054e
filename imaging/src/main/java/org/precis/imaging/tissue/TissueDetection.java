package org.precis.imaging.tissue;

/**
 * Settings of tissue detection.
 *
 * @param maskMpp µm/px of the mask (the slide is read at this resolution, or its own if coarser)
 * @param minimumThreshold floor on the saturation threshold, so that a blank slide whose Otsu
 *     threshold falls into background noise yields no tissue
 * @param closingRadiusUm radius of the disk that closes gaps between tissue fragments
 * @param openingRadiusUm radius of the disk that removes specks and thin debris
 * @param minimumRegionAreaMm2 tissue regions smaller than this are dropped
 */
public record TissueDetection(
        double maskMpp,
        double minimumThreshold,
        double closingRadiusUm,
        double openingRadiusUm,
        double minimumRegionAreaMm2) {

    public TissueDetection {
        if (!(maskMpp > 0) || Double.isInfinite(maskMpp)) {
            throw new IllegalArgumentException("mask µm/px must be positive and finite: " + maskMpp);
        }
        if (!(minimumThreshold >= 0 && minimumThreshold < 1)) {
            throw new IllegalArgumentException("minimum saturation threshold must be in [0, 1): " + minimumThreshold);
        }
        requireNonNegative(closingRadiusUm, "closing radius µm");
        requireNonNegative(openingRadiusUm, "opening radius µm");
        requireNonNegative(minimumRegionAreaMm2, "minimum region area mm²");
    }

    /** 8 µm/px, threshold at least 0.05, closing and opening by 16 µm, regions of at least 0.01 mm². */
    public static TissueDetection defaults() {
        return new TissueDetection(8.0, 0.05, 16.0, 16.0, 0.01);
    }

    private static void requireNonNegative(double value, String what) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be finite and >= 0: " + value);
        }
    }
}
