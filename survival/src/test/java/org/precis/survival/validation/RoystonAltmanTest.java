package org.precis.survival.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.precis.survival.validation.Reference.assertRelative;
import static org.precis.survival.validation.Reference.numbers;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.precis.survival.cox.CoxModel;
import org.precis.survival.data.CoxDesign;
import org.precis.survival.data.DesignSpec;
import org.precis.survival.data.SurvivalTable;

/**
 * Royston and Altman (2013): a recurrence-free survival model developed on node-positive Rotterdam
 * patients and validated on GBSG, every statistic against make_reference.R.
 */
class RoystonAltmanTest {
    private static final JsonNode R = Reference.load("royston_altman");
    private static SurvivalTable development;
    private static SurvivalTable validation;
    private static CoxDesign design;
    private static CoxModel fit;
    private static SavedCoxModel saved;
    private static ValidationReport report;

    @BeforeAll
    static void developAndValidate() {
        development = Reference.fixture("rotterdam_node_positive_rfs.csv");
        validation = Reference.fixture("gbsg_rfs.csv");
        DesignSpec spec = CoxDesign.builder()
                .time("rfstime")
                .event("rfs")
                .covariates("age", "meno", "size", "grade3", "nodes", "pgr", "er", "hormon")
                .reference("size", "<=20")
                .spec();
        design = spec.on(development);
        fit = CoxModel.fit(design);
        saved = SavedCoxModel.of(
                spec,
                design,
                fit,
                new ModelProvenance("0".repeat(64), development.columnNames(), "test", "2026-11-29"));
        double[] developmentLp = new double[development.rowCount()];
        for (int r = 0; r < developmentLp.length; r++) {
            developmentLp[r] = fit.linearPredictor(design.encode(development, r));
        }
        report = new ExternalValidation(
                        R.get("tau").asDouble(), R.get("t").asDouble(), RiskGroups.tertileCuts(developmentLp))
                .validate(saved, validation);
    }

