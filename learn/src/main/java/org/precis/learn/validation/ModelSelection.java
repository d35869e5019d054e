package org.precis.learn.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.precis.learn.linear.MultinomialLogisticRegression;
import org.precis.learn.linear.SoftmaxModel;

/**
 * Chooses the embedding variant and L2 penalty by stratified k-fold cross-validation on the
 * cases it is given: the candidate with the lowest pooled out-of-fold log loss wins (log loss
 * rewards calibrated probabilities and, unlike accuracy, rarely ties); ties go to the earlier
 * variant and the stronger penalty.
 */
public final class ModelSelection {

    /** Probabilities are clipped here before the log, so one confident mistake cannot dominate. */
    private static final double MIN_PROBABILITY = 1e-15;
    /**
     * Gradient tolerance of the fits that only score a candidate: log losses that differ in the
     * fifth digit choose the same penalty, and these fits are most of the training time.
     */
    static final double SCORING_TOLERANCE = 1e-5;

    private final int folds;
    private final List<Double> penalties;

    public ModelSelection(int folds, List<Double> penalties) {
        if (folds < 2) {
            throw new IllegalArgumentException("need at least 2 folds: " + folds);
        }
        if (penalties == null || penalties.isEmpty()) {
            throw new IllegalArgumentException("need at least one L2 penalty");
        }
        this.folds = folds;
        this.penalties = penalties.stream().sorted((a, b) -> Double.compare(b, a)).toList();
    }

    public List<Double> penalties() {
        return penalties;
    }

    /** One candidate's cross-validated log loss. */
    public record Score(Candidate candidate, double logLoss) {
    }

    /** Every candidate's score on the cases at {@code indices}, in variant then penalty order. */
    public List<Score> scores(LabelledFeatures data, int[] indices, RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        int[] classes = data.classes(indices);
        int[] fold = StratifiedFolds.assign(classes, data.classCount(), folds, random);
        List<Score> scores = new ArrayList<>();
        for (int variant = 0; variant < data.variants().size(); variant++) {
            double[] loss = new double[penalties.size()];
            for (int f = 0; f < folds; f++) {
                int[] train = pick(indices, StratifiedFolds.members(fold, f, false));
                int[] test = pick(indices, StratifiedFolds.members(fold, f, true));
                double[][] trainRows = data.rows(variant, train);
                int[] trainClasses = data.rowClasses(variant, train);
                int[] truth = data.classes(test);
                // Strongest penalty first, each fit starting from the previous one's weights.
                SoftmaxModel previous = null;
                for (int q = 0; q < penalties.size(); q++) {
                    SoftmaxModel fitted = new MultinomialLogisticRegression(penalties.get(q), 2000, SCORING_TOLERANCE)
                            .fit(trainRows, trainClasses, data.classCount(), previous);
                    previous = fitted;
                    double[][] p = data.caseProbabilities(variant, test, fitted::probabilities);
                    for (int i = 0; i < test.length; i++) {
                        loss[q] -= Math.log(Math.max(MIN_PROBABILITY, p[i][truth[i]]));
                    }
                }
            }
            for (int q = 0; q < penalties.size(); q++) {
                scores.add(new Score(new Candidate(variant, penalties.get(q)), loss[q] / indices.length));
            }
        }
        return scores;
    }

    /** The best candidate on the cases at {@code indices}. */
    public Candidate select(LabelledFeatures data, int[] indices, RandomGenerator random) {
        return best(scores(data, indices, random), null);
    }

    /**
     * The lowest-loss candidate among those whose variant is in {@code variants} (all when null);
     * ties go to the earlier one.
     */
    static Candidate best(List<Score> scores, int[] variants) {
        Score best = null;
        for (Score score : scores) {
            if (variants != null && java.util.Arrays.stream(variants).noneMatch(v -> v == score.candidate().variant())) {
                continue;
            }
            if (best == null || score.logLoss() < best.logLoss()) {
                best = score;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no candidate among variants " + java.util.Arrays.toString(variants));
        }
        return best.candidate();
    }

    static int[] pick(int[] indices, int[] positions) {
        int[] picked = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            picked[i] = indices[positions[i]];
        }
        return picked;
    }

    /** 0..n-1. */
    public static int[] all(int n) {
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) {
            indices[i] = i;
        }
        return indices;
    }
}
