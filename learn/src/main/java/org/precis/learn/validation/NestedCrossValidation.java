package org.precis.learn.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.precis.learn.linear.MultinomialLogisticRegression;
import org.precis.learn.linear.SoftmaxModel;
import org.precis.learn.metrics.ClassProbabilities;

/**
 * Nested cross-validation (Varma and Simon 2006): in each outer fold the candidate is chosen by
 * {@link ModelSelection} on the outer training cases alone, refitted on them, and used to predict
 * the held-out fold; the pooled held-out predictions estimate how the whole procedure, choice
 * included, does on new cases.
 */
public final class NestedCrossValidation {

    private final int outerFolds;
    private final ModelSelection selection;

    public NestedCrossValidation(int outerFolds, ModelSelection selection) {
        if (outerFolds < 2) {
            throw new IllegalArgumentException("need at least 2 outer folds: " + outerFolds);
        }
        this.outerFolds = outerFolds;
        this.selection = selection;
    }

    /** Held-out predictions of every case and the candidate each outer fold chose. */
    public record Result(ClassProbabilities heldOut, int[] outerFold, List<Candidate> chosen) {
    }

    public Result run(LabelledFeatures data, RandomGenerator random) {
        int n = data.size();
        int[] fold = StratifiedFolds.assign(data.classIndex(), data.classCount(), outerFolds, random);
        double[][] probabilities = new double[n][];
        List<Candidate> chosen = new ArrayList<>();
        for (int f = 0; f < outerFolds; f++) {
            int[] train = StratifiedFolds.members(fold, f, false);
            int[] test = StratifiedFolds.members(fold, f, true);
            Candidate candidate = selection.select(data, train, random);
            chosen.add(candidate);
            SoftmaxModel model = new MultinomialLogisticRegression(candidate.l2Penalty())
                    .fit(data.rows(candidate.variant(), train), data.classes(train), data.classCount());
            double[][] p = model.probabilities(data.rows(candidate.variant(), test));
            for (int i = 0; i < test.length; i++) {
                probabilities[test[i]] = p[i];
            }
        }
        return new Result(new ClassProbabilities(data.classIndex().clone(), probabilities, data.classCount()),
                fold, chosen);
    }
}
