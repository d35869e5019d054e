package org.precis.federation.training;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.SplittableRandom;
import org.precis.learn.StandardisedHead;
import org.precis.learn.linear.SoftmaxModel;
import org.precis.learn.linear.Standardisation;
import org.precis.learn.mlp.MlpModel;

/**
 * The head a federated training study trains ({@code head:} of its parameters): how its parameters
 * are laid out in the flat vector the sites sum, where training starts, which parameters the L2
 * penalty covers (weights, never biases), its loss, and the model it becomes.
 */
public sealed interface HeadArchitecture {

    /** The name in a study file. */
    String jsonName();

    /** The parameter count for {@code classes} classes of {@code dimension} features. */
    int parameterCount(int classes, int dimension);

    /** Whether the L2 penalty covers parameter {@code index} (a weight, not a bias). */
    boolean penalised(int index, int classes, int dimension);

    /** The public starting point of training from scratch, drawn from {@code seed} where random. */
    double[] initial(int classes, int dimension, long seed);

    /** The weighted log loss of this head on standardised rows. */
    HeadLoss loss(double[][] z, int[] y, double[] classWeights);

    /** The parameters of a fitted head of this architecture, to continue training from. */
    double[] parameters(StandardisedHead head);

    /** The fitted head of {@code theta} with the standardisation it was trained under. */
    StandardisedHead model(double[] theta, Standardisation standardisation, int classes);

    /** A description for a model's provenance. */
    String description();

    /** The architecture {@code head} and {@code hiddenUnits} (absent: null or missing) of a study file name. */
    static HeadArchitecture read(JsonNode head, JsonNode hiddenUnits) {
        String name = head == null || head.isMissingNode() ? Logistic.NAME : head.asText();
        boolean hasUnits = hiddenUnits != null && !hiddenUnits.isMissingNode();
        return switch (name) {
            case Logistic.NAME -> {
                if (hasUnits) {
                    throw new IllegalArgumentException("'hidden_units' is for head: " + Mlp.NAME + " only");
                }
                yield new Logistic();
            }
            case Mlp.NAME -> {
                if (hasUnits && (!hiddenUnits.isIntegralNumber() || !hiddenUnits.canConvertToInt())) {
                    throw new IllegalArgumentException("'hidden_units' must be an integer, got " + hiddenUnits);
                }
                yield new Mlp(hasUnits ? hiddenUnits.intValue() : Mlp.DEFAULT_HIDDEN_UNITS);
            }
            default ->
                throw new IllegalArgumentException(
                        "'head' must be " + Logistic.NAME + " or " + Mlp.NAME + ", got '" + name + "'");
        };
    }

    /**
     * The multinomial logistic head: K blocks of d weights followed by the class's intercept (as
     * {@code MultinomialLogisticRegression} lays them out), trained from zero.
     */
    record Logistic() implements HeadArchitecture {
        static final String NAME = "logistic";

        @Override
        public String jsonName() {
            return NAME;
        }

        @Override
        public int parameterCount(int classes, int dimension) {
            return classes * (dimension + 1);
        }

        @Override
        public boolean penalised(int index, int classes, int dimension) {
            return index % (dimension + 1) != dimension;
        }

        @Override
        public double[] initial(int classes, int dimension, long seed) {
            return new double[parameterCount(classes, dimension)];
        }

        @Override
        public HeadLoss loss(double[][] z, int[] y, double[] classWeights) {
            return new SoftmaxLoss(z, y, classWeights);
        }

        @Override
        public double[] parameters(StandardisedHead head) {
            if (!(head instanceof SoftmaxModel model)) {
                throw new IllegalArgumentException("the study trains a " + NAME + " head, the head to start from is a "
                        + head.getClass().getSimpleName());
            }
            int d = model.dimension();
            double[] theta = new double[parameterCount(model.classCount(), d)];
            for (int c = 0; c < model.classCount(); c++) {
                System.arraycopy(model.weights()[c], 0, theta, c * (d + 1), d);
                theta[c * (d + 1) + d] = model.intercepts()[c];
            }
            return theta;
        }

        @Override
        public StandardisedHead model(double[] theta, Standardisation standardisation, int classes) {
            int d = standardisation.dimension();
            double[][] weights = new double[classes][d];
            double[] intercepts = new double[classes];
            for (int c = 0; c < classes; c++) {
                System.arraycopy(theta, c * (d + 1), weights[c], 0, d);
                intercepts[c] = theta[c * (d + 1) + d];
            }
            return new SoftmaxModel(standardisation, weights, intercepts);
        }

