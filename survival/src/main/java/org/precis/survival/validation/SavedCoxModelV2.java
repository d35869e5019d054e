package org.precis.survival.validation;

import java.util.List;
import java.util.Optional;
import org.precis.survival.cox.Ties;

/**
 * The JSON shape of saved-model format 2: format 1's fields, {@code formatVersion: 2} and the
 * {@link CurveVariance} that gives predicted curves their confidence band.
 */
record SavedCoxModelV2(
        int formatVersion,
        SavedOutcome outcome,
        List<SavedCovariate> covariates,
        List<String> termNames,
        List<Double> coefficients,
        List<Double> means,
        List<String> strataColumns,
        List<BaselineStratum> baseline,
        Ties ties,
        List<Double> riskGroupCuts,
        ModelProvenance provenance,
        CurveVariance curveVariance) {

    static final int VERSION = 2;

    static SavedCoxModelV2 of(SavedCoxModel m, CurveVariance variance) {
        return new SavedCoxModelV2(
                VERSION,
                m.outcome(),
                m.covariates(),
                m.termNames(),
                m.coefficients(),
                m.means(),
                m.strataColumns(),
                m.baseline(),
                m.ties(),
                m.riskGroupCuts(),
                m.provenance(),
                variance);
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
                Optional.of(curveVariance));
    }
}
