package org.precis.learn.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The cases to cross-validate: their classes and, per embedding variant, the feature rows of each
 * case ({@code variants.get(v)[case]} is that case's rows: one for a pooled vector, several for a
 * patch's views). A model is trained on every row of its training cases and predicts a case by
 * averaging its probabilities over the case's rows; folds always split cases, never rows, so the
 * views of one patch are never on both sides. Rows are shared, not copied.
 */
public record LabelledFeatures(List<double[][][]> variants, int[] classIndex, int classCount) {

    public LabelledFeatures {
        variants = List.copyOf(variants);
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("need at least one embedding variant");
        }
        for (double[][][] cases : variants) {
            if (cases.length != classIndex.length) {
                throw new IllegalArgumentException(
                        "every variant needs the rows of every case: " + cases.length + " vs " + classIndex.length);
            }
            for (double[][] rows : cases) {
                if (rows.length < 1) {
                    throw new IllegalArgumentException("every case needs at least one row");
                }
            }
        }
        if (classCount < 2) {
            throw new IllegalArgumentException("need at least two classes: " + classCount);
        }
    }

    /** Cases with one row each, per variant ({@code variants.get(v)[case]} is the case's row). */
    public static LabelledFeatures oneRowPerCase(List<double[][]> variants, int[] classIndex, int classCount) {
        List<double[][][]> cases = new ArrayList<>();
        for (double[][] rows : variants) {
            double[][][] wrapped = new double[rows.length][][];
            for (int i = 0; i < rows.length; i++) {
                wrapped[i] = new double[][] {rows[i]};
            }
            cases.add(wrapped);
        }
        return new LabelledFeatures(cases, classIndex, classCount);
    }

    /** These cases with only the variants at {@code keep}, in that order. */
    public LabelledFeatures only(int... keep) {
        List<double[][][]> kept = new ArrayList<>();
        for (int v : keep) {
            kept.add(variants.get(v));
        }
        return new LabelledFeatures(kept, classIndex, classCount);
    }

    public int size() {
        return classIndex.length;
    }

    /** Every row of the cases at {@code indices}, case by case. */
    public double[][] rows(int variant, int[] indices) {
        double[][][] all = variants.get(variant);
        List<double[]> rows = new ArrayList<>();
        for (int index : indices) {
            for (double[] row : all[index]) {
                rows.add(row);
            }
        }
        return rows.toArray(double[][]::new);
    }

    /** The class of every row {@link #rows} returns. */
    public int[] rowClasses(int variant, int[] indices) {
        double[][][] all = variants.get(variant);
        int count = 0;
        for (int index : indices) {
            count += all[index].length;
        }
        int[] classes = new int[count];
        int next = 0;
        for (int index : indices) {
            for (int r = 0; r < all[index].length; r++) {
                classes[next++] = classIndex[index];
            }
        }
        return classes;
    }

    /** Each case's probabilities: {@code model}'s probabilities of its rows, averaged. */
    public double[][] caseProbabilities(int variant, int[] indices, Function<double[][], double[][]> model) {
        double[][][] all = variants.get(variant);
        double[][] out = new double[indices.length][];
        for (int i = 0; i < indices.length; i++) {
            double[][] p = model.apply(all[indices[i]]);
            double[] mean = new double[p[0].length];
            for (double[] row : p) {
                for (int k = 0; k < mean.length; k++) {
                    mean[k] += row[k] / p.length;
                }
            }
            out[i] = mean;
        }
        return out;
    }

    public int[] classes(int[] indices) {
        int[] classes = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            classes[i] = classIndex[indices[i]];
        }
        return classes;
    }
}
