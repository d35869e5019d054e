package org.precis.casework.risk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.precis.casework.CaseAnalysis;
import org.precis.casework.Finding;
import org.precis.casework.Overlay;
import org.precis.io.file.FileSha256;
import org.precis.report.survival.TimeUnit;
import org.precis.survival.data.Column;
import org.precis.survival.data.SurvivalTable;
import org.precis.survival.validation.PredictedCurve;
import org.precis.survival.validation.SavedCovariate;
import org.precis.survival.validation.SavedCoxModel;
import org.precis.survival.validation.SavedCoxModelFile;

/**
 * A case's survival risk from a saved Cox model file ({@code survival cox --save-model}): the
 * case's clinical values for the model's covariates (and strata) make one row, which the survival
 * module encodes and predicts as R's {@code survfit(fit, newdata)}. Findings: the linear predictor
 * {@code beta (x - means)}, the relative hazard {@code exp} of it (against a patient at the
 * development cohort's means), the risk group by the model's cut points of the predictor (its
 * development tertiles), and the predicted survival at 5 and 10 years with the model's 95%
 * log-type band (none from a format-1 model file; a time past the model's last event time is not
 * predicted). The time unit is read from the outcome column's name as the survival charts read
 * it (days unless it says months or years). The curve itself is stored as a PNG chart, an overlay
 * of view {@code chart} that a report shows and a slide viewer does not lay over a slide.
 */
public final class RiskCaseAnalysis {
    public static final String KIND = "risk";
    private static final int[] YEARS = {5, 10};

    private final String software;

    public RiskCaseAnalysis(String software) {
        this.software = software;
    }

    /**
     * @throws IllegalArgumentException naming the covariate when the case lacks one the model needs
     */
    public CaseAnalysis run(String caseId, Map<String, ?> clinical, Path modelFile) throws IOException {
        SavedCoxModel model = new SavedCoxModelFile().read(modelFile);
        SurvivalTable row = row(caseId, clinical, model, modelFile);
        double[] x = model.encode(row, 0);
        double lp = model.linearPredictor(x);
        PredictedCurve curve = model.predict(x, model.stratumOf(row, 0));
        TimeUnit unit = TimeUnit.fromColumnName(model.outcome().timeColumn());
        List<String> notPredicted = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        findings.add(Finding.quantity("linear_predictor", "Linear predictor (Cox model)", lp, "1"));
        findings.add(Finding.quantity(
                "relative_risk",
                "Relative hazard against a patient at the development cohort's means",
                Math.exp(lp),
                "1"));
        Optional<String> group = riskGroup(model.riskGroupCuts(), lp);
        group.ifPresent(name -> findings.add(Finding.category("risk_group", "Risk group", name)));
        double last = curve.times().get(curve.times().size() - 1);
        for (int years : YEARS) {
            double t = years * perYear(unit);
            if (t > last) {
                notPredicted.add(
                        years + " years: past the model's last event time (" + last + " " + unit.label() + ")");
                continue;
            }
            findings.add(survivalAt(curve, t, years));
        }
        byte[] chart = new SurvivalCurveChart().png(curve, lp, group, modelFile, unit);
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("software", software);
        provenance.put("model", modelFile.getFileName().toString());
        provenance.put("model_sha256", FileSha256.of(modelFile));
        provenance.put("model_format", model.curveVariance().isPresent() ? 2 : 1);
        provenance.put("development_data_sha256", model.provenance().inputSha256());
        provenance.put("development_software", model.provenance().softwareVersion());
        provenance.put("development_date", model.provenance().createdOn());
        provenance.put("ties", model.ties().name().toLowerCase(Locale.ROOT));
        provenance.put("terms", model.termNames());
        provenance.put("risk_group_cuts", model.riskGroupCuts());
        provenance.put(
                "time_unit",
                unit.label() + " (from the outcome column '" + model.outcome().timeColumn() + "')");
        provenance.put("stratum", curve.stratum());
        provenance.put("parameters", covariateValues(clinical, model));
        provenance.put("not_predicted", notPredicted);
        return new CaseAnalysis(
                KIND,
                Optional.empty(),
                findings,
                List.of(new Overlay("survival-curve", "Predicted survival curve", Overlay.PNG, "chart", chart)),
                provenance);
    }

