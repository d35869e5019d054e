package org.precis.imaging.tissue;

/**
 * Otsu's threshold computed as scikit-image's {@code threshold_otsu} on floating-point values:
 * a 256-bin histogram over [min, max] binned as {@code numpy.histogram} does, and the bin centre
 * that maximises the between-class variance (the first one on ties).
 *
 * @param value values above it are foreground
 */
public record OtsuThreshold(double value) {

    /** Histogram bins, as scikit-image's default. */
    public static final int BINS = 256;

    public OtsuThreshold {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("threshold must be finite: " + value);
        }
    }

    public static OtsuThreshold of(double[] values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("Otsu's threshold needs at least one value");
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("values must be finite: " + value);
            }
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        if (min == max) {
            return new OtsuThreshold(min);
        }
        double[] edges = new double[BINS + 1];
        double step = (max - min) / BINS;
        for (int i = 0; i < BINS; i++) {
            edges[i] = i * step + min;
        }
        edges[BINS] = max;
        long[] counts = new long[BINS];
        double norm = BINS / (max - min);
        for (double value : values) {
            int index = (int) ((value - min) * norm);
            if (index == BINS) {
                index--;
            }
            if (value < edges[index]) {
                index--;
            }
            if (index != BINS - 1 && value >= edges[index + 1]) {
                index++;
            }
            counts[index]++;
        }
        double[] centres = new double[BINS];
        for (int i = 0; i < BINS; i++) {
            centres[i] = (edges[i] + edges[i + 1]) / 2.0;
        }
        long[] weightBelow = new long[BINS];
        double[] meanBelow = new double[BINS];
        long weight = 0;
        double moment = 0;
        for (int i = 0; i < BINS; i++) {
            weight += counts[i];
            moment += counts[i] * centres[i];
            weightBelow[i] = weight;
            meanBelow[i] = moment / weight;
        }
        long[] weightAbove = new long[BINS];
        double[] meanAbove = new double[BINS];
        weight = 0;
        moment = 0;
        for (int i = BINS - 1; i >= 0; i--) {
            weight += counts[i];
            moment += counts[i] * centres[i];
            weightAbove[i] = weight;
            meanAbove[i] = moment / weight;
        }
        int best = 0;
        double bestVariance = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < BINS - 1; i++) {
            double difference = meanBelow[i] - meanAbove[i + 1];
            double variance = (double) (weightBelow[i] * weightAbove[i + 1]) * (difference * difference);
            if (variance > bestVariance) {
                best = i;
                bestVariance = variance;
            }
        }
        return new OtsuThreshold(centres[best]);
    }
}