    @Test
    void developmentModelMatchesRCoxph() {
        assertThat(design.termNames()).hasSize(R.get("terms").size());
        assertRelative("coef", fit.coefficients(), numbers(R.get("coef")), Reference.COEFFICIENTS);
        // R's basehaz lists every distinct time, censored ones too; the saved step function is read at each
        double[] times = numbers(R.get("baseline_time"));
        double[] h0 = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            h0[i] = saved.baseline().get(0).cumulativeHazardAt(times[i]);
        }
        assertRelative("baseline H0", h0, numbers(R.get("baseline_cumhaz")), Reference.BASELINE);
    }

    @Test
    void validationLinearPredictorMatchesRPredict() {
        double[] expected = numbers(R.get("lp"));
        assertThat(validation.rowCount()).isEqualTo(expected.length);
        for (int r = 0; r < expected.length; r++) {
            double lp = saved.linearPredictor(saved.encode(validation, r));
            // lp crosses 0, so the error is taken relative to the predictor's scale (1)
            assertThat(Math.abs(lp - expected[r])).as("lp[%d]", r).isLessThanOrEqualTo(Reference.LINEAR_PREDICTOR);
        }
    }

    @Test
    void discriminationMatchesR() {
        assertThat(report.subjects()).isEqualTo(686);
        assertThat(report.dropped()).isZero();
        assertRelative(
                "Harrell C", report.harrell().concordance(), R.get("harrell_c").asDouble(), Reference.CONCORDANCE);
        assertRelative(
                "Harrell SE",
                report.harrell().standardError(),
                R.get("harrell_se").asDouble(),
                Reference.CONCORDANCE);
        assertRelative("Uno C", report.uno().concordance(), R.get("uno_c").asDouble(), Reference.CONCORDANCE);
        assertRelative("Uno SE", report.uno().standardError(), R.get("uno_se").asDouble(), Reference.CONCORDANCE);
        assertRelative("td-AUC", report.timeDependentAuc(), R.get("td_auc").asDouble(), Reference.IPCW);
    }

    @Test
    void brierScoresMatchTheGrafFormulaInR() {
        assertRelative("Brier", report.brier(), R.get("brier").asDouble(), Reference.IPCW);
        assertRelative("IBS", report.integratedBrier(), R.get("ibs").asDouble(), Reference.IPCW);
    }

    @Test
    void calibrationMatchesR() {
        assertRelative(
                "slope", report.slope().slope(), R.get("calibration_slope").asDouble(), Reference.CALIBRATION);
        assertRelative(
                "slope SE",
                report.slope().standardError(),
                R.get("calibration_slope_se").asDouble(),
                Reference.CALIBRATION);
        assertRelative(
                "KM at t", report.inTheLarge().observed(), R.get("km_observed").asDouble(), Reference.KM);
        assertRelative(
                "mean predicted",
                report.inTheLarge().predicted(),
                R.get("mean_predicted").asDouble(),
                Reference.CALIBRATION);
    }

    @Test
    void riskGroupKaplanMeierCurvesMatchR() {
        List<RiskGroup> groups = report.riskGroups();
        assertThat(groups).hasSize(3);
        for (int g = 0; g < 3; g++) {
            JsonNode expected = R.get("groups").get(g);
            RiskGroup group = groups.get(g);
            assertThat(group.size()).isEqualTo(expected.get("n").asInt());
            assertRelative("group " + (g + 1) + " times", unbox(group.times()), numbers(expected.get("km_time")), 0);
            assertRelative(
                    "group " + (g + 1) + " KM",
                    unbox(group.observed()),
                    numbers(expected.get("km_surv")),
                    Reference.KM);
            assertRelative(
                    "group " + (g + 1) + " predicted",
                    unbox(group.predicted()),
                    numbers(expected.get("predicted_at_km_times")),
                    Reference.CALIBRATION);
        }
    }

    @Test
    void riskGroupCalibrationAtTMatchesRSummaryOfTheGroupsKaplanMeier() {
        List<RiskGroupCalibration> calibration = report.calibration();
        assertThat(calibration).hasSize(3);
        double[] cuts = numbers(R.get("tertile_cuts"));
        for (int g = 0; g < 3; g++) {
            JsonNode expected = R.get("groups").get(g).get("at_t");
            RiskGroupCalibration group = calibration.get(g);
            assertThat(group.group()).isEqualTo(g + 1);
            assertThat(group.time()).isEqualTo(R.get("t").asDouble());
            assertThat(group.numberAtRisk()).isEqualTo(expected.get("n_risk").asDouble());
            assertThat(group.events()).isEqualTo(expected.get("n_event").asDouble());
            assertRelative(
                    "group " + (g + 1) + " observed risk",
                    group.observedRisk(),
                    expected.get("observed_risk").asDouble(),
                    Reference.KM);
            assertRelative(
                    "group " + (g + 1) + " observed lower",
                    group.observedRiskLower(),
                    expected.get("observed_risk_lower").asDouble(),
                    Reference.KM);
            assertRelative(
                    "group " + (g + 1) + " observed upper",
                    group.observedRiskUpper(),
                    expected.get("observed_risk_upper").asDouble(),
                    Reference.KM);
            assertRelative(
                    "group " + (g + 1) + " predicted risk",
                    group.predictedRisk(),
                    expected.get("predicted_risk").asDouble(),
                    Reference.CALIBRATION);
            assertRelative(
                    "group " + (g + 1) + " lower cut",
                    g == 0 ? Double.NEGATIVE_INFINITY : group.lowerCut(),
                    g == 0 ? Double.NEGATIVE_INFINITY : cuts[g - 1],
                    Reference.CUTS);
        }
        assertThat(calibration.get(0).lowerCut()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(calibration.get(2).upperCut()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void tertileCutsMatchRQuantileType7() {
        double[] developmentLp = new double[development.rowCount()];
        for (int r = 0; r < developmentLp.length; r++) {
            developmentLp[r] = fit.linearPredictor(design.encode(development, r));
        }
        assertRelative("cuts", RiskGroups.tertileCuts(developmentLp), numbers(R.get("tertile_cuts")), Reference.CUTS);
    }

    @Test
    void harrellsCOfTheDevelopmentLinearPredictorIsTheCoxModelsConcordance() {
        double[] lp = new double[development.rowCount()];
        double[] time = design.stop();
        for (int r = 0; r < lp.length; r++) {
            lp[r] = fit.linearPredictor(design.encode(development, r));
        }
        ConcordanceIndex c = HarrellC.of(org.precis.survival.km.RightCensoredSample.of(time, design.event()), lp);
        assertRelative("C", c.concordance(), fit.result().concordance().concordance(), 1e-12);
        assertRelative("SE", c.standardError(), fit.result().concordance().standardError(), 1e-12);
    }

    private static double[] unbox(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
