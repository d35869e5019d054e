package org.precis.molecular.risk;

import org.precis.survival.validation.SavedCoxModel;
import org.precis.survival.validation.ValidationReport;

/**
 * What extending a clinical Cox model with molecular features adds, developed on one cohort and
 * validated on another.
 *
 * @param developmentSubjects rows of the development cohort with every variable of both models
 * @param developmentEvents events among them
 * @param likelihoodRatio {@code 2 (loglik_extended - loglik_base)} on the development cohort
 * @param degreesOfFreedom the extended model's extra terms
 * @param likelihoodRatioP its chi-square p-value
 * @param base the base model's external validation (on the rows with every variable of both)
 * @param extended the extended model's external validation on the same rows
 * @param harrellDifference Harrell's C of the extended model minus the base model's, on the
 *     validation cohort
 * @param differenceLower 2.5% percentile of the difference over bootstrap resamples of the
 *     validation cohort (the models held fixed)
 * @param differenceUpper 97.5% percentile
 * @param replicates bootstrap resamples
 * @param baseModel the base model as the survival module saves it ({@code survival validate} reads it)
 * @param extendedModel the extended model, saved likewise
 */
public record AddedValue(
        int developmentSubjects,
        int developmentEvents,
        double likelihoodRatio,
        int degreesOfFreedom,
        double likelihoodRatioP,
        ValidationReport base,
        ValidationReport extended,
        double harrellDifference,
        double differenceLower,
        double differenceUpper,
        int replicates,
        SavedCoxModel baseModel,
        SavedCoxModel extendedModel) {

    /** Whether the bootstrap interval of the difference in C lies above 0. */
    public boolean improvesDiscrimination() {
        return differenceLower > 0;
    }
}
