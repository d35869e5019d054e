package org.precis.survival.validation;

/** Predicted survival S(t | x_i) of every subject of a cohort, in the cohort's row order. */
@FunctionalInterface
public interface SurvivalPredictions {
    /** S(t | x_i) for each subject i. */
    double[] at(double t);
}
