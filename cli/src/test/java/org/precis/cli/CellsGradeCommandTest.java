package org.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.precis.testing.SampleData;

/**
 * {@code precis cells grade} on BreCaHAD fields: components, scores, intervals, research-use label,
 * bad input (an argument the command refuses exits 2 with one line, as every command here).
 */
class CellsGradeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SET = SampleData.path("samples/cells/brecahad");

    private static String image(String name) {
        return SET.resolve("images").resolve(name + ".jpg").toString();
    }

    @Test
    void gradesAnnotatedPointsWithoutAreasLeavingPleomorphismAndTubulesOpen() throws Exception {
        CommandRun run = CommandRun.of(
                "cells",
                "grade",
                "--data",
                SampleData.root().toString(),
                image("Case_12-01"),
                image("Case_12-02"),
                "--mpp",
                "0.32",
                "--nuclei",
                SET.resolve("annotations").toString(),
                "--replicates",
                "200",
                "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode out = JSON.readTree(run.out());
        assertThat(out.get("research_use").asText()).isEqualTo("research use only, not a diagnosis");
        assertThat(out.get("fields").asInt()).isEqualTo(2);
        JsonNode mitotic = out.get("mitotic_count");
        assertThat(mitotic.get("field_diameter_mm").asDouble()).isEqualTo(0.5);
        assertThat(mitotic.get("score").asInt()).isBetween(1, 3);
        assertThat(mitotic.get("hot_spot_short_of_10_hpf").asBoolean()).isTrue();
        assertThat(mitotic.get("bootstrap").get("score_probabilities")).hasSize(3);
        assertThat(out.get("nuclear_pleomorphism").get("not_estimated").asText())
                .contains("areas");
        assertThat(out.get("tubule_formation").get("not_estimated").asText()).contains("lumina");
        assertThat(out.has("grade")).isFalse();
        assertThat(out.get("possible_grades").size()).isPositive();
    }

    @Test
    void detectsClassifiesMeasuresAndFindsLuminaToGiveTheGrade() {
        CommandRun run = CommandRun.of(
                "cells",
                "grade",
                "--data",
                SampleData.root().toString(),
                image("Case_12-03"),
                "--mpp",
                "0.32",
                "--replicates",
                "100",
                "--field-diameter",
                "0.55");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("research use only, not a diagnosis")
                .contains("per 10 HPF of 0.55 mm")
                .contains("mitotic score")
                .contains("nuclear pleomorphism score 3")
                .contains("tubule formation 0%: score 3")
                .contains("grade 3 (P(grade 1, 2, 3) = 0.00, 0.00, 1.00)")
                .contains("one HPF block: the bootstrap has no spread to show");
    }

    @Test
    void anAbsurdFieldDiameterIsOneLineNamingIt() {
        CommandRun run = CommandRun.of(
                "cells",
                "grade",
                "--data",
                SampleData.root().toString(),
                image("Case_12-01"),
                "--mpp",
                "0.32",
                "--nuclei",
                SET.resolve("annotations").toString(),
                "--field-diameter",
                "2");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1).first().asString().contains("field diameter");
    }

    @Test
    void aMissingNucleiFileIsOneLineNamingIt() {
        CommandRun run = CommandRun.of(
                "cells",
                "grade",
                "--data",
                SampleData.root().toString(),
                image("Case_12-01"),
                "--mpp",
                "0.32",
                "--nuclei",
                SET.toString());
        assertThat(run.exitCode()).isEqualTo(ErrorReporter.INPUT_FAILURE);
        assertThat(run.err().lines()).hasSize(1).first().asString().contains("Case_12-01.csv");
    }

    @Test
    void trainingWithoutAnOutputOrCompareIsAUsageError() {
        CommandRun run = CommandRun.of("cells", "train-classifier");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("-o");
    }

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path folder;

    @Test
    void writesTheJsonAndOneOverlayPerField() throws Exception {
        java.nio.file.Path json = folder.resolve("grade.json");
        CommandRun run = CommandRun.of(
                "cells",
                "grade",
                "--data",
                SampleData.root().toString(),
                image("Case_12-03"),
                image("Case_12-04"),
                "--mpp",
                "0.32",
                "--replicates",
                "100",
                "--overlay",
                folder.toString(),
                "-o",
                json.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(JSON.readTree(json.toFile()).get("fields").asInt()).isEqualTo(2);
        for (String name : java.util.List.of("Case_12-03", "Case_12-04")) {
            java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(
                    folder.resolve(name + ".cells-overlay.png").toFile());
            assertThat(png.getWidth()).isEqualTo(1360);
            assertThat(png.getHeight()).isGreaterThan(1024);
        }

        CommandRun withPoints = CommandRun.of(
                "cells",
                "grade",
                image("Case_12-03"),
                "--mpp",
                "0.32",
                "--nuclei",
                SET.resolve("annotations").toString(),
                "--overlay",
                folder.toString());
        assertThat(withPoints.exitCode()).isEqualTo(2);
        assertThat(withPoints.err()).contains("--overlay draws detected nuclei").hasLineCount(1);
    }
}
