package org.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.testing.SampleData;

/** {@code precis molecular pam50} on the shared sets, against genefu's calls, and on bad input. */
class MolecularCommandsTest {

    @TempDir
    Path folder;

    private final Path expression = SampleData.path("samples/expression/genefu_vdxs_expression.csv");
    private final Path annotation = SampleData.path("samples/expression/genefu_vdxs_annotation.csv");

    @Test
    void writesGenefusCallsWithAProvenanceSidecar() throws Exception {
        Path calls = folder.resolve("calls.csv");
        CommandRun run = CommandRun.of(
                "molecular",
                "pam50",
                "--expression",
                expression.toString(),
                "--annotation",
                annotation.toString(),
                "-o",
                calls.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err().strip())
                .isEqualTo("precis: warning: " + expression + ": 32 of the 50 PAM50 genes mapped (by EntrezGene.ID in "
                        + annotation + "); subtypes are called from these, as genefu does");
        assertThat(run.out()).contains("150 samples, 32 of 50 PAM50 genes mapped");
        List<String> lines = Files.readAllLines(calls);
        assertThat(lines.get(0))
                .isEqualTo("sample,subtype,cor_Basal,cor_Her2,cor_LumA,cor_LumB,cor_Normal,prob_Basal,prob_Her2,"
                        + "prob_LumA,prob_LumB,prob_Normal,ror_s,ror_s_risk");
        List<String> genefu = genefu("vdxs_pam50_genefu.csv");
        assertThat(lines).hasSameSizeAs(genefu);
        for (int i = 1; i < lines.size(); i++) {
            String[] ours = lines.get(i).split(",", -1);
            String[] theirs = genefu.get(i).split(",", -1);
            assertThat(ours).hasSameSizeAs(theirs);
            assertThat(ours[0]).isEqualTo(theirs[0]);
            assertThat(ours[1]).isEqualTo(theirs[1]);
            assertThat(ours[13]).isEqualTo(theirs[13]);
            for (int k = 2; k <= 12; k++) {
                // the CSV holds each double exactly (shortest round-trip text), and genefu's are bit-identical
                assertThat(Double.parseDouble(ours[k]))
                        .as(ours[0] + " column " + k)
                        .isEqualTo(Double.parseDouble(theirs[k]));
            }
        }
        String sidecar = Files.readString(folder.resolve("calls.provenance.json"));
        assertThat(sidecar)
                .contains("\"expression\" : \"3a0bb5a2fdf62f5fb4f41986e75d87c15d9b6d87cd0db5a4a9665641fff82867\"")
                .contains("\"annotation\" : \"7b53f0af18ceea6690c05d0ce1076dc332a6326426a79a5808acd2a304c69a0e\"")
                .contains("\"genes_mapped\" : 32")
                .contains("\"software\" : \"precis " + PrecisCommand.VERSION + "\"")
                .contains("\"centroids\" : \"genefu 2.39.1 pam50 centroids");
    }

    @Test
    void printsTheRunAsJson() {
        Path calls = folder.resolve("calls.csv");
        CommandRun run = CommandRun.of(
                "molecular",
                "pam50",
                "--expression",
                expression.toString(),
                "--annotation",
                annotation.toString(),
                "-o",
                calls.toString(),
                "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("\"genes_mapped\" : 32")
                .contains("\"Basal\" : 50")
                .contains("\"LumA\" : 55")
                .contains("\"provenance_file\"");
    }