        @Override
        public String description() {
            return "multinomial logistic (federated)";
        }
    }

    /**
     * The one-hidden-layer perceptron with ReLU ({@code MlpModel}): {@code W1} (H rows of d), {@code
     * b1} (H), {@code W2} (K rows of H), {@code b2} (K); trained from Glorot-uniform weights drawn
     * from the study's seed (public, the same at every site) and zero biases.
     *
     * @param hiddenUnits H
     */
    record Mlp(int hiddenUnits) implements HeadArchitecture {
        static final String NAME = "mlp";
        static final int DEFAULT_HIDDEN_UNITS = 64;

        public Mlp {
            if (hiddenUnits < 1 || hiddenUnits > 4096) {
                throw new IllegalArgumentException("hidden_units must be in 1..4096, got " + hiddenUnits);
            }
        }

        @Override
        public String jsonName() {
            return NAME;
        }

        @Override
        public int parameterCount(int classes, int dimension) {
            return hiddenUnits * (dimension + 1) + classes * (hiddenUnits + 1);
        }

        @Override
        public boolean penalised(int index, int classes, int dimension) {
            int b1 = hiddenUnits * dimension;
            int w2 = b1 + hiddenUnits;
            int b2 = w2 + classes * hiddenUnits;
            return index < b1 || (index >= w2 && index < b2);
        }

        @Override
        public double[] initial(int classes, int dimension, long seed) {
            double[] theta = new double[parameterCount(classes, dimension)];
            SplittableRandom random = new SplittableRandom(seed);
            double hiddenLimit = Math.sqrt(6.0 / (dimension + hiddenUnits));
            for (int p = 0; p < hiddenUnits * dimension; p++) {
                theta[p] = random.nextDouble(-hiddenLimit, hiddenLimit);
            }
            int w2 = hiddenUnits * (dimension + 1);
            double outputLimit = Math.sqrt(6.0 / (hiddenUnits + classes));
            for (int p = w2; p < w2 + classes * hiddenUnits; p++) {
                theta[p] = random.nextDouble(-outputLimit, outputLimit);
            }
            return theta;
        }

        @Override
        public HeadLoss loss(double[][] z, int[] y, double[] classWeights) {
            return new MlpLoss(z, y, classWeights, hiddenUnits);
        }

        @Override
        public double[] parameters(StandardisedHead head) {
            if (!(head instanceof MlpModel model) || model.hiddenUnits() != hiddenUnits) {
                throw new IllegalArgumentException("the study trains an " + NAME + " head of " + hiddenUnits
                        + " hidden units, the head to start from is " + head);
            }
            int d = model.dimension();
            int k = model.classCount();
            double[] theta = new double[parameterCount(k, d)];
            for (int u = 0; u < hiddenUnits; u++) {
                System.arraycopy(model.hiddenWeights()[u], 0, theta, u * d, d);
            }
            System.arraycopy(model.hiddenBiases(), 0, theta, hiddenUnits * d, hiddenUnits);
            int w2 = hiddenUnits * (d + 1);
            for (int c = 0; c < k; c++) {
                System.arraycopy(model.outputWeights()[c], 0, theta, w2 + c * hiddenUnits, hiddenUnits);
            }
            System.arraycopy(model.outputBiases(), 0, theta, w2 + k * hiddenUnits, k);
            return theta;
        }

        @Override
        public StandardisedHead model(double[] theta, Standardisation standardisation, int classes) {
            int d = standardisation.dimension();
            double[][] hiddenWeights = new double[hiddenUnits][d];
            for (int u = 0; u < hiddenUnits; u++) {
                System.arraycopy(theta, u * d, hiddenWeights[u], 0, d);
            }
            double[] hiddenBiases = new double[hiddenUnits];
            System.arraycopy(theta, hiddenUnits * d, hiddenBiases, 0, hiddenUnits);
            int w2 = hiddenUnits * (d + 1);
            double[][] outputWeights = new double[classes][hiddenUnits];
            for (int c = 0; c < classes; c++) {
                System.arraycopy(theta, w2 + c * hiddenUnits, outputWeights[c], 0, hiddenUnits);
            }
            double[] outputBiases = new double[classes];
            System.arraycopy(theta, w2 + classes * hiddenUnits, outputBiases, 0, classes);
            return new MlpModel(standardisation, hiddenWeights, hiddenBiases, outputWeights, outputBiases);
        }

        @Override
        public String description() {
            return "MLP, " + hiddenUnits + " ReLU hidden units (federated)";
        }
    }
}
