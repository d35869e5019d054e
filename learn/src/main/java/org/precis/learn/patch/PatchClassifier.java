package org.precis.learn.patch;

import java.util.List;
import java.util.Objects;
import org.precis.embed.patches.PatchRecipe;
import org.precis.learn.linear.SoftmaxModel;

/**
 * A trained patch classifier: class names, the softmax head, the recipe that turns an image into
 * the feature vector the head takes, and the provenance. Feature vectors must be made with
 * {@link #recipe()} ({@code PatchEmbedder} in the embed module does it).
 */
public record PatchClassifier(List<String> classNames, SoftmaxModel head, PatchRecipe recipe,
        ModelProvenance provenance) {

    public PatchClassifier {
        classNames = List.copyOf(classNames);
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(recipe, "recipe");
        Objects.requireNonNull(provenance, "provenance");
        if (classNames.size() != head.classCount()) {
            throw new IllegalArgumentException(classNames.size() + " class names for a head of " + head.classCount()
                    + " classes");
        }
    }

    /** The length of the feature vectors the head takes. */
    public int dimension() {
        return head.dimension();
    }

    /** Class probabilities (in {@link #classNames()} order) of one feature vector. */
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
