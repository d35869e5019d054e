package org.precis.learn.validation;

import java.util.List;

/**
 * The cases to cross-validate: their classes and, per embedding variant, one feature row per
 * case (the same cases in the same order in every variant). Rows are shared, not copied.
 */
public record LabelledFeatures(List<double[][]> variants, int[] classIndex, int classCount) {

    public LabelledFeatures {
        variants = List.copyOf(variants);
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("need at least one embedding variant");
        }
        for (double[][] rows : variants) {
            if (rows.length != classIndex.length) {
                throw new IllegalArgumentException("every variant needs one row per case: " + rows.length + " vs "
                        + classIndex.length);
            }
        }
        if (classCount < 2) {
            throw new IllegalArgumentException("need at least two classes: " + classCount);
        }
    }

    public int size() {
        return classIndex.length;
    }

    double[][] rows(int variant, int[] indices) {
        double[][] all = variants.get(variant);
        double[][] rows = new double[indices.length][];
        for (int i = 0; i < indices.length; i++) {
            rows[i] = all[indices[i]];
        }
        return rows;
    }

    int[] classes(int[] indices) {
        int[] classes = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            classes[i] = classIndex[indices[i]];
        }
        return classes;
    }
}
