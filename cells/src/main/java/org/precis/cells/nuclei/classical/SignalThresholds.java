package org.precis.cells.nuclei.classical;

/**
 * Thresholds of the background-subtracted stain signals, fixed in advance instead of Otsu's per
 * image: what makes a tiled whole-slide run independent of its tiles.
 *
 * @param haematoxylin the haematoxylin signal's threshold
 * @param dab the DAB signal's threshold (used with {@link StainModel#HAEMATOXYLIN_DAB} only)
 */
public record SignalThresholds(double haematoxylin, double dab) {

    public SignalThresholds {
        if (!(haematoxylin > 0) || !(dab > 0) || Double.isInfinite(haematoxylin) || Double.isInfinite(dab)) {
            throw new IllegalArgumentException("thresholds must be positive and finite: " + haematoxylin + ", " + dab);
        }
    }
}
