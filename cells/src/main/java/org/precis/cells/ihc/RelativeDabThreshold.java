package org.precis.cells.ihc;

import java.util.Locale;
import org.precis.imaging.tissue.OtsuThreshold;

/**
 * Precis's positivity rule: the positive threshold is Otsu's threshold of the mean DAB density of
 * the image's nuclei (negative and positive nuclei are the two classes Otsu separates), never
 * below {@code floorOd}, so that an image without DAB has no positive nucleus; the H-score's 2+
 * and 3+ thresholds are twice and three times it, the ratios of QuPath's default 0.2, 0.4, 0.6.
 * Otsu's threshold scales with the densities, so a scanner that renders every density lighter or
 * darker by a factor moves the thresholds with it and the classes stay.
 *
 * @param floorOd the least positive threshold, in decimal OD: a pale brown a pathologist would
 *     call negative
 */
public record RelativeDabThreshold(double floorOd) implements PositivityRule {

    /** 0.1 OD: half QuPath's default threshold, below any brown a pathologist calls positive. */
    public static final RelativeDabThreshold DEFAULT = new RelativeDabThreshold(0.1);

    public RelativeDabThreshold {
        if (!(floorOd > 0 && floorOd < 3)) {
            throw new IllegalArgumentException("DAB floor must be in (0, 3) OD: " + floorOd);
        }
    }

    @Override
    public DabThresholds thresholds(double[] nuclearDabMeans) {
        if (nuclearDabMeans.length == 0) {
            return new DabThresholds(floorOd, 2 * floorOd, 3 * floorOd, ThresholdOrigin.FLOOR);
        }
        double otsu = OtsuThreshold.of(nuclearDabMeans).value();
        if (otsu < floorOd) {
            return new DabThresholds(floorOd, 2 * floorOd, 3 * floorOd, ThresholdOrigin.FLOOR);
        }
        return new DabThresholds(otsu, 2 * otsu, 3 * otsu, ThresholdOrigin.OTSU);
    }

    @Override
    public String describe() {
        return String.format(
                Locale.ROOT, "relative: Otsu of nuclear DAB means, at least %.3f OD; 2+ and 3+ at 2x and 3x", floorOd);
    }
}
