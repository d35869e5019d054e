package org.precis.learn.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.precis.learn.ClassifierHead;
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
    public record Result(ClassProbabilities heldOut, int[] outerFold, List<Candidate> chosen) {}

    public Result run(LabelledFeatures data, RandomGenerator random) {
        return runEach(data, List.of(CandidateGroup.all()), random).get(0);
    }

    /**
     * One nested-CV result per group of candidates, each as {@link #run} would give with only that
     * group's variants and head families: the same folds, the inner scores computed once for all
     * candidates and each group choosing among its own (an ablation at the cost of one run).
     */
    public List<Result> runEach(LabelledFeatures data, List<CandidateGroup> variantGroups, RandomGenerator random) {
        int n = data.size();
        int[] fold = StratifiedFolds.assign(data.classIndex(), data.classCount(), outerFolds, random);
        double[][][] probabilities = new double[variantGroups.size()][n][];
        List<List<Candidate>> chosen = new ArrayList<>();
        for (int g = 0; g < variantGroups.size(); g++) {
            chosen.add(new ArrayList<>());
        }
        for (int f = 0; f < outerFolds; f++) {
            int[] train = StratifiedFolds.members(fold, f, false);
            int[] test = StratifiedFolds.members(fold, f, true);
            List<ModelSelection.Score> scores = selection.scores(data, train, random);
            java.util.Map<Candidate, double[][]> predicted = new java.util.HashMap<>();
            for (int g = 0; g < variantGroups.size(); g++) {
                Candidate candidate = ModelSelection.best(
                        scores,
                        variantGroups.get(g).variants(),
                        variantGroups.get(g).families());
                chosen.get(g).add(candidate);
                double[][] p = predicted.computeIfAbsent(candidate, c -> {
                    ClassifierHead model = selection.fit(
                            c, data.rows(c.variant(), train), data.rowClasses(c.variant(), train), data.classCount());
                    return data.caseProbabilities(c.variant(), test, model::probabilities);
                });
                for (int i = 0; i < test.length; i++) {
                    probabilities[g][test[i]] = p[i];
                }
            }
        }
        List<Result> results = new ArrayList<>();
        for (int g = 0; g < variantGroups.size(); g++) {
            results.add(new Result(
                    new ClassProbabilities(data.classIndex().clone(), probabilities[g], data.classCount()),
                    fold,
                    List.copyOf(chosen.get(g))));
        }
        return results;
    }
}
