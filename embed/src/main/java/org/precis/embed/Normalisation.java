package org.precis.embed;

import java.util.List;

/**
 * How 8-bit pixel values become model inputs: {@code (value * scale - mean[c]) / std[c]}, with
 * {@code mean} and {@code std} given per colour in RGB order (red, green, blue) whatever the
 * model's channel order. ImageNet models trained in PyTorch use scale 1/255 with the ImageNet
 * mean and std; a graph that scales its own input uses scale 1, mean 0, std 1.
 */
public record Normalisation(double scale, List<Double> mean, List<Double> std) {

    /** Pixel values passed as they are, 0..255. */
    public static final Normalisation NONE = new Normalisation(1, List.of(0.0, 0.0, 0.0), List.of(1.0, 1.0, 1.0));

    public Normalisation {
        if (!Double.isFinite(scale) || scale <= 0) {
            throw new IllegalArgumentException("normalisation scale must be positive and finite: " + scale);
        }
        mean = List.copyOf(checkThree("mean", mean));
        std = List.copyOf(checkThree("std", std));
        for (double value : mean) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("normalisation mean must be finite: " + mean);
            }
        }
        for (double value : std) {
            if (!Double.isFinite(value) || value <= 0) {
                throw new IllegalArgumentException("normalisation std must be positive and finite: " + std);
            }
        }
    }

    private static List<Double> checkThree(String what, List<Double> values) {
        if (values == null || values.size() != 3 || values.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("normalisation " + what + " needs three values (R, G, B): " + values);
        }
        return values;
    }

    /**
     * A lookup table per RGB colour: {@code table[colour][value]} is the model input for the 8-bit
     * {@code value}, computed once so that building a tensor is a table read per pixel.
     */
    float[][] lookupTables() {
        float[][] tables = new float[3][256];
        for (int colour = 0; colour < 3; colour++) {
            double m = mean.get(colour);
            double s = std.get(colour);
            for (int value = 0; value < 256; value++) {
                tables[colour][value] = (float) ((value * scale - m) / s);
            }
        }
        return tables;
    }
}
