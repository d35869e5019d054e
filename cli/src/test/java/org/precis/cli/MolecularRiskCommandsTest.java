package org.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.testing.SampleData;

/** {@code precis molecular risk} and {@code precis molecular report}: the wiring and bad input. */
class MolecularRiskCommandsTest {

    @TempDir
    Path folder;

    private final Path expression = SampleData.path("samples/expression");

    @Test
    void validatesBothWaysAcrossASplitColumnAndDrawsCalibration() throws Exception {
        CommandRun run = risk(
                "--validate",
                "test",
                "--both-directions",
                "--clinical",
                "age_at_diagnosis,ER_positive,hormone_treatment,radiotherapy,chemotherapy",
                "--add",
                "MKI67,EGFR,PGR,ERBB2",
                "--bootstrap",
                "200",
                "--plot",
                folder.resolve("plots").toString(),
                "--save-models",
                folder.resolve("models").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        // the likelihood ratio and both C's equal R's survival (MetabricRiskTest); here the wiring
        assertThat(run.out())
                .contains("split in [train], 1523 subjects with every variable, 887 events")
                .contains("chi2 33.170 on 4 df")
                .contains("split in [test], 381 subjects with every variable, 216 events");
        assertThat(ImageIO.read(folder.resolve("plots/calibration.png").toFile())
                        .getWidth())
                .isPositive();
        assertThat(folder.resolve("plots/calibration-reversed.png")).isNotEmptyFile();
        assertThat(folder.resolve("models/extended-reversed.json")).isNotEmptyFile();
    }

    @Test
    void printsBothDirectionsAsOneJsonList() {
        CommandRun run = risk(
                "--validate",
                "test",
                "--both-directions",
                "--clinical",
                "age_at_diagnosis",
                "--add",
                "MKI67",
                "--bootstrap",
                "100",
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip()).startsWith("[").endsWith("]");
        assertThat(run.out().split("\"likelihood_ratio\"", -1)).hasSize(3);
    }

    @Test
    void aSplitValueNoRowHasIsOneLine() {
        CommandRun run = risk("--validate", "validation", "--clinical", "age_at_diagnosis", "--add", "MKI67");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("DeepSurv_metabric_IHC4_clinical.csv").contains("[validation]");
    }

    @Test
    void reportsOnePatientWithTheCurveTheSavedModelPredicts() throws Exception {
        Path models = folder.resolve("models");
        CommandRun fit = CommandRun.of(
                "molecular",
                "added-value",
                "--develop-expression",
                expression.resolve("genefu_vdxs_expression.csv").toString(),
                "--develop-annotation",
                expression.resolve("genefu_vdxs_annotation.csv").toString(),
                "--develop-clinical",
                expression.resolve("genefu_vdxs_clinical.csv").toString(),
                "--validate-expression",
                expression.resolve("genefu_nkis_expression.csv").toString(),
                "--validate-annotation",
                expression.resolve("genefu_nkis_annotation.csv").toString(),
                "--validate-clinical",
                expression.resolve("genefu_nkis_clinical.csv").toString(),
                "--time",
                "t.dmfs",
                "--event",
                "e.dmfs",
                "--clinical",
                "age,er,grade",
                "--bootstrap",
                "100",
                "--save-models",
                models.toString());
        assertThat(fit.exitCode()).as(fit.err()).isZero();
        CommandRun run = report(
                "NKI_123",
                "--model",
                models.resolve("extended.json").toString(),
                "--clinical",
                expression.resolve("genefu_nkis_clinical.csv").toString(),
                "--plot",
                folder.resolve("curve.svg").toString(),
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        // the curve equals R's survfit(fit, newdata) (PatientReportsTest); here the wiring
        assertThat(run.out())
                .contains("\"subtype\" : \"LumA\"")
                .contains("\"ror_s_risk\" : \"Intermediate\"")
                .contains("\"risk_group_name\" : \"intermediate\"")
                .contains("\"linear_predictor\" : -0.2367934007343")
                .contains("\"confidence_level\" : 0.95", "\"std_err\" : [", "\"lower\" : [", "\"upper\" : [");
        assertThat(folder.resolve("curve.svg")).content().contains("<svg").contains("Dashed lines");

        // a model file from before the band (format 1: no formatVersion, no curveVariance) still reads
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode)
                mapper.readTree(models.resolve("extended.json").toFile());
        tree.remove(java.util.List.of("formatVersion", "curveVariance"));
        Path format1 = folder.resolve("format1.json");
        mapper.writeValue(format1.toFile(), tree);
        CommandRun old = report(
                "NKI_123",
                "--model",
                format1.toString(),
                "--clinical",
                expression.resolve("genefu_nkis_clinical.csv").toString());
        assertThat(old.exitCode()).as(old.err()).isZero();
        assertThat(old.out())
                .contains("predicted survival at")
                .doesNotContain("95% CI")
                .contains("no confidence band: the model file is format 1");
    }

    @Test
    void aSampleTheTableLacksIsOneLineAndAModelWithoutClinicalIsAUsageError() {
        CommandRun missing = report("VDX_3");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err().strip().lines()).hasSize(1);
        assertThat(missing.err())
                .contains("genefu_nkis_expression.csv")
                .contains("'VDX_3' is not in the expression table");
        CommandRun usage = report("NKI_123", "--model", "m.json");
        assertThat(usage.exitCode()).isEqualTo(2);
    }

    /** {@code molecular risk} on DeepSurv's METABRIC IHC4 table, developed on its train rows. */
    private static CommandRun risk(String... options) {
        return CommandRun.of(concat(
                new String[] {
                    "molecular",
                    "risk",
                    "--data",
                    SampleData.path("samples/clinical/DeepSurv_metabric_IHC4_clinical.csv")
                            .toString(),
                    "--split",
                    "split",
                    "--develop",
                    "train",
                    "--time",
                    "time_months",
                    "--event",
                    "event"
                },
                options));
    }

    /** {@code molecular report} on nkis's expression, then {@code --sample} and the options. */
    private CommandRun report(String... sampleAndOptions) {
        return CommandRun.of(concat(
                new String[] {
                    "molecular",
                    "report",
                    "--expression",
                    expression.resolve("genefu_nkis_expression.csv").toString(),
                    "--annotation",
                    expression.resolve("genefu_nkis_annotation.csv").toString(),
                    "--sample"
                },
                sampleAndOptions));
    }

    private static String[] concat(String[] head, String[] tail) {
        String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