    @Test
    void aCellThatIsNotANumberIsOneLineAndNoFile() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(expression));
        lines.set(3, lines.get(3).replaceFirst(",([-0-9.]+),", ",n/a,"));
        Path bad = Files.write(folder.resolve("bad.csv"), lines);
        Path calls = folder.resolve("calls.csv");
        CommandRun run = CommandRun.of(
                "molecular",
                "pam50",
                "--expression",
                bad.toString(),
                "--annotation",
                annotation.toString(),
                "-o",
                calls.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip())
                .startsWith("precis: " + bad + ": line 4: column 2 (probe 200039_s_at): 'n/a' is not a number");
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(folder.resolve("calls.csv")).doesNotExist();
        assertThat(folder.resolve("calls.provenance.json")).doesNotExist();
    }

    @Test
    void tooFewGenesIsRefusedWithTheNumbers() {
        CommandRun run = CommandRun.of(
                "molecular",
                "pam50",
                "--expression",
                expression.toString(),
                "--annotation",
                annotation.toString(),
                "-o",
                folder.resolve("calls.csv").toString(),
                "--min-genes",
                "33");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip())
                .isEqualTo("precis: " + expression + ": only 32 of the 50 PAM50 genes have a probe with values (by "
                        + "EntrezGene.ID in " + annotation + "); Precis calls no subtype from fewer than 33");
    }

    @Test
    void aMissingOptionOrAnImpossibleMinimumIsAUsageError() {
        CommandRun missing = CommandRun.of("molecular", "pam50", "--expression", expression.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        CommandRun minimum = CommandRun.of(
                "molecular",
                "pam50",
                "--expression",
                expression.toString(),
                "--annotation",
                annotation.toString(),
                "-o",
                folder.resolve("calls.csv").toString(),
                "--min-genes",
                "51");
        assertThat(minimum.exitCode()).isEqualTo(2);
        assertThat(minimum.err().strip()).isEqualTo("precis: the minimum of mapped genes must be from 1 to 50, was 51");
        CommandRun area = CommandRun.of("molecular");
        assertThat(area.exitCode()).isEqualTo(2);
    }

    @Test
    void measuresWhatRorSAddsToAClinicalModelAcrossCohorts() throws Exception {
        Path dir = expression.getParent();
        Path models = folder.resolve("models");
        CommandRun run = CommandRun.of(
                "molecular",
                "added-value",
                "--develop-expression",
                dir.resolve("genefu_nkis_expression.csv").toString(),
                "--develop-annotation",
                dir.resolve("genefu_nkis_annotation.csv").toString(),
                "--develop-clinical",
                dir.resolve("genefu_nkis_clinical.csv").toString(),
                "--validate-expression",
                expression.toString(),
                "--validate-annotation",
                annotation.toString(),
                "--validate-clinical",
                dir.resolve("genefu_vdxs_clinical.csv").toString(),
                "--time",
                "t.dmfs",
                "--event",
                "e.dmfs",
                "--clinical",
                "age,er,grade",
                "--save-models",
                models.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        // the likelihood ratio and both C's equal R's survival (AddedValueStudyTest); here the wiring
        assertThat(run.out())
                .contains("146 subjects with every variable, 53 events")
                .contains("chi2 8.053 on 1 df, p = 0.004544")
                .contains("Harrell's C                0.5470     0.5675")
                .contains("no clear gain in discrimination");
        assertThat(models.resolve("base.json")).exists();
        assertThat(models.resolve("extended.json")).exists();
    }

    @Test
    void anAddedCovariateTheTablesLackIsOneLine() {
        Path dir = expression.getParent();
        CommandRun run = CommandRun.of(
                "molecular",
                "added-value",
                "--develop-expression",
                expression.toString(),
                "--develop-annotation",
                annotation.toString(),
                "--develop-clinical",
                dir.resolve("genefu_vdxs_clinical.csv").toString(),
                "--validate-expression",
                expression.toString(),
                "--validate-annotation",
                annotation.toString(),
                "--validate-clinical",
                dir.resolve("genefu_vdxs_clinical.csv").toString(),
                "--time",
                "t.dmfs",
                "--event",
                "e.dmfs",
                "--clinical",
                "age,er",
                "--add",
                "ki67");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("no column 'ki67'");
    }

    private static List<String> genefu(String resource) throws Exception {
        Path golden = Path.of("../molecular/src/test/resources/reference").resolve(resource);
        try (InputStream in = Files.newInputStream(golden)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
