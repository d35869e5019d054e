package org.precis.survival.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.precis.survival.validation.Reference.numbers;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.precis.survival.cox.CoxModel;
import org.precis.survival.cox.Ties;
import org.precis.survival.data.CoxDesign;
import org.precis.survival.data.DesignSpec;
import org.precis.survival.data.SurvivalTable;

/**
 * A saved model's predicted curve and its band against {@code summary(survfit(fit, newdata))},
 * written by src/test/fixtures/validation/make_curve_reference.R: Efron and Breslow ties, strata,
 * clusters (R uses the robust variance) and a factor, each patient's curve at every event time of
 * its stratum.
 */
class PredictedCurvesMatchRTest {
    private static final JsonNode R = Reference.load("predicted_curves");

    /** Survival [measured 1.7e-14, veteran: small survival late on]. */
    static final double SURVIVAL = 5e-14;
    /** R's std.err of the survival [measured 1.7e-14]. */
    static final double STD_ERR = 5e-14;
    /** Lower and upper limits [measured 3.6e-14]. */
    static final double LIMITS = 1e-13;

    record Case(String name, String file, Function<DesignSpec.Builder, DesignSpec.Builder> spec, Ties ties) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                        new Case(
                                "lung_efron",
                                "survival_lung.csv",
                                b -> b.event("status", 2).covariates("age", "sex", "ph.ecog"),
                                Ties.EFRON),
                        new Case(
                                "lung_breslow",
                                "survival_lung.csv",
                                b -> b.event("status", 2).covariates("age", "sex", "ph.ecog"),
                                Ties.BRESLOW),
                        new Case(
                                "lung_strata",
                                "survival_lung.csv",
                                b -> b.event("status", 2)
                                        .covariates("age", "ph.ecog")
                                        .strata("sex"),
                                Ties.EFRON),
                        new Case(
                                "lung_cluster",
                                "survival_lung.csv",
                                b -> b.event("status", 2)
                                        .covariates("age", "sex", "ph.ecog")
                                        .cluster("inst"),
                                Ties.EFRON),
                        new Case(
                                "veteran_celltype",
                                "survival_veteran.csv",
                                b -> b.event("status").covariates("karno", "age", "celltype"),
                                Ties.EFRON))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void curveAndBandMatchSurvfit(Case c) throws Exception {
        JsonNode ref = caseNamed(c.name());
        assertThat(ref.get("ties").asText()).isEqualTo(c.ties().name().toLowerCase(java.util.Locale.ROOT));
        SurvivalTable table = Reference.clinical(c.file());
        DesignSpec spec = c.spec().apply(CoxDesign.builder().time("time")).spec();
        CoxDesign design = spec.on(table);
        SavedCoxModel fitted = SavedCoxModel.of(
                spec,
                design,
                CoxModel.fit(design, c.ties()),
                new ModelProvenance("0".repeat(64), table.columnNames(), "test", "2026-12-06"));
        // through the file, as the report reads it
        java.nio.file.Path file = java.nio.file.Files.createTempFile("curve", ".json");
        new SavedCoxModelFile().write(fitted, file);
        SavedCoxModel saved = new SavedCoxModelFile().read(file);
        java.nio.file.Files.delete(file);
        double[] worst = new double[4];
        for (JsonNode patient : ref.get("patients")) {
            int row = patient.get("row").asInt() - 1;
            String stratum = saved.stratumOf(table, row);
            assertThat(stratum).isEqualTo(patient.get("stratum").asText());
            PredictedCurve curve = saved.predict(saved.encode(table, row), stratum);
            ConfidenceBand band = curve.band().orElseThrow();
            assertThat(unboxed(curve.times())).containsExactly(numbers(patient.get("time")));
            String what = c.name() + " row " + (row + 1);
            worst[0] = Math.max(worst[0], check(what + " surv", curve.survival(), patient.get("surv"), SURVIVAL));
            worst[1] = Math.max(
                    worst[1], check(what + " std.err", band.standardErrors(), patient.get("std_err"), STD_ERR));
            worst[2] = Math.max(worst[2], check(what + " lower", band.lower(), patient.get("lower"), LIMITS));
            worst[3] = Math.max(worst[3], check(what + " upper", band.upper(), patient.get("upper"), LIMITS));
        }
        System.out.printf(
                "%s worst relative error: surv %.2g, std.err %.2g, lower %.2g, upper %.2g%n",
                c.name(), worst[0], worst[1], worst[2], worst[3]);
    }

    private static double check(String what, List<Double> actual, JsonNode expected, double tolerance) {
        double[] r = numbers(expected);
        assertThat(actual).as(what + " length").hasSize(r.length);
        double worst = 0;
        for (int i = 0; i < r.length; i++) {
            double a = actual.get(i);
            double err = a == r[i] ? 0 : Math.abs(a - r[i]) / Math.abs(r[i]);
            assertThat(err).as("%s[%d]: %s vs R %s", what, i, a, r[i]).isLessThanOrEqualTo(tolerance);
            worst = Math.max(worst, err);
        }
        return worst;
    }

    private static double[] unboxed(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static JsonNode caseNamed(String name) {
        for (JsonNode c : R.get("cases")) {
            if (c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new IllegalStateException("no case " + name);
    }
}