    /** The case's row of the columns the model reads; a missing one is refused by name. */
    private static SurvivalTable row(String caseId, Map<String, ?> clinical, SavedCoxModel model, Path modelFile) {
        List<Column> columns = new ArrayList<>();
        for (String name : columnsOf(model)) {
            Object value = clinical.get(name);
            if (value == null) {
                throw new IllegalArgumentException("case " + caseId + " has no clinical value '" + name
                        + "', which the Cox model " + modelFile.getFileName() + " needs");
            }
            boolean numeric = model.covariates().stream()
                    .anyMatch(c -> c.column().equals(name) && c.levels().isEmpty());
            if (value instanceof Number number) {
                columns.add(Column.numeric(name, new double[] {number.doubleValue()}));
            } else if (numeric) {
                columns.add(Column.numeric(name, new double[] {number(caseId, name, value.toString())}));
            } else {
                columns.add(Column.text(name, new String[] {value.toString().strip()}));
            }
        }
        return SurvivalTable.of(columns);
    }

    private static double number(String caseId, String name, String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "case " + caseId + ": the clinical value '" + name + "' must be a number, got '" + text + "'");
        }
    }

    private static Set<String> columnsOf(SavedCoxModel model) {
        Set<String> names = new LinkedHashSet<>();
        model.covariates().stream().map(SavedCovariate::column).forEach(names::add);
        names.addAll(model.strataColumns());
        return names;
    }

    private static Map<String, Object> covariateValues(Map<String, ?> clinical, SavedCoxModel model) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String name : columnsOf(model)) {
            values.put(name, clinical.get(name));
        }
        return values;
    }

    /** "low", "intermediate", "high" for tertile cuts, "low"/"high" for one cut, else "group k of n". */
    static Optional<String> riskGroup(List<Double> cuts, double lp) {
        if (cuts.isEmpty()) {
            return Optional.empty();
        }
        int group = 1;
        for (double cut : cuts) {
            group += lp > cut ? 1 : 0;
        }
        int groups = cuts.size() + 1;
        if (groups == 3) {
            return Optional.of(List.of("low", "intermediate", "high").get(group - 1));
        }
        if (groups == 2) {
            return Optional.of(group == 1 ? "low" : "high");
        }
        return Optional.of("group " + group + " of " + groups);
    }

    private static Finding survivalAt(PredictedCurve curve, double t, int years) {
        int at = stepAt(curve.times(), t);
        double survival = at < 0 ? 1.0 : curve.survival().get(at);
        Finding finding =
                Finding.quantity("survival_" + years + "y", "Predicted " + years + "-year survival", survival, "1");
        if (at >= 0 && curve.band().isPresent()) {
            var band = curve.band().get();
            double lower = band.lower().get(at);
            double upper = band.upper().get(at);
            if (Double.isFinite(lower) && Double.isFinite(upper)) {
                finding = finding.withInterval(
                        new Finding.Interval(lower, upper, band.level()),
                        "pointwise log-type band of R's survfit(fit, newdata): the coefficients' variance and"
                                + " the baseline hazard's");
            }
        }
        return finding;
    }

    /** The index of the last time at or before {@code t}; -1 before the first. */
    static int stepAt(List<Double> times, double t) {
        int at = -1;
        for (int i = 0; i < times.size() && times.get(i) <= t; i++) {
            at = i;
        }
        return at;
    }

    /** One year in the model's time unit (a year of days is 365.25). */
    static double perYear(TimeUnit unit) {
        return switch (unit) {
            case DAYS -> 365.25;
            case MONTHS -> 12;
            case YEARS -> 1;
        };
    }
}
