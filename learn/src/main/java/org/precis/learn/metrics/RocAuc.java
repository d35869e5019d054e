package org.precis.learn.metrics;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Area under the ROC curve as the Mann-Whitney statistic: the probability that a random positive
 * scores above a random negative, ties counting one half (mid-ranks), which is what
 * scikit-learn's {@code roc_auc_score} gives.
 */
public final class RocAuc {

    private RocAuc() {}

    /**
     * The AUC of {@code scores} for the cases marked {@code positive}.
     *
     * @return NaN when there are no positives or no negatives
     */
    public static double of(double[] scores, boolean[] positive) {
        if (scores.length != positive.length) {
            throw new IllegalArgumentException("need one label per score: " + scores.length + " vs " + positive.length);
        }
        int n = scores.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("score " + i + " is NaN");
            }
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double positiveRankSum = 0;
        long positives = 0;
        int start = 0;
        while (start < n) {
            int end = start;
            while (end + 1 < n && scores[order[end + 1]] == scores[order[start]]) {
                end++;
            }
            double midRank = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) {
                if (positive[order[k]]) {
                    positiveRankSum += midRank;
                    positives++;
                }
            }
            start = end + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}
