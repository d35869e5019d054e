package org.precis.survival.validation;

import java.util.List;
import org.precis.survival.cox.CoxModel;
import org.precis.survival.cox.CoxTerm;
import org.precis.survival.data.Column;
import org.precis.survival.data.CoxDesign;
import org.precis.survival.data.SurvivalTable;
import org.precis.survival.km.RightCensoredSample;

/**
 * The calibration slope (Royston and Altman 2013): the coefficient of the model's linear predictor
 * in a Cox model (Efron ties) of the validation cohort on that predictor alone, R's
 * {@code coef(coxph(Surv(time, status) ~ lp, data = validation))}. 1 when the predictor's spread
 * is right, below 1 when the model overfits.
 *
 * @param slope the coefficient
 * @param standardError its model-based standard error
 */
public record CalibrationSlope(double slope, double standardError) {

    public static CalibrationSlope of(RightCensoredSample sample, double[] linearPredictor) {
        int n = sample.size();
        if (linearPredictor.length != n) {
            throw new IllegalArgumentException("expected " + n + " linear predictors, got " + linearPredictor.length);
        }
        double[] time = new double[n];
        double[] status = new double[n];
        for (int i = 0; i < n; i++) {
            if (sample.weight(i) != 1) {
                throw new IllegalArgumentException("the calibration slope takes unweighted subjects; subject " + i
                        + " weighs " + sample.weight(i));
            }
            time[i] = sample.time(i);
            status[i] = sample.event(i) ? 1 : 0;
        }
        SurvivalTable table = SurvivalTable.of(List.of(
                Column.numeric("time", time),
                Column.numeric("status", status),
                Column.numeric("lp", linearPredictor.clone())));
        CoxModel fit = CoxModel.fit(CoxDesign.builder()
                .time("time")
                .event("status")
                .covariates("lp")
                .on(table));
        CoxTerm term = fit.result().term("lp");
        return new CalibrationSlope(term.coef(), term.se());
    }
}
