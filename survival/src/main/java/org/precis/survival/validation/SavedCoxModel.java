package org.precis.survival.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.precis.survival.cox.CoxModel;
import org.precis.survival.cox.SurvivalCurve;
import org.precis.survival.cox.Ties;
import org.precis.survival.data.Covariate;
import org.precis.survival.data.CoxDesign;
import org.precis.survival.data.DesignSpec;
import org.precis.survival.data.SurvivalTable;

/**
 * Everything needed to predict with a fitted Cox model on another cohort: how the columns are
 * encoded, the coefficients, the centring means, the baseline cumulative hazard of each stratum,
 * the ties method and where the model came from. Predictions are R's: the linear predictor
 * {@code beta (x - means)} with {@code fit$means} (for a stratified model too, unlike R's
 * {@code predict(type = "lp")}, which centres within strata), and {@code survfit(fit, newdata)}'s
 * survival {@code exp(-H0_s(t) exp(lp))}, with R's standard error and confidence band when the
 * model keeps the {@link CurveVariance} (file format 2; a format-1 file gives curves without a band).
 * Written and read by {@link SavedCoxModelFile}.
 *
 * @param outcome the time and event columns
 * @param covariates the covariate columns in model order with their factor levels, reference first
 * @param termNames design column names, as {@code CoxDesign.termNames()}
 * @param coefficients one per term
 * @param means centring means, one per term (R's {@code fit$means})
 * @param strataColumns strata columns; empty without strata
 * @param baseline baseline cumulative hazard per stratum, at the means
 * @param ties tie handling of the fit (the baseline hazard depends on it)
 * @param riskGroupCuts tertile cut points of the development cohort's linear predictor, so that a
 *     validation cohort is split into risk groups as the development one was (Royston and Altman)
 * @param provenance development data and software
 * @param curveVariance the coefficients' variance and each stratum's {@code varhaz} and {@code
 *     xbar}, for the predicted curves' band; empty for a model read from a format-1 file
 */
