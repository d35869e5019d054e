package org.precis.federation.training;

/**
 * A model's validation sums over the sites' held-back patches: log-loss sum, patches, correct
 * predictions and Brier-score sum; their pooled means are the federated validation metrics.
 */
record ValidationSums(double lossSum, double count, double correct, double brierSum) {
    static final int LENGTH = 4;

    static ValidationSums of(double[] values, int from) {
        return new ValidationSums(values[from], values[from + 1], values[from + 2], values[from + 3]);
    }

    static void write(HeadLoss validation, double[] theta, double[] into, int from) {
        if (validation.z().length == 0) {
            return;
        }
        double[] e = validation.evaluate(theta);
        into[from] = e[0];
        into[from + 1] = validation.z().length;
        into[from + 2] = e[1];
        into[from + 3] = e[2];
    }

    double loss() {
        return lossSum / count;
    }

    double accuracy() {
        return correct / count;
    }

    double brier() {
        return brierSum / count;
    }
}
