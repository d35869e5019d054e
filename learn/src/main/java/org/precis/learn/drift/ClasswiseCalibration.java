package org.precis.learn.drift;

import org.precis.learn.metrics.ClassProbabilities;

/**
 * The one-vs-rest calibration error of each class (the classwise ECE of Kull et al. 2019): the
 * cases binned by that class's predicted probability into equal-width bins over [0, 1] (the last
 * one closed), and the case-weighted mean over bins of |fraction of the class − mean probability|.
 *
 * @param expectedCalibrationErrors each class's error, in class order
 */
public record ClasswiseCalibration(double[] expectedCalibrationErrors) {

    public ClasswiseCalibration {
        expectedCalibrationErrors = expectedCalibrationErrors.clone();
    }

    /** The classwise errors of {@code cases} in {@code binCount} bins. */
    public static ClasswiseCalibration of(ClassProbabilities cases, int binCount) {
        if (binCount < 1) {
            throw new IllegalArgumentException("need at least one bin: " + binCount);
        }
        double[] errors = new double[cases.classCount()];
        for (int k = 0; k < errors.length; k++) {
            int[] counts = new int[binCount];
            double[] probability = new double[binCount];
            int[] positives = new int[binCount];
            for (int i = 0; i < cases.size(); i++) {
                double p = cases.probabilities()[i][k];
                int bin = Math.min(binCount - 1, (int) Math.floor(p * binCount));
                counts[bin]++;
                probability[bin] += p;
                positives[bin] += cases.truth()[i] == k ? 1 : 0;
            }
            double sum = 0;
            for (int b = 0; b < binCount; b++) {
                if (counts[b] > 0) {
                    sum += Math.abs(positives[b] - probability[b]);
                }
            }
            errors[k] = sum / cases.size();
        }
        return new ClasswiseCalibration(errors);
    }

    @Override
    public double[] expectedCalibrationErrors() {
        return expectedCalibrationErrors.clone();
    }
}
