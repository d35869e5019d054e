package org.precis.learn.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Calibration of the top-class probability (Guo et al. 2017): cases binned by confidence into
 * equal-width bins; a calibrated model's accuracy in each bin equals its mean confidence. The
 * expected calibration error is the case-weighted mean gap.
 */
public record Reliability(List<ReliabilityBin> bins, double expectedCalibrationError) {

    public Reliability {
        bins = List.copyOf(bins);
    }

    /** {@code binCount} equal-width bins over [0, 1] (the last one closed); empty bins are left out. */
    public static Reliability of(ClassProbabilities cases, int binCount) {
        if (binCount < 1) {
            throw new IllegalArgumentException("need at least one bin: " + binCount);
        }
        int[] counts = new int[binCount];
        double[] confidence = new double[binCount];
        int[] correct = new int[binCount];
        for (int i = 0; i < cases.size(); i++) {
            int predicted = cases.predicted(i);
            double p = cases.probabilities()[i][predicted];
            int bin = Math.min(binCount - 1, (int) Math.floor(p * binCount));
            counts[bin]++;
            confidence[bin] += p;
            if (predicted == cases.truth()[i]) {
                correct[bin]++;
            }
        }
        List<ReliabilityBin> bins = new ArrayList<>();
        double ece = 0;
        for (int b = 0; b < binCount; b++) {
            if (counts[b] == 0) {
                continue;
            }
            double meanConfidence = confidence[b] / counts[b];
            double accuracy = (double) correct[b] / counts[b];
            bins.add(new ReliabilityBin(
                    (double) b / binCount, (double) (b + 1) / binCount, counts[b], meanConfidence, accuracy));
            ece += counts[b] * Math.abs(accuracy - meanConfidence);
        }
        return new Reliability(bins, ece / cases.size());
    }
}
