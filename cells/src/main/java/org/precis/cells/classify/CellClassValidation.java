package org.precis.cells.classify;

import java.util.List;
import java.util.random.RandomGenerator;
import org.precis.cells.nuclei.CellClass;
import org.precis.learn.metrics.Bootstrap;
import org.precis.learn.metrics.ClassProbabilities;

/**
 * The held-out predictions of a nested image-grouped cross-validation: each annotated cell's true
 * class, image, outer fold, probabilities and call, and what each outer fold chose ({@code
 * chosen.get(f)} predicted the cells of fold f).
 */
public record CellClassValidation(
        int[] truth,
        int[] image,
        int[] fold,
        double[][] probabilities,
        int[] calls,
        List<FittedCellClassifier> chosen) {

    public CellClassValidation {
        chosen = List.copyOf(chosen);
    }

    public int size() {
        return truth.length;
    }

    /** Calls of class {@code k} among cells whose true class is {@code k}, over cells of class {@code k}. */
    public double recall(CellClass k) {
        return ratio(k, true);
    }

    /** True cells of class {@code k} among the cells called {@code k}; NaN when none is called. */
    public double precision(CellClass k) {
        return ratio(k, false);
    }

    private double ratio(CellClass k, boolean recall) {
        int hits = 0;
        int total = 0;
        for (int i = 0; i < truth.length; i++) {
            boolean isTrue = truth[i] == k.ordinal();
            boolean called = calls[i] == k.ordinal();
            if (recall ? isTrue : called) {
                total++;
                hits += isTrue && called ? 1 : 0;
            }
        }
        return total == 0 ? Double.NaN : (double) hits / total;
    }

    /** Mitosis calls among the annotated cells per annotated mitosis. */
    public double mitosisCallsPerTrueMitosis() {
        int calledCount = 0;
        int trueCount = 0;
        for (int i = 0; i < truth.length; i++) {
            calledCount += calls[i] == CellClass.MITOSIS.ordinal() ? 1 : 0;
            trueCount += truth[i] == CellClass.MITOSIS.ordinal() ? 1 : 0;
        }
        return trueCount == 0 ? Double.NaN : (double) calledCount / trueCount;
    }

    /** {@code confusion[true][called]}. */
    public int[][] confusion() {
        int k = CellClass.values().length;
        int[][] confusion = new int[k][k];
        for (int i = 0; i < truth.length; i++) {
            confusion[truth[i]][calls[i]]++;
        }
        return confusion;
    }

    /** The probabilities as learn's metrics take them. */
    public ClassProbabilities heldOut() {
        return new ClassProbabilities(truth.clone(), probabilities, CellClass.values().length);
    }

    /** Mean one-vs-rest AUC over the classes. */
    public double macroAuc() {
        return heldOut().macroAuc();
    }

    /** The same predictions restricted to the cells at {@code indices} (repeats allowed). */
    public CellClassValidation select(int[] indices) {
        int[] t = new int[indices.length];
        int[] im = new int[indices.length];
        int[] fo = new int[indices.length];
        double[][] p = new double[indices.length][];
        int[] c = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            t[i] = truth[indices[i]];
            im[i] = image[indices[i]];
            fo[i] = fold[indices[i]];
            p[i] = probabilities[indices[i]];
            c[i] = calls[indices[i]];
        }
        return new CellClassValidation(t, im, fo, p, c, chosen);
    }

    /**
     * A percentile interval of {@code metric} over {@code replicates} draws of whole images with
     * replacement (cells of one image stay together: they are not independent); NaN draws are left
     * out. Returns {lower, upper}.
     */
    public double[] imageBootstrap(
            java.util.function.ToDoubleFunction<CellClassValidation> metric,
            int replicates,
            double level,
            RandomGenerator random) {
        int images = 0;
        for (int i : image) {
            images = Math.max(images, i + 1);
        }
        java.util.List<java.util.List<Integer>> cellsOf = new java.util.ArrayList<>();
        for (int i = 0; i < images; i++) {
            cellsOf.add(new java.util.ArrayList<>());
        }
        for (int c = 0; c < image.length; c++) {
            cellsOf.get(image[c]).add(c);
        }
        java.util.List<Integer> present = new java.util.ArrayList<>();
        for (int i = 0; i < images; i++) {
            if (!cellsOf.get(i).isEmpty()) {
                present.add(i);
            }
        }
        double[] values = new double[replicates];
        int kept = 0;
        for (int r = 0; r < replicates; r++) {
            java.util.List<Integer> drawn = new java.util.ArrayList<>();
            for (int d = 0; d < present.size(); d++) {
                drawn.addAll(cellsOf.get(present.get(random.nextInt(present.size()))));
            }
            double value = metric.applyAsDouble(
                    select(drawn.stream().mapToInt(Integer::intValue).toArray()));
            if (!Double.isNaN(value)) {
                values[kept++] = value;
            }
        }
        double[] sorted = java.util.Arrays.copyOf(values, kept);
        java.util.Arrays.sort(sorted);
        if (kept == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {Bootstrap.quantile(sorted, (1 - level) / 2), Bootstrap.quantile(sorted, (1 + level) / 2)};
    }
}
