package org.precis.federation.training;

import java.util.SplittableRandom;

/**
 * A site's local training in one round: {@code epochs} passes of gradient descent (full batch, or
 * mini-batches in an order drawn from {@code random}) from the global model on
 * {@code loss + (l2/2) ||w||^2 + (mu/2) ||theta - anchor||^2} (the L2 term covers the weights the
 * {@code penalised} mask names, never the biases; the proximal term covers every parameter). With one site, full
 * batches and mu = 0, FedAvg's rounds are exactly these steps on the pooled data.
 *
 * @param epochs passes over the rows
 * @param batchSize rows a step, 0 for all
 * @param learningRate the step size
 * @param l2Penalty lambda
 * @param mu FedProx's proximal weight (0: FedAvg)
 */
public record LocalTraining(int epochs, int batchSize, double learningRate, double l2Penalty, double mu) {

    /** The parameters after training from {@code start}; {@code anchor} is the proximal term's centre. */
    double[] train(HeadLoss loss, boolean[] penalised, double[] start, double[] anchor, SplittableRandom random) {
        int n = loss.z().length;
        double[] theta = start.clone();
        double[] gradient = new double[theta.length];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int batch = batchSize == 0 || batchSize >= n ? n : batchSize;
        for (int epoch = 0; epoch < epochs; epoch++) {
            if (batch < n) {
                for (int i = n - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    int t = order[i];
                    order[i] = order[j];
                    order[j] = t;
                }
            }
            for (int from = 0; from < n; from += batch) {
                int[] rows = java.util.Arrays.copyOfRange(order, from, Math.min(n, from + batch));
                java.util.Arrays.fill(gradient, 0);
                loss.addGradient(theta, rows, gradient);
                for (int p = 0; p < theta.length; p++) {
                    double g = gradient[p] + mu * (theta[p] - anchor[p]) + (penalised[p] ? l2Penalty * theta[p] : 0);
                    theta[p] -= learningRate * g;
                }
            }
        }
        return theta;
    }
}
