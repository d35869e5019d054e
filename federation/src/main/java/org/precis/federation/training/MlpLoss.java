package org.precis.federation.training;

/**
 * The class-weighted log loss of the one-hidden-layer perceptron {@code softmax(W2 relu(W1 z + b1) +
 * b2)} on standardised rows (the head {@code MlpModel} evaluates), with its gradient by
 * back-propagation. Parameters are laid out as {@code W1} (H rows of d weights), {@code b1} (H),
 * {@code W2} (K rows of H weights), {@code b2} (K): {@link HeadArchitecture.Mlp}'s layout. No
 * dropout: regularisation is the L2 penalty and early stopping on the federated validation loss.
 *
 * @param z standardised rows [n][d]
 * @param y each row's class
 * @param classWeights each class's weight in the loss
 * @param hiddenUnits H
 */
record MlpLoss(double[][] z, int[] y, double[] classWeights, int hiddenUnits) implements HeadLoss {

    int classCount() {
        return classWeights.length;
    }

    /** The forward pass of one row: hidden pre-activations, hidden activations and class scores. */
    private final class Pass {
        final double[] pre = new double[hiddenUnits];
        final double[] hidden = new double[hiddenUnits];
        final double[] scores = new double[classCount()];
        final double[] delta = new double[classCount()];
        final double[] hiddenDelta = new double[hiddenUnits];

        /** Runs the row forward; returns log sum exp of the scores. */
        double forward(double[] theta, double[] row) {
            int d = row.length;
            int h = hiddenUnits;
            int b1 = h * d;
            int w2 = b1 + h;
            int b2 = w2 + classCount() * h;
            for (int u = 0; u < h; u++) {
                double s = theta[b1 + u];
                int offset = u * d;
                for (int j = 0; j < d; j++) {
                    s += theta[offset + j] * row[j];
                }
                pre[u] = s;
                hidden[u] = s > 0 ? s : 0;
            }
            for (int c = 0; c < scores.length; c++) {
                double s = theta[b2 + c];
                int offset = w2 + c * h;
                for (int u = 0; u < h; u++) {
                    s += theta[offset + u] * hidden[u];
                }
                scores[c] = s;
            }
            return SoftmaxLoss.logSumExp(scores);
        }

        /**
         * After {@link #forward}: writes {@code factor} times the row's gradient (of its loss with
         * weight {@code weight} and class {@code label}) into {@code gradient}, adding when {@code
         * add}, overwriting otherwise; returns the sum of squares of the unscaled gradient.
         */
        double backward(
                double[] theta,
                double[] row,
                int label,
                double weight,
                double logSum,
                double factor,
                double[] gradient,
                boolean add) {
            int d = row.length;
            int h = hiddenUnits;
            int k = scores.length;
            int b1 = h * d;
            int w2 = b1 + h;
            int b2 = w2 + k * h;
            double rowSquares = 1;
            for (double v : row) {
                rowSquares += v * v;
            }
            double hiddenSquares = 1;
            for (double v : hidden) {
                hiddenSquares += v * v;
            }
            double squares = 0;
            java.util.Arrays.fill(hiddenDelta, 0);
            for (int c = 0; c < k; c++) {
                delta[c] = weight * (Math.exp(scores[c] - logSum) - (c == label ? 1 : 0));
                squares += delta[c] * delta[c] * hiddenSquares;
                double g = factor * delta[c];
                int offset = w2 + c * h;
                for (int u = 0; u < h; u++) {
                    hiddenDelta[u] += theta[offset + u] * delta[c];
                    gradient[offset + u] = (add ? gradient[offset + u] : 0) + g * hidden[u];
                }
                gradient[b2 + c] = (add ? gradient[b2 + c] : 0) + g;
            }
            for (int u = 0; u < h; u++) {
                double du = pre[u] > 0 ? hiddenDelta[u] : 0;
                squares += du * du * rowSquares;
                double g = factor * du;
                int offset = u * d;
                if (add) {
                    if (g != 0) {
                        for (int j = 0; j < d; j++) {
                            gradient[offset + j] += g * row[j];
                        }
                        gradient[b1 + u] += g;
                    }
                } else {
                    for (int j = 0; j < d; j++) {
                        gradient[offset + j] = g * row[j];
                    }
                    gradient[b1 + u] = g;
                }
            }
            return squares;
        }
    }

    @Override
    public double addGradient(double[] theta, int[] rows, double[] gradient) {
        Pass pass = new Pass();
        double loss = 0;
        double n = rows.length;
        for (int i : rows) {
            double logSum = pass.forward(theta, z[i]);
            double weight = classWeights[y[i]];
            loss += weight * (logSum - pass.scores[y[i]]);
            pass.backward(theta, z[i], y[i], weight, logSum, 1 / n, gradient, true);
        }
        return loss / n;
    }

    @Override
    public double exampleGradient(double[] theta, int i, double[] gradient) {
        Pass pass = new Pass();
        double logSum = pass.forward(theta, z[i]);
        return Math.sqrt(pass.backward(theta, z[i], y[i], classWeights[y[i]], logSum, 1, gradient, false));
    }

    @Override
    public double[] evaluate(double[] theta) {
        Pass pass = new Pass();
        double[] sums = new double[3];
        for (int i = 0; i < z.length; i++) {
            double logSum = pass.forward(theta, z[i]);
            HeadLoss.tally(pass.scores, logSum, y[i], sums);
        }
        return sums;
    }

    @Override
    public String toString() {
        return "MlpLoss[" + z.length + " rows, " + hiddenUnits + " hidden units]";
    }
}
