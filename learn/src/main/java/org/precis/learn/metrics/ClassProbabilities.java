package org.precis.learn.metrics;

import java.util.Objects;

/**
 * True classes and predicted class probabilities of {@code n} cases: the input of every metric
 * here. Rows are not copied (they can be large); callers must not change them.
 */
public record ClassProbabilities(int[] truth, double[][] probabilities, int classCount) {

    public ClassProbabilities {
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(probabilities, "probabilities");
        if (truth.length != probabilities.length || truth.length == 0) {
            throw new IllegalArgumentException("need one probability row per case and at least one case: "
                    + truth.length + " vs " + probabilities.length);
        }
        if (classCount < 2) {
            throw new IllegalArgumentException("need at least two classes: " + classCount);
        }
        for (int i = 0; i < truth.length; i++) {
            if (truth[i] < 0 || truth[i] >= classCount) {
                throw new IllegalArgumentException(
                        "case " + i + ": class " + truth[i] + " outside 0.." + (classCount - 1));
            }
            if (probabilities[i].length != classCount) {
                throw new IllegalArgumentException(
                        "case " + i + ": " + probabilities[i].length + " probabilities for " + classCount + " classes");
            }
        }
    }

    public int size() {
        return truth.length;
    }

    /** The class with the largest probability (the first on ties). */
    public int predicted(int index) {
        return mostProbable(probabilities[index]);
    }

    /** The index of the largest of one case's class probabilities (the first on ties). */
    public static int mostProbable(double[] probabilities) {
        int best = 0;
        for (int k = 1; k < probabilities.length; k++) {
            if (probabilities[k] > probabilities[best]) {
                best = k;
            }
        }
        return best;
    }

    /** The cases at {@code indices} (repeats allowed, as a bootstrap draws them). */
    public ClassProbabilities select(int[] indices) {
        int[] t = new int[indices.length];
        double[][] p = new double[indices.length][];
        for (int i = 0; i < indices.length; i++) {
            t[i] = truth[indices[i]];
            p[i] = probabilities[indices[i]];
        }
        return new ClassProbabilities(t, p, classCount);
    }

    /** Fraction of cases whose most probable class is the true one. */
    public double accuracy() {
        int correct = 0;
        for (int i = 0; i < size(); i++) {
            if (predicted(i) == truth[i]) {
                correct++;
            }
        }
        return (double) correct / size();
    }

    /** Multiclass Brier score (Brier 1950): mean over cases of Σ_k (p_k - [y = k])², 0 to 2. */
    public double brier() {
        double sum = 0;
        for (int i = 0; i < size(); i++) {
            for (int k = 0; k < classCount; k++) {
                double diff = probabilities[i][k] - (truth[i] == k ? 1 : 0);
                sum += diff * diff;
            }
        }
        return sum / size();
    }

    /** The floor under a true class's probability in {@link #logLoss()}. */
    public static final double PROBABILITY_FLOOR = 1e-15;

    /**
     * Mean over the cases of -log p(true class), each probability floored at {@link
     * #PROBABILITY_FLOOR} (as scikit-learn's {@code log_loss} historically clipped it).
     */
    public double logLoss() {
        double sum = 0;
        for (int i = 0; i < size(); i++) {
            sum -= Math.log(Math.max(probabilities[i][truth[i]], PROBABILITY_FLOOR));
        }
        return sum / size();
    }

    /** AUC of class {@code k}'s probability for class k against all others. */
    public double oneVsRestAuc(int k) {
        double[] scores = new double[size()];
        boolean[] positive = new boolean[size()];
        for (int i = 0; i < size(); i++) {
            scores[i] = probabilities[i][k];
            positive[i] = truth[i] == k;
        }
        return RocAuc.of(scores, positive);
    }

    /**
     * Unweighted mean of the one-vs-rest AUCs (scikit-learn's {@code multi_class="ovr",
     * average="macro"}); NaN when some class is absent.
     */
    public double macroAuc() {
        double sum = 0;
        for (int k = 0; k < classCount; k++) {
            sum += oneVsRestAuc(k);
        }
        return sum / classCount;
    }

    /**
     * AUC separating {@code positive} from {@code negative} among the cases of those two classes,
     * scored by {@code p_pos / (p_pos + p_neg)}: the probability of the positive class given that
     * the case is one of the two.
     */
    public double pairAuc(int positive, int negative) {
        int count = 0;
        for (int t : truth) {
            if (t == positive || t == negative) {
                count++;
            }
        }
        double[] scores = new double[count];
        boolean[] isPositive = new boolean[count];
        int next = 0;
        for (int i = 0; i < size(); i++) {
            if (truth[i] == positive || truth[i] == negative) {
                double sum = probabilities[i][positive] + probabilities[i][negative];
                scores[next] = sum > 0 ? probabilities[i][positive] / sum : 0.5;
                isPositive[next++] = truth[i] == positive;
            }
        }
        return RocAuc.of(scores, isPositive);
    }

    /** counts[true][predicted]. */
    public long[][] confusion() {
        long[][] counts = new long[classCount][classCount];
        for (int i = 0; i < size(); i++) {
            counts[truth[i]][predicted(i)]++;
        }
        return counts;
    }
}
