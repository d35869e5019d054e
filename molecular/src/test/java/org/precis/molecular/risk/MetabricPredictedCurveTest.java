package org.precis.molecular.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.precis.survival.cox.CoxModel;
import org.precis.survival.data.CoxDesign;
import org.precis.survival.data.DesignSpec;
import org.precis.survival.data.SurvivalTable;
import org.precis.survival.validation.ConfidenceBand;
import org.precis.survival.validation.ModelProvenance;
import org.precis.survival.validation.PredictedCurve;
import org.precis.survival.validation.SavedCoxModel;
import org.precis.testing.SampleData;

/**
 * The METABRIC study's model (clinical + PAM50 subtype, developed on cBioPortal cohorts 1 and 2)
 * predicting three cohort-3 patients' curves with their 95% bands, against R's {@code
 * summary(survfit(fit, newdata))} (make_metabric_curve_reference.R).
 */
class MetabricPredictedCurveTest {

    // measured 2026-12-06: survival 4.3e-15, std.err 5.8e-15, limits 6.1e-15 relative; bounds about 10x
    private static final double SURVIVAL = 5e-14;
    private static final double STD_ERR = 5e-14;
    private static final double LIMITS = 5e-14;

    @Test
    void curvesAndBandsOfCohort3PatientsMatchSurvfit() throws IOException {
        SurvivalTable table = new CohortRecoding("Relapse Free Status", Optional.of("Recurred"), Set.of("NC"))
                .apply(SurvivalTable.readCsv(
                        SampleData.path("samples/clinical/METABRIC_cBioPortal_kaggle_2509x34.csv")));
        CohortSplit split = new CohortSplit("Cohort", List.of("1", "2"), List.of("3", "4", "5"));
        DesignSpec spec = CoxDesign.builder()
                .time("Relapse Free Status (Months)")
                .event("Relapse Free Status")
                .covariates(
                        "Age at Diagnosis",
                        "Tumor Size",
                        "Lymph nodes examined positive",
                        "Neoplasm Histologic Grade",
                        "ER Status",
                        "PR Status",
                        "HER2 Status",
                        "Pam50 + Claudin-low subtype")
                .spec();
        SurvivalTable development = split.development(table);
        CoxDesign design = spec.on(development);
        SavedCoxModel model = SavedCoxModel.of(
                spec,
                design,
                CoxModel.fit(design),
                new ModelProvenance("0".repeat(64), table.columnNames(), "test", "2026-12-06"));
        SurvivalTable cohort3 = new CohortSplit("Cohort", List.of("3"), List.of("1")).development(table);
        List<String[]> golden = golden();
        double[] worst = new double[3];
        int patients = 0;
        for (String id : golden.stream().map(r -> r[0]).distinct().toList()) {
            int row = IntStream.range(0, cohort3.rowCount())
                    .filter(r -> cohort3.column("Patient ID").text(r).orElse("").equals(id))
                    .findFirst()
                    .orElseThrow();
            PredictedCurve curve = model.predict(model.encode(cohort3, row), "");
            ConfidenceBand band = curve.band().orElseThrow();
            List<String[]> rows = golden.stream().filter(r -> r[0].equals(id)).toList();
            assertThat(curve.times()).hasSize(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                String[] r = rows.get(i);
                assertThat(curve.times().get(i)).isEqualTo(Double.parseDouble(r[1]));
                worst[0] = Math.max(worst[0], relative(curve.survival().get(i), r[2]));
                worst[1] = Math.max(worst[1], relative(band.standardErrors().get(i), r[3]));
                worst[2] = Math.max(worst[2], relative(band.lower().get(i), r[4]));
                worst[2] = Math.max(worst[2], relative(band.upper().get(i), r[5]));
            }
            patients++;
        }
        System.out.printf(
                "METABRIC cohort-3 curves against R survfit: survival %.3g, std.err %.3g, limits %.3g relative%n",
                worst[0], worst[1], worst[2]);
        assertThat(patients).isEqualTo(3);
        assertThat(worst[0]).isLessThan(SURVIVAL);
        assertThat(worst[1]).isLessThan(STD_ERR);
        assertThat(worst[2]).isLessThan(LIMITS);
    }

    private static double relative(double actual, String r) {
        double expected = Double.parseDouble(r);
        return actual == expected ? 0 : Math.abs(actual / expected - 1);
    }

    private static List<String[]> golden() throws IOException {
        try (var in =
                MetabricPredictedCurveTest.class.getResourceAsStream("/reference/metabric_predicted_curves.csv")) {
            return new ArrayList<>(new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .map(l -> l.split(","))
                    .toList());
        }
    }
}
