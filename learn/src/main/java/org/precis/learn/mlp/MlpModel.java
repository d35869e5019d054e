package org.precis.learn.mlp;

import java.util.Arrays;
import java.util.Objects;
import org.precis.learn.StandardisedHead;
import org.precis.learn.linear.Standardisation;

/**
 * A fitted one-hidden-layer perceptron: {@code p = softmax(W2 · relu(W1 · z + b1) + b2)} on the
 * standardised features {@code z}. {@code hiddenWeights[h]} is hidden unit h's weights over the
 * features, {@code outputWeights[k]} class k's weights over the hidden units. Evaluated in double
 * precision in plain Java (dropout is off at prediction).
 */
public record MlpModel(
        Standardisation standardisation,
        double[][] hiddenWeights,
        double[] hiddenBiases,
        double[][] outputWeights,
        double[] outputBiases)
        implements StandardisedHead {

    public MlpModel {
        Objects.requireNonNull(standardisation, "standardisation");
        int hidden = hiddenBiases.length;
        if (hidden < 1 || hiddenWeights.length != hidden) {
            throw new IllegalArgumentException(
                    "need one weight row per hidden unit: " + hiddenWeights.length + " vs " + hidden);
        }
        for (double[] row : hiddenWeights) {
            if (row.length != standardisation.dimension()) {
                throw new IllegalArgumentException("hidden weights take " + row.length
                        + " features, the standardisation " + standardisation.dimension());
            }
            requireFinite(row);
        }
        if (outputWeights.length < 2 || outputWeights.length != outputBiases.length) {
            throw new IllegalArgumentException("need at least two classes, one weight row and bias each");
        }
        for (double[] row : outputWeights) {
            if (row.length != hidden) {
                throw new IllegalArgumentException(
                        "output weights take " + row.length + " hidden units, not " + hidden);
            }
            requireFinite(row);
        }
        requireFinite(hiddenBiases);
        requireFinite(outputBiases);
    }

    private static void requireFinite(double[] values) {
        for (double value : values) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("MLP weights must be finite: " + value);
            }
        }
    }

    @Override
    public int classCount() {
        return outputBiases.length;
    }

    @Override
    public int dimension() {
        return standardisation.dimension();
    }

    public int hiddenUnits() {
        return hiddenBiases.length;
    }

    /** The output layer's scores (logits) of one feature vector. */
    public double[] logits(double[] features) {
        double[] z = standardisation.apply(features);
        double[] hidden = new double[hiddenBiases.length];
        for (int h = 0; h < hidden.length; h++) {
            double sum = hiddenBiases[h];
            double[] w = hiddenWeights[h];
            for (int j = 0; j < z.length; j++) {
                sum += w[j] * z[j];
            }
            hidden[h] = Math.max(0, sum);
        }
        double[] scores = new double[outputBiases.length];
        for (int k = 0; k < scores.length; k++) {
            double sum = outputBiases[k];
            for (int h = 0; h < hidden.length; h++) {
                sum += outputWeights[k][h] * hidden[h];
            }
            scores[k] = sum;
        }
        return scores;
    }

    @Override
    public double[] probabilities(double[] features) {
        if (features.length != dimension()) {
            throw new IllegalArgumentException("the MLP takes " + dimension() + " features, got " + features.length);
        }
        double[] scores = logits(features);
        double max = Arrays.stream(scores).max().orElseThrow();
        double total = 0;
        for (int k = 0; k < scores.length; k++) {
            scores[k] = Math.exp(scores[k] - max);
            total += scores[k];
        }
        for (int k = 0; k < scores.length; k++) {
            scores[k] /= total;
        }
        return scores;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MlpModel that
                && standardisation.equals(that.standardisation)
                && Arrays.deepEquals(hiddenWeights, that.hiddenWeights)
                && Arrays.equals(hiddenBiases, that.hiddenBiases)
                && Arrays.deepEquals(outputWeights, that.outputWeights)
                && Arrays.equals(outputBiases, that.outputBiases);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                standardisation,
                Arrays.deepHashCode(hiddenWeights),
                Arrays.hashCode(hiddenBiases),
                Arrays.deepHashCode(outputWeights),
                Arrays.hashCode(outputBiases));
    }

    @Override
    public String toString() {
        return "MlpModel[" + dimension() + " -> " + hiddenUnits() + " -> " + classCount() + "]";
    }
}
