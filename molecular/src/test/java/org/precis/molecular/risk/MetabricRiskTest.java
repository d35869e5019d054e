package org.precis.molecular.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.precis.survival.data.CoxDesign;
import org.precis.survival.data.DesignSpec;
import org.precis.survival.data.SurvivalTable;
import org.precis.survival.validation.ModelProvenance;
import org.precis.testing.SampleData;

/**
 * The multimodal studies on METABRIC, each developed on one part and validated on the other, both
 * ways: clinical against clinical + PAM50 subtype split by the cBioPortal Cohort column, and clinical
 * against clinical + four expression markers split by DeepSurv's train/test column. The
 * likelihood-ratio test and both Harrell's C against R's survival (make_metabric_risk_reference.R).
 */
class MetabricRiskTest {

    private static final List<String> CBIOPORTAL_CLINICAL = List.of(
            "Age at Diagnosis",
            "Tumor Size",
            "Lymph nodes examined positive",
            "Neoplasm Histologic Grade",
            "ER Status",
            "PR Status",
            "HER2 Status");

    @Test
    void pam50SubtypeOnTopOfClinicalAcrossMetabricCohorts() throws IOException {
        SurvivalTable table = new CohortRecoding("Relapse Free Status", Optional.of("Recurred"), Set.of("NC"))
                .apply(SurvivalTable.readCsv(
                        SampleData.path("samples/clinical/METABRIC_cBioPortal_kaggle_2509x34.csv")));
        CohortSplit split = new CohortSplit("Cohort", List.of("1", "2"), List.of("3", "4", "5"));
        check(
                "metabric_cohort",
                table,
                split,
                "Relapse Free Status (Months)",
                "Relapse Free Status",
                CBIOPORTAL_CLINICAL,
                List.of("Pam50 + Claudin-low subtype"));
    }

    @Test
    void expressionMarkersOnTopOfClinicalAcrossDeepSurvSplit() throws IOException {
        SurvivalTable table =
                SurvivalTable.readCsv(SampleData.path("samples/clinical/DeepSurv_metabric_IHC4_clinical.csv"));
        check(
                "deepsurv_ihc4",
                table,
                new CohortSplit("split", List.of("train"), List.of("test")),
                "time_months",
                "event",
                List.of("age_at_diagnosis", "ER_positive", "hormone_treatment", "radiotherapy", "chemotherapy"),
                List.of("MKI67", "EGFR", "PGR", "ERBB2"));
    }

    private static void check(
            String study,
            SurvivalTable table,
            CohortSplit forward,
            String time,
            String event,
            List<String> clinical,
            List<String> added)
            throws IOException {
        List<String> all = new ArrayList<>(clinical);
        all.addAll(added);
        DesignSpec base =
                CoxDesign.builder().time(time).event(event).covariates(clinical).spec();
        DesignSpec extended =
                CoxDesign.builder().time(time).event(event).covariates(all).spec();
        List<String[]> golden = golden(study);
        int k = 0;
        for (CohortSplit split : List.of(forward, forward.reversed())) {
            AddedValue value = new AddedValueStudy(100, new Random(15))
                    .assess(
                            base,
                            extended,
                            split.development(table),
                            split.validation(table),
                            new ModelProvenance("0".repeat(64), table.columnNames(), "test", "2026-12-06"));
            String[] r = golden.get(k++);
            double lrRelative = Math.abs(value.likelihoodRatio() / Double.parseDouble(r[5]) - 1);
            double pRelative = Math.abs(value.likelihoodRatioP() / Double.parseDouble(r[6]) - 1);
            double cDifference = Math.max(
                    Math.abs(value.base().harrell().concordance() - Double.parseDouble(r[8])),
                    Math.abs(value.extended().harrell().concordance() - Double.parseDouble(r[9])));
            System.out.printf(
                    "%s developed on %s: LR %.6g on %d df (relative to R %.3g), p relative %.3g; Harrell C %.4f ->"
                            + " %.4f (to R %.3g); slope %.3f -> %.3f%n",
                    study,
                    split.develop(),
                    value.likelihoodRatio(),
                    value.degreesOfFreedom(),
                    lrRelative,
                    pRelative,
                    value.base().harrell().concordance(),
                    value.extended().harrell().concordance(),
                    cDifference,
                    value.base().slope().slope(),
                    value.extended().slope().slope());
            assertThat(value.developmentSubjects()).isEqualTo(Integer.parseInt(r[2]));
            assertThat(value.developmentEvents()).isEqualTo(Integer.parseInt(r[3]));
            assertThat(value.degreesOfFreedom()).isEqualTo(Integer.parseInt(r[4]));
            assertThat(value.base().subjects()).isEqualTo(Integer.parseInt(r[7]));
            assertThat(lrRelative).isLessThan(TOLERANCE_LR);
            assertThat(pRelative).isLessThan(TOLERANCE_P);
            assertThat(cDifference).isLessThan(TOLERANCE_C);
        }
    }

    // measured 2026-12-06: LR 1.1e-13 relative, p 1.3e-11 relative (p = 1.1e-6), C 0; bounds about 10x
    private static final double TOLERANCE_LR = 1e-12;
    private static final double TOLERANCE_P = 1e-10;
    private static final double TOLERANCE_C = 1e-15;

    private static List<String[]> golden(String study) throws IOException {
        try (var in = MetabricRiskTest.class.getResourceAsStream("/reference/metabric_risk_survival.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(l -> l.split(","))
                    .filter(f -> f[0].equals(study))
                    .toList();
        }
    }
}
