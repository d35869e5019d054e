package org.precis.molecular.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.precis.survival.cox.CoxModel;
import org.precis.survival.data.CompleteCases;
import org.precis.survival.data.CoxDesign;
import org.precis.survival.data.DesignSpec;
import org.precis.survival.data.EventCoding;
import org.precis.survival.data.OutcomeColumns;
import org.precis.survival.data.SurvivalTable;
import org.precis.survival.km.RightCensoredSample;
import org.precis.survival.validation.ExternalValidation;
import org.precis.survival.validation.HarrellC;
import org.precis.survival.validation.ModelProvenance;
import org.precis.survival.validation.SavedCoxModel;

/**
 * Develops a base (clinical) and an extended (clinical and molecular) Cox model on one cohort and
 * validates both on another, with the survival module's Cox fit, saved-model format and external
 * validation. Both models use the same rows: those with every variable of the extended model, so
 * that the likelihood-ratio test compares nested fits on one sample. The validation time is the
 * validation cohort's median follow-up, Uno's C is truncated there, and the risk groups are the
 * development cohort's tertiles, as {@code survival validate} does.
 */
public final class AddedValueStudy {

    private final int replicates;
    private final RandomGenerator random;

    /** @param replicates bootstrap resamples of the validation cohort; @param random their source */
    public AddedValueStudy(int replicates, RandomGenerator random) {
        if (replicates < 100) {
            throw new IllegalArgumentException("at least 100 bootstrap resamples, not " + replicates);
        }
        this.replicates = replicates;
        this.random = random;
    }

    public AddedValue assess(
            DesignSpec base,
            DesignSpec extended,
            SurvivalTable development,
            SurvivalTable validation,
            ModelProvenance provenance) {
        if (!extended.covariates().containsAll(base.covariates())) {
            throw new IllegalArgumentException("the extended model " + extended.covariates()
                    + " must hold every covariate of the base model " + base.covariates());
        }
        SurvivalTable develop = complete(development, extended);
        SurvivalTable validate = complete(validation, extended);
        CoxDesign baseDesign = base.on(develop);
        CoxDesign extendedDesign = extended.on(develop);
        CoxModel baseModel = CoxModel.fit(baseDesign);
        CoxModel extendedModel = CoxModel.fit(extendedDesign);
        double lr = 2 * (extendedModel.result().loglik() - baseModel.result().loglik());
        int df = extendedDesign.termNames().size() - baseDesign.termNames().size();
        double p = 1 - new ChiSquaredDistribution(df).cumulativeProbability(lr);
        SavedCoxModel baseSaved = SavedCoxModel.of(base, baseDesign, baseModel, provenance);
        SavedCoxModel extendedSaved = SavedCoxModel.of(extended, extendedDesign, extendedModel, provenance);
        double time = ExternalValidation.medianFollowUp(extendedSaved, validate);
        var baseReport = new ExternalValidation(time, time, baseSaved.riskGroupCuts()).validate(baseSaved, validate);
        var extendedReport =
                new ExternalValidation(time, time, extendedSaved.riskGroupCuts()).validate(extendedSaved, validate);
        // every row of validate is complete: its sample is the outcome of each row, in order
        RightCensoredSample outcome = new OutcomeColumns(
                        extended.time(), extended.event(), EventCoding.of(extended.eventValue()))
                .select(validate)
                .sample();
        double[] baseLp = linearPredictors(baseSaved, validate);
        double[] extendedLp = linearPredictors(extendedSaved, validate);
        double difference =
                extendedReport.harrell().concordance() - baseReport.harrell().concordance();
        double[] differences = bootstrap(outcome, baseLp, extendedLp);
        return new AddedValue(
                develop.rowCount(),
                extendedModel.result().events(),
                lr,
                df,
                p,
                baseReport,
                extendedReport,
                difference,
                percentile(differences, 0.025),
                percentile(differences, 0.975),
                replicates,
                baseSaved,
                extendedSaved);
    }

    private double[] bootstrap(RightCensoredSample outcome, double[] baseLp, double[] extendedLp) {
        int n = outcome.size();
        double[] differences = new double[replicates];
        double[] t = new double[n];
        boolean[] e = new boolean[n];
        double[] b = new double[n];
        double[] x = new double[n];
        for (int r = 0; r < replicates; r++) {
            for (int i = 0; i < n; i++) {
                int k = random.nextInt(n);
                t[i] = outcome.time(k);
                e[i] = outcome.event(k);
                b[i] = baseLp[k];
                x[i] = extendedLp[k];
            }
            RightCensoredSample sample = RightCensoredSample.of(t, e);
            differences[r] = HarrellC.of(sample, x).concordance()
                    - HarrellC.of(sample, b).concordance();
        }
        return differences;
    }

    /** R's type-7 quantile of the bootstrap differences. */
    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double index = 1 + (sorted.length - 1) * p;
        int lo = (int) Math.floor(index);
        int hi = (int) Math.ceil(index);
        double h = index - lo;
        return (1 - h) * sorted[lo - 1] + h * sorted[hi - 1];
    }

    private static double[] linearPredictors(SavedCoxModel model, SurvivalTable table) {
        return IntStream.range(0, table.rowCount())
                .mapToDouble(r -> model.linearPredictor(model.encode(table, r)))
                .toArray();
    }

    /** The rows with the outcome and every covariate of {@code spec}. */
    static SurvivalTable complete(SurvivalTable table, DesignSpec spec) {
        List<String> needed = new ArrayList<>(spec.covariates());
        needed.add(spec.time());
        needed.add(spec.event());
        for (String name : needed) {
            if (!table.hasColumn(name)) {
                throw table.fault("no column '" + name + "'");
            }
        }
        return table.select(CompleteCases.of(table, needed).rows());
    }
}
