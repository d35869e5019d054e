package org.precis.survival.validation;

import java.util.List;
import java.util.Optional;
import org.precis.survival.cox.Ties;

/**
 * The JSON shape of saved-model format 1 (no {@code formatVersion} field, no curve variance): what
 * Precis wrote before the predicted curves had a confidence band. Still read, and written for a
 * model that was read from such a file.
 */
record SavedCoxModelV1(
        SavedOutcome outcome,
        List<SavedCovariate> covariates,
        List<String> termNames,
        List<Double> coefficients,
        List<Double> means,
        List<String> strataColumns,
        List<BaselineStratum> baseline,
        Ties ties,
        List<Double> riskGroupCuts,
        ModelProvenance provenance) {

    static SavedCoxModelV1 of(SavedCoxModel m) {
        return new SavedCoxModelV1(
                m.outcome(),
                m.covariates(),
                m.termNames(),
                m.coefficients(),
                m.means(),
                m.strataColumns(),
                m.baseline(),
                m.ties(),
                m.riskGroupCuts(),
                m.provenance());
    }

    SavedCoxModel model() {
        return new SavedCoxModel(
                outcome,
                covariates,
                termNames,
                coefficients,
                means,
                strataColumns,
                baseline,
                ties,
                riskGroupCuts,
                provenance,
                Optional.empty());
    }
}
