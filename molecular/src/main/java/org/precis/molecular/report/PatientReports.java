package org.precis.molecular.report;

import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.IntStream;
import org.precis.molecular.pam50.Pam50Result;
import org.precis.survival.data.SurvivalTable;
import org.precis.survival.validation.PredictedCurve;
import org.precis.survival.validation.SavedCoxModel;
import org.precis.table.InputDataException;

/** Builds {@link PatientReport}s from a cohort's PAM50 result and, optionally, a saved Cox model. */
public final class PatientReports {

    private final Pam50Result result;
    private final Path expression;

    /** @param result the cohort's PAM50 result; @param expression the table it came from, for errors */
    public PatientReports(Pam50Result result, Path expression) {
        this.result = result;
        this.expression = expression;
    }

    /** The PAM50 part of {@code sample}'s report; an error naming the sample when it is not in the cohort. */
    public PatientReport of(String sample) {
        int i = index(sample);
        return new PatientReport(sample, result.calls().get(i), result.rorS().get(i), Optional.empty());
    }

    /**
     * {@code sample}'s report with its predicted survival: {@code clinical} holds the patient's
     * covariates (the PAM50 columns joined) in the row whose {@code sampleColumn} is the sample.
     */
    public PatientReport of(String sample, SavedCoxModel model, SurvivalTable clinical, String sampleColumn) {
        PatientReport pam50 = of(sample);
        if (!clinical.hasColumn(sampleColumn)) {
            throw clinical.fault("no column '" + sampleColumn + "' with the sample ids");
        }
        int[] rows = IntStream.range(0, clinical.rowCount())
                .filter(r -> clinical.column(sampleColumn)
                        .text(r)
                        .filter(sample::equals)
                        .isPresent())
                .toArray();
        if (rows.length != 1) {
            throw clinical.fault(
                    (rows.length == 0 ? "no row" : rows.length + " rows") + " for sample '" + sample + "'");
        }
        int row = rows[0];
        double[] x = model.encode(clinical, row);
        double lp = model.linearPredictor(x);
        PredictedCurve curve = model.predict(x, model.stratumOf(clinical, row));
        int group = 1;
        for (double cut : model.riskGroupCuts()) {
            group += lp > cut ? 1 : 0;
        }
        PredictedSurvival predicted = new PredictedSurvival(
                model.provenance().inputSha256(),
                lp,
                group,
                model.riskGroupCuts().size() + 1,
                curve.times(),
                curve.survival(),
                curve.band());
        return new PatientReport(sample, pam50.call(), pam50.rorS(), Optional.of(predicted));
    }

    private int index(String sample) {
        for (int i = 0; i < result.calls().size(); i++) {
            if (result.calls().get(i).sample().equals(sample)) {
                return i;
            }
        }
        throw new InputDataException(expression, 0, "sample '" + sample + "' is not in the expression table");
    }
}
