package org.precis.learn.validation;

import java.util.List;
import java.util.Map;
import org.precis.learn.ClassifierHead;

/**
 * A kind of classifier head with a grid of settings to choose among (penalties, epoch budgets):
 * {@link ModelSelection} scores every setting on the same inner folds.
 */
public interface HeadFamily {

    /** The head's name in model files and reports (for example {@code multinomial_logistic_l2}). */
    String name();

    /** Number of settings in the grid. */
    int settingCount();

    /** Setting {@code setting} in words (for example {@code λ=0.03}). */
    String describe(int setting);

    /**
     * Whether this family is fitted on a variant whose cases have {@code rowsPerCase} rows (a
     * family may leave out per-view variants it is too costly to train on).
     */
    default boolean accepts(int rowsPerCase) {
        return true;
    }

    /**
     * Heads for every setting fitted on one training split, only to be scored (may be cheaper
     * than {@link #fit}: warm starts, looser tolerances, checkpoints of one run).
     */
    List<ClassifierHead> fitForScoring(double[][] rows, int[] classIndex, int classCount);

    /** Settings shared by the whole grid that a model file records when this family is chosen (a seed). */
    default Map<String, String> recordedParameters() {
        return Map.of();
    }

    /** The head of {@code setting} fitted on {@code rows}. */
    ClassifierHead fit(int setting, double[][] rows, int[] classIndex, int classCount);
}
