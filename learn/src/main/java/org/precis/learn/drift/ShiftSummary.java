package org.precis.learn.drift;

import java.util.Arrays;
import org.precis.learn.metrics.Bootstrap;

/**
 * The summary numbers of a {@link FeatureShift}: the mean, 95th percentile and largest |z| (and
 * the feature it is in, counted from 0), the share of features with |z| above 0.25 and above 0.5,
 * the median and the 5th and 95th percentiles of the standard-deviation ratio, and the mean
 * squared standardised value per feature. Percentiles are R's type 7 (numpy's default linear
 * interpolation).
 */
public record ShiftSummary(
        double meanAbsZ,
        double p95AbsZ,
        double maxAbsZ,
        int maxAbsZFeature,
        double shareAbsZAbove025,
        double shareAbsZAbove050,
        double sdRatioMedian,
        double sdRatioP05,
        double sdRatioP95,
        double meanSquaredNorm) {

    /** The first of the two |z| thresholds. */
    public static final double SMALL = 0.25;
    /** The second. */
    public static final double LARGE = 0.5;

    /** The summary of {@code shift}. */
    public static ShiftSummary of(FeatureShift shift) {
        double[] absolute = shift.absoluteZ();
        int d = absolute.length;
        double sum = 0;
        int largest = 0;
        int above025 = 0;
        int above050 = 0;
        for (int j = 0; j < d; j++) {
            sum += absolute[j];
            if (absolute[j] > absolute[largest]) {
                largest = j;
            }
            above025 += absolute[j] > SMALL ? 1 : 0;
            above050 += absolute[j] > LARGE ? 1 : 0;
        }
        double[] sortedZ = absolute.clone();
        Arrays.sort(sortedZ);
        double[] ratios = shift.sdRatio();
        Arrays.sort(ratios);
        return new ShiftSummary(
                sum / d,
                Bootstrap.quantile(sortedZ, 0.95),
                absolute[largest],
                largest,
                (double) above025 / d,
                (double) above050 / d,
                Bootstrap.quantile(ratios, 0.5),
                Bootstrap.quantile(ratios, 0.05),
                Bootstrap.quantile(ratios, 0.95),
                shift.meanSquaredNorm());
    }
}
