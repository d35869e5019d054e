package org.precis.federation.training;

/**
 * The class-weighted log loss of a head on standardised rows, over a flat parameter vector laid out
 * by the head's {@link HeadArchitecture}: what local training, DP-SGD and validation evaluate.
 */
interface HeadLoss {

    /** The standardised rows [n][d]. */
    double[][] z();

    /**
     * Adds the gradient of the weighted mean log loss over {@code rows} (indices into z) to
     * {@code gradient}; returns that loss.
     */
    double addGradient(double[] theta, int[] rows, double[] gradient);

    /**
     * Writes row {@code i}'s gradient of its weighted log loss (not divided by the row count) into
     * {@code gradient}, overwriting it; returns the gradient's L2 norm.
     */
    double exampleGradient(double[] theta, int i, double[] gradient);

    /** Unweighted log-loss sum, correct predictions and squared-error (Brier) sum of {@code theta} over all rows. */
    double[] evaluate(double[] theta);

    /**
     * Adds one row's unweighted log loss, whether its highest score is its class, and its Brier sum,
     * from its class {@code scores} and their log sum exp, to {@code sums} (loss, correct, Brier).
     */
    static void tally(double[] scores, double logSum, int label, double[] sums) {
        sums[0] += logSum - scores[label];
        int best = 0;
        for (int c = 0; c < scores.length; c++) {
            double p = Math.exp(scores[c] - logSum);
            double target = c == label ? 1 : 0;
            sums[2] += (p - target) * (p - target);
            if (scores[c] > scores[best]) {
                best = c;
            }
        }
        sums[1] += best == label ? 1 : 0;
    }
}