public record SavedCoxModel(
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
        Optional<CurveVariance> curveVariance) {

    /** R's default coverage of {@code survfit}'s confidence band. */
    public static final double BAND_LEVEL = 0.95;

    public SavedCoxModel {
        Objects.requireNonNull(outcome, "outcome");
        covariates = List.copyOf(covariates);
        termNames = List.copyOf(termNames);
        coefficients = List.copyOf(coefficients);
        means = List.copyOf(means);
        strataColumns = List.copyOf(strataColumns);
        baseline = List.copyOf(baseline);
        Objects.requireNonNull(ties, "ties");
        riskGroupCuts = List.copyOf(riskGroupCuts);
        Objects.requireNonNull(provenance, "provenance");
        int width = covariates.stream().mapToInt(SavedCovariate::width).sum();
        if (termNames.size() != width || coefficients.size() != width || means.size() != width) {
            throw new IllegalArgumentException("covariates make " + width + " terms but there are " + termNames.size()
                    + " names, " + coefficients.size() + " coefficients and " + means.size() + " means");
        }
        if (baseline.isEmpty()) {
            throw new IllegalArgumentException("a saved model needs a baseline hazard");
        }
        if (strataColumns.isEmpty() && baseline.size() != 1) {
            throw new IllegalArgumentException("a model without strata has one baseline, not " + baseline.size());
        }
        Objects.requireNonNull(curveVariance, "curveVariance");
        if (curveVariance.isPresent()) {
            requireMatches(curveVariance.get(), baseline, width);
        }
    }

    private static void requireMatches(CurveVariance variance, List<BaselineStratum> baseline, int width) {
        if (variance.coefficientVariance().size() != width) {
            throw new IllegalArgumentException("the coefficient variance has "
                    + variance.coefficientVariance().size() + " rows for " + width + " terms");
        }
        if (variance.strata().size() != baseline.size()) {
            throw new IllegalArgumentException(
                    "the curve variance has " + variance.strata().size() + " strata, the baseline " + baseline.size());
        }
        for (int s = 0; s < baseline.size(); s++) {
            BaselineStratum b = baseline.get(s);
            var v = variance.strata().get(s);
            if (!v.stratum().equals(b.stratum())
                    || v.varhaz().size() != b.times().size()) {
                throw new IllegalArgumentException("curve variance of stratum '" + v.stratum() + "' ("
                        + v.varhaz().size() + " times) does not match baseline '" + b.stratum() + "' ("
                        + b.times().size() + " times)");
            }
        }
    }

    /**
     * The model fitted by {@code CoxModel.fit(design)}, {@code design} built from {@code spec}.
     *
     * @throws IllegalArgumentException for counting-process data or case weights, which the validation
     *     statistics here do not take
     */
    public static SavedCoxModel of(DesignSpec spec, CoxDesign design, CoxModel model, ModelProvenance provenance) {
        if (spec.start().isPresent()) {
            throw new IllegalArgumentException("counting-process (start, stop] models cannot be saved for validation");
        }
        if (spec.weights().isPresent()) {
            throw new IllegalArgumentException("weighted models cannot be saved for validation");
        }
        List<SavedCovariate> covariates = new ArrayList<>();
        for (Covariate c : design.covariates()) {
            covariates.add(new SavedCovariate(c.column(), c.levels()));
        }
        List<Double> coefficients = new ArrayList<>();
        for (double b : model.coefficients()) {
            coefficients.add(b);
        }
        List<BaselineStratum> baseline = new ArrayList<>();
        for (SurvivalCurve curve : model.baselineHazard()) {
            baseline.add(new BaselineStratum(curve.stratum(), boxed(curve.times()), boxed(curve.cumulativeHazards())));
        }
        List<Double> eventValues =
                spec.eventValue().isPresent() ? List.of(spec.eventValue().getAsDouble()) : List.of();
        double[][] x = design.covariateMatrix();
        double[] lp = new double[x.length];
        List<Double> means = model.result().means();
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < x[i].length; k++) {
                lp[i] += coefficients.get(k) * (x[i][k] - means.get(k));
            }
        }
        return new SavedCoxModel(
                new SavedOutcome(spec.time(), spec.event(), eventValues),
                covariates,
                design.termNames(),
                coefficients,
                means,
                spec.strata(),
                baseline,
                model.result().ties(),
                boxed(RiskGroups.tertileCuts(lp)),
                provenance,
                model.baselineVariance().map(pieces -> CurveVariance.of(model.fitVariance(), pieces)));
    }

    private static List<Double> boxed(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(v);
        }
        return out;
    }

    /** The design row of a table row: numbers as they are, factors as indicators of the non-reference levels. */
    public double[] encode(SurvivalTable table, int row) {
        double[] x = new double[termNames.size()];
        int at = 0;
        for (SavedCovariate c : covariates) {
            if (c.levels().isEmpty()) {
                x[at] = table.numericColumn(c.column())
                        .number(row)
                        .orElseThrow(() -> table.fault(row, "covariate '" + c.column() + "' is missing"));
            } else {
                String level = table.column(c.column())
                        .text(row)
                        .orElseThrow(() -> table.fault(row, "covariate '" + c.column() + "' is missing"));
                int k = c.levels().indexOf(level);
                if (k < 0) {
                    throw table.fault(
                            row,
                            "covariate '" + c.column() + "' has level '" + level
                                    + "', which the model does not know; its levels are " + c.levels());
                }
                for (int j = 1; j < c.levels().size(); j++) {
                    x[at + j - 1] = j == k ? 1.0 : 0.0;
                }
            }
            at += c.width();
        }
        return x;
    }

    /** {@code beta (x - means)}. */
    public double linearPredictor(double[] x) {
        if (x.length != coefficients.size()) {
            throw new IllegalArgumentException("expected " + coefficients.size() + " design values, got " + x.length);
        }
        double lp = 0;
        for (int k = 0; k < x.length; k++) {
            lp += coefficients.get(k) * (x[k] - means.get(k));
        }
        return lp;
    }

    /** The baseline of a stratum label as {@code CoxDesign.strataLabels()} writes it; empty text without strata. */
    public BaselineStratum baselineOf(String stratum) {
        return baseline.stream()
                .filter(b -> b.stratum().equals(stratum))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("stratum '" + stratum + "' is not one of the model's "
                        + baseline.stream().map(BaselineStratum::stratum).toList()));
    }

    /** The stratum label of a table row, as {@code CoxDesign.stratumLabel} writes it. */
    public String stratumOf(SurvivalTable table, int row) {
        StringBuilder key = new StringBuilder();
        for (String name : strataColumns) {
            String value = table.column(name)
                    .text(row)
                    .orElseThrow(() -> table.fault(row, "misses strata column '" + name + "'"));
            key.append(key.length() == 0 ? "" : ", ").append(name).append('=').append(value);
        }
        return key.toString();
    }

    /**
     * R's {@code survfit(fit, newdata)} for the design row {@code x} of a stratum: the curve at the
     * stratum's event times, with its standard errors and 95% log-type band when this model keeps
     * the curve variance.
     */
    public PredictedCurve predict(double[] x, String stratum) {
        if (x.length != coefficients.size()) {
            throw new IllegalArgumentException("expected " + coefficients.size() + " design values, got " + x.length);
        }
        return CurvePrediction.of(x, coefficients, means, baselineOf(stratum), curveVariance, BAND_LEVEL);
    }

    /** S(t | x) = exp(-H0_s(t) exp(lp)). */
    public double survival(double t, double linearPredictor, String stratum) {
        return Math.exp(-baselineOf(stratum).cumulativeHazardAt(t) * Math.exp(linearPredictor));
    }
}
