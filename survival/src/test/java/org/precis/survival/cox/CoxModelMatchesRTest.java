package org.precis.survival.cox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.precis.survival.cox.RelativeError.assertClose;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every model of make_reference.R, compared with R's survival 3.5-3 to each quantity's relative tolerance (RelativeError). */
class CoxModelMatchesRTest {
    static List<String> allModels() {
        return List.of(
                "lung_efron",
                "lung_breslow",
                "veteran_celltype",
                "lung_strata",
                "lung_cluster",
                "lung_weights",
                "rotterdam_rfs",
                "veteran_split",
                "veteran_split_cluster_breslow",
                "lung_monotone",
                "lung_years_timefix",
                "lung_halving",
                "lung_halving_counting",
                "lung_fractional_weights",
                "lung_time_zero");
    }

    static List<String> modelsWithLinearPredictors() {
        return allModels().stream().filter(m -> ReferenceCase.load(m).has("lp")).toList();
    }

    static List<String> modelsWithNewdata() {
        return allModels().stream()
                .filter(m -> ReferenceCase.load(m).has("newdata"))
                .toList();
    }

    @ParameterizedTest
    @MethodSource("allModels")
    void fitMatchesCoxph(String name) {
        ReferenceCase ref = ReferenceCase.load(name);
        CoxResult r = CoxModel.fit(ref.design(), ref.ties()).result();
        List<CoxTerm> terms = r.terms();
        assertThat(terms).hasSize(ref.json().get("terms").size());
        assertClose(
                "coef",
                terms.stream().mapToDouble(CoxTerm::coef).toArray(),
                ref.numbers("coef"),
                tolerance(name, RelativeError.COEFFICIENTS));
        assertClose(
                "se",
                terms.stream().mapToDouble(CoxTerm::se).toArray(),
                ref.numbers("se"),
                tolerance(name, RelativeError.STANDARD_ERRORS));
        assertClose(
                "loglik",
                new double[] {r.loglikNull(), r.loglik()},
                ref.numbers("loglik"),
                tolerance(name, RelativeError.STATISTICS));
        assertThat(r.iterations())
                .as("iterations")
                .isEqualTo(ref.json().get("iter").asInt());
        assertThat(r.n()).isEqualTo(ref.json().get("n").asInt());
        assertThat(r.events()).isEqualTo(ref.json().get("nevent").asInt());
        assertThat(r.dropped()).isEqualTo(ref.json().get("dropped").asInt());
    }

    @ParameterizedTest
    @MethodSource("allModels")
    void summaryColumnsAndTestsMatchSummaryCoxph(String name) {
        ReferenceCase ref = ReferenceCase.load(name);
        CoxResult r = CoxModel.fit(ref.design(), ref.ties()).result();
        List<CoxTerm> terms = r.terms();
        assertClose(
                "z",
                terms.stream().mapToDouble(CoxTerm::z).toArray(),
                ref.numbers("z"),
                tolerance(name, RelativeError.COEFFICIENTS));
        assertClose(
                "p",
                terms.stream().mapToDouble(CoxTerm::p).toArray(),
                ref.numbers("p"),
                tolerance(name, RelativeError.P_VALUES));
        assertClose(
                "hr",
                terms.stream().mapToDouble(CoxTerm::hr).toArray(),
                ref.numbers("hr"),
                tolerance(name, RelativeError.COEFFICIENTS));
        assertClose(
                "hr_lower",
                terms.stream().mapToDouble(CoxTerm::hrLower).toArray(),
                ref.numbers("hr_lower"),
                tolerance(name, RelativeError.COEFFICIENTS));
        assertClose(
                "hr_upper",
                terms.stream().mapToDouble(CoxTerm::hrUpper).toArray(),
                ref.numbers("hr_upper"),
                tolerance(name, RelativeError.COEFFICIENTS));
        if (ref.has("robust_se")) {
            assertThat(terms).allSatisfy(t -> assertThat(t.robustSe()).isPresent());
            assertClose(
                    "robust_se",
                    terms.stream().mapToDouble(t -> t.robustSe().getAsDouble()).toArray(),
                    ref.numbers("robust_se"),
                    tolerance(name, RelativeError.STANDARD_ERRORS));
        } else {
            assertThat(terms).allSatisfy(t -> assertThat(t.robustSe()).isEmpty());
        }
        assertTest("likelihood ratio", r.likelihoodRatio(), ref.numbers("lr"), name);
        assertTest("wald", r.wald(), ref.numbers("wald"), name);
        assertTest("score", r.score(), ref.numbers("score"), name);
        assertClose(
                "means",
                r.means().stream().mapToDouble(Double::doubleValue).toArray(),
                ref.numbers("means"),
                tolerance(name, RelativeError.STANDARD_ERRORS));
    }

