package org.precis.learn.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.precis.learn.ClassifierHead;

/**
 * Chooses the embedding variant, the head family and its setting by stratified k-fold
 * cross-validation on the cases it is given: the candidate with the lowest pooled out-of-fold log
 * loss wins (log loss rewards calibrated probabilities and, unlike accuracy, rarely ties); ties
 * go to the earlier variant, family and setting. Every candidate is scored on the same folds.
 */
public final class ModelSelection {

    /** Probabilities are clipped here before the log, so one confident mistake cannot dominate. */
    private static final double MIN_PROBABILITY = 1e-15;

    private final int folds;
    private final List<HeadFamily> families;

    public ModelSelection(int folds, List<HeadFamily> families) {
        if (folds < 2) {
            throw new IllegalArgumentException("need at least 2 folds: " + folds);
        }
        if (families == null || families.isEmpty()) {
            throw new IllegalArgumentException("need at least one head family");
        }
        this.folds = folds;
        this.families = List.copyOf(families);
    }

    public List<HeadFamily> families() {
        return families;
    }

    /** The candidate's head family and setting in words. */
    public String describe(Candidate candidate) {
        return families.get(candidate.family()).describe(candidate.setting());
    }

    /** The candidate's head fitted on {@code rows}. */
    public ClassifierHead fit(Candidate candidate, double[][] rows, int[] classIndex, int classCount) {
        return families.get(candidate.family()).fit(candidate.setting(), rows, classIndex, classCount);
    }

    /** One candidate's cross-validated log loss. */
    public record Score(Candidate candidate, double logLoss) {}

    /** Every candidate's score on the cases at {@code indices}, in variant, family, setting order. */
    public List<Score> scores(LabelledFeatures data, int[] indices, RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        int[] classes = data.classes(indices);
        int[] fold = StratifiedFolds.assign(classes, data.classCount(), folds, random);
        List<Score> scores = new ArrayList<>();
        for (int variant = 0; variant < data.variants().size(); variant++) {
            int rowsPerCase = data.variants().get(variant)[0].length;
            for (int family = 0; family < families.size(); family++) {
                HeadFamily heads = families.get(family);
                if (!heads.accepts(rowsPerCase)) {
                    continue;
                }
                double[] loss = new double[heads.settingCount()];
                for (int f = 0; f < folds; f++) {
                    int[] train = pick(indices, StratifiedFolds.members(fold, f, false));
                    int[] test = pick(indices, StratifiedFolds.members(fold, f, true));
                    int[] truth = data.classes(test);
                    List<ClassifierHead> fitted = heads.fitForScoring(
                            data.rows(variant, train), data.rowClasses(variant, train), data.classCount());
                    for (int s = 0; s < loss.length; s++) {
                        double[][] p = data.caseProbabilities(variant, test, fitted.get(s)::probabilities);
                        for (int i = 0; i < test.length; i++) {
                            loss[s] -= Math.log(Math.max(MIN_PROBABILITY, p[i][truth[i]]));
                        }
                    }
                }
                for (int s = 0; s < loss.length; s++) {
                    scores.add(new Score(new Candidate(variant, family, s), loss[s] / indices.length));
                }
            }
        }
        return scores;
    }

    /** The best candidate on the cases at {@code indices}. */
    public Candidate select(LabelledFeatures data, int[] indices, RandomGenerator random) {
        return best(scores(data, indices, random), null, null);
    }

    /**
     * The lowest-loss candidate among those whose variant is in {@code variants} and whose
     * family is in {@code families} (all when null); ties go to the earlier one.
     */
    static Candidate best(List<Score> scores, int[] variants, int[] families) {
        Score best = null;
        for (Score score : scores) {
            if (!member(variants, score.candidate().variant())
                    || !member(families, score.candidate().family())) {
                continue;
            }
            if (best == null || score.logLoss() < best.logLoss()) {
                best = score;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no candidate among variants " + Arrays.toString(variants)
                    + " and head families " + Arrays.toString(families));
        }
        return best.candidate();
    }

    private static boolean member(int[] allowed, int value) {
        return allowed == null || Arrays.stream(allowed).anyMatch(v -> v == value);
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
