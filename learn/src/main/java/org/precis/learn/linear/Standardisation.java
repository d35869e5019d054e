package org.precis.learn.linear;

import java.util.Arrays;
import java.util.Objects;

/**
 * Centres and scales each feature by the training data's mean and standard deviation, so that
 * one L2 penalty treats every feature alike; a constant feature is only centred.
 */
public record Standardisation(double[] mean, double[] scale) {

    public Standardisation {
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(scale, "scale");
        if (mean.length != scale.length || mean.length == 0) {
            throw new IllegalArgumentException(
                    "mean and scale need one value per feature: " + mean.length + ", " + scale.length);
        }
        for (int j = 0; j < mean.length; j++) {
            if (!Double.isFinite(mean[j]) || !(scale[j] > 0) || Double.isInfinite(scale[j])) {
                throw new IllegalArgumentException(
                        "feature " + j + ": mean must be finite, scale positive: " + mean[j] + ", " + scale[j]);
            }
        }
        mean = mean.clone();
        scale = scale.clone();
    }

    /** Mean and population standard deviation of each column of {@code rows}. */
    public static Standardisation fit(double[][] rows) {
        int d = rows[0].length;
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (double[] row : rows) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= rows.length;
        }
        for (double[] row : rows) {
            for (int j = 0; j < d; j++) {
                double centred = row[j] - mean[j];
                scale[j] += centred * centred;
            }
        }
        for (int j = 0; j < d; j++) {
            double std = Math.sqrt(scale[j] / rows.length);
            scale[j] = std > 1e-12 ? std : 1;
        }
        return new Standardisation(mean, scale);
    }

    public int dimension() {
        return mean.length;
    }

    /** A new standardised copy of {@code row}. */
    public double[] apply(double[] row) {
        if (row.length != mean.length) {
            throw new IllegalArgumentException("expected " + mean.length + " features, got " + row.length);
        }
        double[] out = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            out[j] = (row[j] - mean[j]) / scale[j];
        }
        return out;
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] scale() {
        return scale.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Standardisation that
                && Arrays.equals(mean, that.mean)
                && Arrays.equals(scale, that.scale);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mean) + Arrays.hashCode(scale);
    }

    @Override
    public String toString() {
        return "Standardisation[" + mean.length + " features]";
    }
}
