package org.precis.molecular.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.precis.molecular.expression.ExpressionCsv;
import org.precis.molecular.expression.ProbeAnnotation;
import org.precis.molecular.pam50.Pam50Centroids;
import org.precis.molecular.pam50.Pam50Result;
import org.precis.molecular.pam50.Pam50Subtype;
import org.precis.molecular.pam50.Pam50Subtyping;
import org.precis.molecular.risk.ClinicalPam50Join;
import org.precis.survival.cox.CoxModel;
import org.precis.survival.data.CoxDesign;
import org.precis.survival.data.DesignSpec;
import org.precis.survival.data.SurvivalTable;
import org.precis.survival.validation.ConfidenceBand;
import org.precis.survival.validation.ModelProvenance;
import org.precis.survival.validation.SavedCoxModel;
import org.precis.table.CsvSeparator;
import org.precis.testing.SampleData;

/**
 * A patient's report: PAM50 and ROR-S as the cohort's calls, and the survival curve a model
 * developed on vdxs predicts for an nkis patient, against R's {@code survfit(fit, newdata)}
 * (make_patient_report_reference.R).
 */
class PatientReportsTest {

    private static Pam50Result pam50(String set) throws IOException {
        Path dir = SampleData.path("samples/expression");
        return new Pam50Subtyping(Pam50Centroids.genefu(), Pam50Subtyping.DEFAULT_MINIMUM_GENES)
                .run(
                        new ExpressionCsv(CsvSeparator.AUTO),
                        dir.resolve("genefu_" + set + "_expression.csv"),
                        ProbeAnnotation.read(dir.resolve("genefu_" + set + "_annotation.csv"), CsvSeparator.AUTO));
    }

    private static SurvivalTable clinical(String set, Pam50Result result) throws IOException {
        return ClinicalPam50Join.join(
                SurvivalTable.readCsv(SampleData.path("samples/expression/genefu_" + set + "_clinical.csv")),
                "sample",
                result);
    }

    @Test
    void predictsThePatientsCurveAsRsSurvfit() throws IOException {
        Pam50Result vdxs = pam50("vdxs");
        DesignSpec spec = CoxDesign.builder()
                .time("t.dmfs")
                .event("e.dmfs")
                .covariates("age", "er", "grade", ClinicalPam50Join.ROR_S)
                .spec();
        SurvivalTable development = clinical("vdxs", vdxs);
        CoxDesign design = spec.on(development);
        SavedCoxModel model = SavedCoxModel.of(
                spec,
                design,
                CoxModel.fit(design),
                new ModelProvenance("0".repeat(64), development.columnNames(), "test", "2026-12-06"));
        Pam50Result nkis = pam50("nkis");
        PatientReport report =
                new PatientReports(nkis, Path.of("nkis.csv")).of("NKI_123", model, clinical("nkis", nkis), "sample");

        assertThat(report.call().subtype()).contains(Pam50Subtype.LUM_A);
        assertThat(report.rorS()).isEqualTo(nkis.rorS().get(sampleIndex(nkis, "NKI_123")));
        PredictedSurvival curve = report.survival().orElseThrow();
        List<String[]> golden = golden();
        assertThat(curve.times()).hasSize(golden.size());
        ConfidenceBand band = curve.band().orElseThrow();
        double worstSurvival = 0;
        double worstStdErr = 0;
        double worstLimit = 0;
        for (int i = 0; i < golden.size(); i++) {
            String[] r = golden.get(i);
            assertThat(curve.times().get(i)).isEqualTo(Double.parseDouble(r[0]));
            worstSurvival = Math.max(worstSurvival, relative(curve.survival().get(i), r[1]));
            worstStdErr = Math.max(worstStdErr, relative(band.standardErrors().get(i), r[3]));
            worstLimit = Math.max(worstLimit, relative(band.lower().get(i), r[4]));
            worstLimit = Math.max(worstLimit, relative(band.upper().get(i), r[5]));
        }
        double lpDifference = Math.abs(curve.linearPredictor() - Double.parseDouble(golden.get(0)[2]));
        System.out.printf(
                "NKI_123 against R survfit: survival %.3g relative, linear predictor %.3g, std.err %.3g, limits %.3g;"
                        + " risk group %s%n",
                worstSurvival, lpDifference, worstStdErr, worstLimit, curve.riskGroupName());
        // measured 2026-12-06: survival 4.4e-16 relative, linear predictor 1.05e-15,
        // std.err 1.11e-15, limits 6.66e-16; bounds about 10x
        assertThat(worstSurvival).isLessThan(1e-14);
        assertThat(worstStdErr).isLessThan(1e-14);
        assertThat(worstLimit).isLessThan(1e-14);
        assertThat(lpDifference).isLessThan(1e-14);
        int expectedGroup = 1;
        for (double cut : model.riskGroupCuts()) {
            expectedGroup += curve.linearPredictor() > cut ? 1 : 0;
        }
        assertThat(curve.riskGroup()).isEqualTo(expectedGroup);

        // the same model as a format-1 file reads it: the same curve, no band
        SavedCoxModel format1 = new SavedCoxModel(
                model.outcome(),
                model.covariates(),
                model.termNames(),
                model.coefficients(),
                model.means(),
                model.strataColumns(),
                model.baseline(),
                model.ties(),
                model.riskGroupCuts(),
                model.provenance(),
                java.util.Optional.empty());
        PredictedSurvival without = new PatientReports(nkis, Path.of("nkis.csv"))
                .of("NKI_123", format1, clinical("nkis", nkis), "sample")
                .survival()
                .orElseThrow();
        assertThat(without.survival()).isEqualTo(curve.survival());
        assertThat(without.band()).isEmpty();
        assertThatThrownBy(() -> without.lowerAt(1000))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no band");
    }

    @Test
    void refusesASampleTheCohortLacks() throws IOException {
        assertThatThrownBy(() -> new PatientReports(pam50("nkis"), Path.of("nkis.csv")).of("VDX_3"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nkis.csv")
                .hasMessageContaining("'VDX_3' is not in the expression table");
    }

    private static double relative(double actual, String r) {
        double expected = Double.parseDouble(r);
        return actual == expected ? 0 : Math.abs(actual / expected - 1);
    }

    private static int sampleIndex(Pam50Result result, String sample) {
        for (int i = 0; i < result.calls().size(); i++) {
            if (result.calls().get(i).sample().equals(sample)) {
                return i;
            }
        }
        throw new AssertionError(sample);
    }

    private static List<String[]> golden() throws IOException {
        try (var in = PatientReportsTest.class.getResourceAsStream("/reference/patient_report_survival.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .map(l -> l.split(","))
                    .toList();
        }
    }
}
