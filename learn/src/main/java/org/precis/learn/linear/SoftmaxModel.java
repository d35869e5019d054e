package org.precis.learn.linear;

import java.util.Arrays;
import java.util.Objects;

/**
 * A fitted multinomial logistic model: class scores {@code w_k · z + b_k} on standardised
 * features {@code z}, turned into probabilities by the softmax. {@code weights[k]} is class k's
 * row.
 */
public record SoftmaxModel(Standardisation standardisation, double[][] weights, double[] intercepts)
        implements org.precis.learn.StandardisedHead {

    public SoftmaxModel {
        Objects.requireNonNull(standardisation, "standardisation");
        if (weights == null || intercepts == null || weights.length < 2 || weights.length != intercepts.length) {
            throw new IllegalArgumentException("need weights and an intercept for each of at least two classes");
        }
        double[][] copy = new double[weights.length][];
        for (int k = 0; k < weights.length; k++) {
            if (weights[k].length != standardisation.dimension()) {
                throw new IllegalArgumentException("class " + k + " has " + weights[k].length + " weights for "
                        + standardisation.dimension() + " features");
            }
            for (double w : weights[k]) {
                if (!Double.isFinite(w)) {
                    throw new IllegalArgumentException("weights must be finite");
                }
            }
            copy[k] = weights[k].clone();
        }
        weights = copy;
        intercepts = intercepts.clone();
    }

    public int classCount() {
        return intercepts.length;
    }

    public int dimension() {
        return standardisation.dimension();
    }

    /** Class probabilities of one feature vector (raw, not standardised). */
    public double[] probabilities(double[] features) {
        double[] z = standardisation.apply(features);
        double[] scores = new double[classCount()];
        for (int k = 0; k < scores.length; k++) {
            double score = intercepts[k];
            double[] w = weights[k];
            for (int j = 0; j < z.length; j++) {
                score += w[j] * z[j];
            }
            scores[k] = score;
        }
        return softmax(scores);
    }

    /** Softmax in place, shifted by the largest score so that no exponent overflows. */
    static double[] softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int k = 0; k < scores.length; k++) {
            scores[k] = Math.exp(scores[k] - max);
            sum += scores[k];
        }
        for (int k = 0; k < scores.length; k++) {
            scores[k] /= sum;
        }
        return scores;
    }

    @Override
    public double[][] weights() {
        double[][] copy = new double[weights.length][];
        for (int k = 0; k < weights.length; k++) {
            copy[k] = weights[k].clone();
        }
        return copy;
    }

    @Override
    public double[] intercepts() {
        return intercepts.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SoftmaxModel that
                && standardisation.equals(that.standardisation)
                && Arrays.deepEquals(weights, that.weights)
                && Arrays.equals(intercepts, that.intercepts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(standardisation, Arrays.deepHashCode(weights), Arrays.hashCode(intercepts));
    }

    @Override
    public String toString() {
        return "SoftmaxModel[" + classCount() + " classes, " + dimension() + " features]";
    }
}