    @ParameterizedTest
    @MethodSource("allModels")
    void concordanceAndItsStandardErrorMatchSummaryCoxph(String name) {
        ReferenceCase ref = ReferenceCase.load(name);
        Concordance c = CoxModel.fit(ref.design(), ref.ties()).result().concordance();
        assertClose(
                "concordance",
                new double[] {c.concordance(), c.standardError()},
                ref.numbers("concordance"),
                tolerance(name, RelativeError.CONCORDANCE));
    }

    @ParameterizedTest
    @MethodSource("allModels")
    void baselineHazardMatchesBasehazCentred(String name) {
        ReferenceCase ref = ReferenceCase.load(name);
        List<SurvivalCurve> baseline = CoxModel.fit(ref.design(), ref.ties()).baselineHazard();
        double[] times = ref.numbers("basehaz_time");
        double[] hazard = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            String stratum = ref.has("basehaz_strata")
                    ? ref.json().get("basehaz_strata").get(i).asText()
                    : "";
            SurvivalCurve c = baseline.stream()
                    .filter(k -> k.stratum().equals(stratum))
                    .findFirst()
                    .orElseThrow();
            hazard[i] = c.cumulativeHazardAt(times[i]);
        }
        assertClose("basehaz", hazard, ref.numbers("basehaz_hazard"), tolerance(name, RelativeError.CURVES));
    }

    private static void assertTest(String what, ChiSquareTest actual, double[] expected, String name) {
        assertClose(what + " statistic", actual.statistic(), expected[0], tolerance(name, RelativeError.STATISTICS));
        assertThat(actual.df()).as(what + " df").isEqualTo((int) expected[1]);
        assertClose(what + " p", actual.p(), expected[2], tolerance(name, RelativeError.P_VALUES));
    }

    /** The quantity's tolerance, or the diverging model's. */
    private static double tolerance(String name, double quantity) {
        return name.equals("lung_monotone") ? RelativeError.DIVERGING : quantity;
    }

    @ParameterizedTest
    @MethodSource("modelsWithLinearPredictors")
    void linearPredictorIsCentredAsPredictCoxph(String name) {
        ReferenceCase ref = ReferenceCase.load(name);
        CoxModel model = CoxModel.fit(ref.design(), ref.ties());
        double[] rows = ref.numbers("lp_rows");
        double[] lp = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            int row = (int) rows[i] - 1;
            lp[i] = model.linearPredictor(
                    ref.design().encode(ref.table(), row), ref.design().stratumLabel(ref.table(), row));
        }
        assertClose("lp", lp, ref.numbers("lp"), tolerance(name, RelativeError.LINEAR_PREDICTORS));
    }

    @ParameterizedTest
    @MethodSource("modelsWithNewdata")
    void survivalCurveForNewdataMatchesSurvfitCoxph(String name) {
        ReferenceCase ref = ReferenceCase.load(name);
        CoxModel model = CoxModel.fit(ref.design(), ref.ties());
        List<SurvivalCurve> curves = model.survivalCurves(ref.design().encode(ref.newdata()));
        double[] times = ref.numbers("times");
        double[] surv = new double[times.length];
        double[] cumhaz = new double[times.length];
        for (int i = 0; i < times.length; i++) {
            String stratum = ref.has("strata") ? ref.json().get("strata").get(i).asText() : "";
            SurvivalCurve c = curves.stream()
                    .filter(k -> k.stratum().equals(stratum))
                    .findFirst()
                    .orElseThrow();
            surv[i] = c.survivalAt(times[i]);
            cumhaz[i] = c.cumulativeHazardAt(times[i]);
        }
        assertClose("cumhaz", cumhaz, ref.numbers("cumhaz"), tolerance(name, RelativeError.CURVES));
        assertClose("surv", surv, ref.numbers("surv"), tolerance(name, RelativeError.CURVES));
    }
}
