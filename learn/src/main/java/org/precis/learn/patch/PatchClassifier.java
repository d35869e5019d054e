package org.precis.learn.patch;

import java.util.List;
import java.util.Objects;
import org.precis.embed.patches.PatchRecipe;
import org.precis.embed.patches.PatchSet;
import org.precis.learn.ClassifierHead;

/**
 * A trained patch classifier: class names, the head (logistic or MLP), the recipe that turns an image into
 * the feature vectors the head takes, how the recipe's views are combined, and the provenance.
 * Feature vectors must be made with {@link #recipe()} ({@code PatchEmbedder} in the embed module
 * does it); {@link #probabilitiesOfViews} takes a patch's per-view vectors and pools them as the
 * model was trained. {@code classDisplayNames} are the names a reader sees for the labels, in
 * the same order ({@code lung_aca}: "lung adenocarcinoma"); the labels stay the file and column
 * names.
 */
public record PatchClassifier(
        List<String> classNames,
        List<String> classDisplayNames,
        ClassifierHead head,
        PatchRecipe recipe,
        ViewPooling viewPooling,
        ModelProvenance provenance) {

    /** A classifier whose classes are shown as their labels, underscores as spaces. */
    public PatchClassifier(
            List<String> classNames,
            ClassifierHead head,
            PatchRecipe recipe,
            ViewPooling viewPooling,
            ModelProvenance provenance) {
        this(classNames, readable(classNames), head, recipe, viewPooling, provenance);
    }

    public PatchClassifier {
        classNames = List.copyOf(classNames);
        classDisplayNames = List.copyOf(classDisplayNames);
        if (classDisplayNames.size() != classNames.size()) {
            throw new IllegalArgumentException(
                    classDisplayNames.size() + " display names for " + classNames.size() + " classes");
        }
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(viewPooling, "viewPooling");
        Objects.requireNonNull(recipe, "recipe");
        Objects.requireNonNull(provenance, "provenance");
        if (classNames.size() != head.classCount()) {
            throw new IllegalArgumentException(
                    classNames.size() + " class names for a head of " + head.classCount() + " classes");
        }
    }

    /** Labels as a reader would see them when no names are given: underscores as spaces. */
    public static List<String> readable(List<String> labels) {
        return labels.stream().map(label -> label.replace('_', ' ')).toList();
    }

    /**
     * This classifier with the display names of the labels {@code names} maps (the others keep
     * theirs); a label the model does not have fails, naming the labels it has.
     */
    public PatchClassifier withDisplayNames(java.util.Map<String, String> names) {
        List<String> shown = new java.util.ArrayList<>(classDisplayNames);
        names.forEach((label, name) -> {
            int k = classNames.indexOf(label);
            if (k < 0) {
                throw new IllegalArgumentException("no class '" + label + "' to name: the classes are " + classNames);
            }
            if (name.isBlank()) {
                throw new IllegalArgumentException("the display name of class '" + label + "' is empty");
            }
            shown.set(k, name.strip());
        });
        return new PatchClassifier(classNames, shown, head, recipe, viewPooling, provenance);
    }

    /** The length of the feature vectors the head takes. */
    public int dimension() {
        return head.dimension();
    }

    /**
     * Class probabilities of one patch from its views' vectors ([views][dimension], as
     * {@code PatchEmbedder.embedImageViews} makes them): the head's probabilities of the views'
     * mean vector ({@link ViewPooling#FEATURE_MEAN}) or the mean of the head's probabilities of
     * each view ({@link ViewPooling#PROBABILITY_MEAN}).
     */
    public double[] probabilitiesOfViews(float[][] views) {
        double[][] rows = new double[views.length][];
        for (int v = 0; v < views.length; v++) {
            rows[v] = new double[views[v].length];
            for (int j = 0; j < rows[v].length; j++) {
                rows[v][j] = views[v][j];
            }
        }
        return probabilitiesOfViews(rows);
    }

    /** As {@link #probabilitiesOfViews(float[][])}. */
    public double[] probabilitiesOfViews(double[][] views) {
        if (views.length < 1) {
            throw new IllegalArgumentException("no views");
        }
        int dimension = dimension();
        for (double[] view : views) {
            if (view.length != dimension) {
                throw new IllegalArgumentException("the model takes " + dimension + " features, got " + view.length);
            }
        }
        return switch (viewPooling) {
            case FEATURE_MEAN -> {
                double[] mean = new double[dimension];
                for (double[] view : views) {
                    for (int j = 0; j < dimension; j++) {
                        mean[j] += view[j];
                    }
                }
                // Rounded to float like the pooled vectors the head was trained on.
                for (int j = 0; j < dimension; j++) {
                    mean[j] = (float) (mean[j] / views.length);
                }
                yield probabilities(mean);
            }
            case PROBABILITY_MEAN -> {
                double[] mean = new double[head.classCount()];
                for (double[] view : views) {
                    double[] p = probabilities(view);
                    for (int k = 0; k < mean.length; k++) {
                        mean[k] += p[k] / views.length;
                    }
                }
                yield mean;
            }
        };
    }

    /**
     * Class probabilities of every patch of {@code set} (embedded with this model's recipe),
     * pooled over views as the model was trained.
     *
     * @throws IllegalArgumentException if the model averages probabilities over views and the
     *     set stores no per-view vectors
     */
    public double[][] probabilities(PatchSet set) {
        if (viewPooling == ViewPooling.PROBABILITY_MEAN && !set.hasViewFeatures()) {
            throw new IllegalArgumentException("the model averages probabilities over views but the patch set stores"
                    + " no per-view features (embed it again with this version)");
        }
        double[][] out = new double[set.count()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = viewPooling == ViewPooling.PROBABILITY_MEAN
                    ? probabilitiesOfViews(set.viewRows(i))
                    : probabilities(set.feature(i));
        }
        return out;
    }

    /**
     * Class probabilities (in {@link #classNames()} order) of one feature vector: the vector of a
     * {@link ViewPooling#FEATURE_MEAN} model's recipe, or a single view's vector.
     */
    public double[] probabilities(float[] features) {
        double[] row = new double[features.length];
        for (int j = 0; j < row.length; j++) {
            row[j] = features[j];
        }
        return probabilities(row);
    }

    /** Class probabilities (in {@link #classNames()} order) of one feature vector. */
    public double[] probabilities(double[] features) {
        if (features.length != dimension()) {
            throw new IllegalArgumentException("the model takes " + dimension() + " features, got " + features.length);
        }
        return head.probabilities(features);
    }

    /** Class probabilities of each row. */
    public double[][] probabilities(double[][] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = probabilities(rows[i]);
        }
        return out;
    }
}
