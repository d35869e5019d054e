package org.precis.cells.ihc;

import java.util.Locale;
import org.precis.imaging.tissue.OtsuThreshold;

/**
 * Precis's positivity rule: the positive threshold is Otsu's threshold of the square root of the
 * mean DAB density of the image's nuclei, squared (negative and positive nuclei are the two
 * classes Otsu separates), never below {@code floorOd}, so that an image without DAB has no
 * positive nucleus; the H-score's 2+ and 3+ thresholds are twice and three times it, the ratios
 * of QuPath's default 0.2, 0.4, 0.6.
 *
 * <p>Why the square root: negative nuclei lie tightly near zero while positive ones spread from
 * pale to dark brown, and on the densities themselves Otsu's threshold falls inside the positive
 * class (0.41 OD on the OS-2 Ki67 crop, leaving pale brown nuclei negative); the square root evens
 * the two spreads and the threshold falls in the valley of the histogram between them (0.25 OD
 * there). Otsu's threshold of the square roots, squared, scales with the densities, so a scanner
 * that renders every density lighter or darker by a factor moves the thresholds with it and the
 * classes stay.
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
        double[] roots = new double[nuclearDabMeans.length];
        for (int i = 0; i < roots.length; i++) {
            roots[i] = Math.sqrt(Math.max(0, nuclearDabMeans[i]));
        }
        double root = OtsuThreshold.of(roots).value();
        double otsu = root * root;
        if (otsu < floorOd) {
            return new DabThresholds(floorOd, 2 * floorOd, 3 * floorOd, ThresholdOrigin.FLOOR);
        }
        return new DabThresholds(otsu, 2 * otsu, 3 * otsu, ThresholdOrigin.OTSU);
    }

    @Override
    public String describe() {
        return String.format(
                Locale.ROOT,
                "relative: Otsu of the square roots of nuclear DAB means, squared, at least %.3f OD; 2+ and 3+ at 2x and 3x",
                floorOd);
    }
}
