package org.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.testing.SampleData;

/** {@code precis cells detect} through the real entry point. */
class CellsDetectCommandTest {

    private static final String CMU_SHA256 = "ed92d5a9f2e86df67640d6f92ce3e231419ce127131697fbbce42ad5e002c8a7";

    @TempDir
    Path folder;

    private final String svs =
            SlideCommandsTest.sample("CMU-1-Small-Region.svs").toString();
    private final String jpeg =
            SampleData.path("samples/cells/brecahad/images/Case_12-02.jpg").toString();

    @Test
    void writesQuPathDetectionsAndPrintsTheSummaryAsJson() throws Exception {
        Path output = folder.resolve("cells.geojson");
        CommandRun run = CommandRun.of(
                "cells",
                "detect",
                svs,
                "--region",
                "700,900,800,700",
                "--threads",
                "2",
                "-o",
                output.toString(),
                "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode summary = new ObjectMapper().readTree(run.out());
        long nuclei = summary.get("nuclei").asLong();
        assertThat(nuclei).isGreaterThan(100);
        assertThat(summary.get("output").asText()).isEqualTo(output.toString());
        assertThat(summary.get("region_area_mm2").asDouble()).isCloseTo(800 * 700 * 0.499 * 0.499 / 1e6, within());
        assertThat(summary.get("nuclei_per_mm2").asDouble())
                .isCloseTo(nuclei / summary.get("region_area_mm2").asDouble(), within());
        assertThat(summary.get("seconds").asDouble()).isPositive();
        assertThat(summary.at("/provenance/slide_sha256").asText()).isEqualTo(CMU_SHA256);
        assertThat(summary.at("/provenance/detector").asText()).isEqualTo("classical");
        assertThat(summary.at("/provenance/region/x").asLong()).isEqualTo(700);
        assertThat(summary.at("/provenance/software").asText()).isEqualTo("precis " + PrecisCommand.VERSION);

        JsonNode geojson = new ObjectMapper().readTree(output.toFile());
        assertThat(geojson.get("features")).hasSize((int) nuclei);
        assertThat(geojson.at("/features/0/properties/objectType").asText()).isEqualTo("detection");
        assertThat(geojson.at("/properties/provenance")).isEqualTo(summary.get("provenance"));
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }

    @Test
    void printsNucleiDensityAndWhatItWroteAsText() throws Exception {
        Path output = folder.resolve("cells.csv");
        CommandRun run = CommandRun.of(
                "cells", "detect", jpeg, "--mpp", "0.32", "--region", "0,0,600,500", "-o", output.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(
                        "Case_12-02.jpg: ",
                        " nuclei in 0.0307 mm² (given 0,0,600,500)",
                        "detector classical at 0.3200" + " µm/px",
                        "wrote " + output);
        assertThat(Files.readString(output).lines().findFirst().orElseThrow())
                .startsWith("Object ID,Class,Classification probability,Centroid X px");
        assertThat(Path.of(output + ".provenance.json")).exists();
    }

    @Test
    void badInputIsOneLineAndExitCodeOneAndWritesNothing() throws Exception {
        Path output = folder.resolve("cells.geojson");
        CommandRun outside =
                CommandRun.of("cells", "detect", svs, "--region", "2000,2900,500,500", "-o", output.toString());
        assertThat(outside.exitCode()).isEqualTo(1);
        assertThat(outside.err())
                .isEqualTo("precis: " + svs + ": region 2000,2900,500,500 (x,y,w,h) is outside the image, which is"
                        + " 2220x2967 px at level 0\n");

        CommandRun noMpp = CommandRun.of("cells", "detect", jpeg, "-o", output.toString());
        assertThat(noMpp.exitCode()).isEqualTo(1);
        assertThat(noMpp.err())
                .isEqualTo("precis: " + jpeg + ": does not state its pixel size; give the µm/px of its pixels with"
                        + " --mpp\n");

        CommandRun noFolder = CommandRun.of(
                "cells", "detect", svs, "-o", folder.resolve("nowhere/cells.h5").toString());
        assertThat(noFolder.exitCode()).isEqualTo(1);
        assertThat(noFolder.err()).contains("does not exist").hasLineCount(1);

        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void badSettingsAreUsageErrors() {
        String output = folder.resolve("cells.geojson").toString();
        CommandRun mpp = CommandRun.of("cells", "detect", jpeg, "--mpp", "0", "-o", output);
        assertThat(mpp.exitCode()).isEqualTo(2);
        assertThat(mpp.err())
                .isEqualTo("precis: " + jpeg + ": --mpp 0.0 is out of range: give the µm/px in (0," + " 100]\n");

        CommandRun extension = CommandRun.of("cells", "detect", jpeg, "--mpp", "0.32", "-o", "cells.json");
        assertThat(extension.exitCode()).isEqualTo(2);
        assertThat(extension.err()).startsWith("precis: cells.json: unknown output extension");

        CommandRun region = CommandRun.of("cells", "detect", jpeg, "--region", "1,2,3", "-o", output);
        assertThat(region.exitCode()).isEqualTo(2);
        assertThat(region.err()).contains("--region must be X,Y,W,H in level-0 pixels: 1,2,3");
    }

    @Test
    void classifiesEveryNucleusAndDrawsTheOverlay() throws Exception {
        Path output = folder.resolve("cells.geojson");
        Path overlay = folder.resolve("cells.png");
        CommandRun run = CommandRun.of(
                "cells",
                "detect",
                jpeg,
                "--mpp",
                "0.32",
                "--region",
                "300,200,800,600",
                "--tile-size",
                "400",
                "--classify",
                "--data",
                SampleData.root().toString(),
                "--overlay",
                overlay.toString(),
                "-o",
                output.toString(),
                "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode summary = new ObjectMapper().readTree(run.out());
        assertThat(summary.at("/provenance/classifier/model").asText())
                .isEqualTo("shipped brecahad-cells-nic_multitask-stain.json");
        JsonNode features = new ObjectMapper().readTree(output.toFile()).get("features");
        // the nuclei, then the mitoses called between two nuclei (the merged pass): 2 in this region
        int nuclei = summary.get("nuclei").asInt();
        int between = summary.get("mitoses_between_nuclei").asInt();
        assertThat(nuclei).isGreaterThan(50);
        assertThat(between).isPositive();
        assertThat(features).hasSize(nuclei + between);
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < features.size(); i++) {
            JsonNode feature = features.get(i);
            names.add(feature.at("/properties/classification/name").asText());
            JsonNode area = feature.at("/properties/measurements/Nucleus: Area µm^2");
            if (i < nuclei) {
                assertThat(area.asDouble()).isPositive();
            } else {
                assertThat(feature.at("/properties/classification/name").asText())
                        .isEqualTo("Mitosis");
                assertThat(area.isNull())
                        .as("a mitosis between two nuclei has no nucleus area")
                        .isTrue();
            }
        }
        assertThat(names).contains("Tumor", "Non-tumor").isSubsetOf("Tumor", "Non-tumor", "Mitosis", "Apoptosis");
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(overlay.toFile());
        assertThat(png.getWidth()).isEqualTo(800);
        assertThat(png.getHeight()).isGreaterThan(600);
    }

    @Test
    void runsALearnedDetectorByItsDescriptor() throws Exception {
        Path descriptor = Path.of("../cells/src/test/resources/onnx/tiny_nucleus_net.json");
        Path output = folder.resolve("cells.h5");
        CommandRun run = CommandRun.of(
                "cells",
                "detect",
                jpeg,
                "--mpp",
                "0.32",
                "--region",
                "0,0,700,500",
                "--detector",
                descriptor.toString(),
                "-o",
                output.toString(),
                "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode summary = new ObjectMapper().readTree(run.out());
        assertThat(summary.at("/provenance/detector").asText()).isEqualTo("tiny-random-nucleus-net");
        assertThat(summary.at("/provenance/detector_parameters/model").asText()).isEqualTo("tiny_nucleus_net.onnx");
        assertThat(output).exists();

        CommandRun missing = CommandRun.of(
                "cells", "detect", jpeg, "--mpp", "0.32", "--detector", "nope.json", "-o", output.toString());
        assertThat(missing.exitCode()).isEqualTo(ErrorReporter.INPUT_FAILURE);
        assertThat(missing.err())
                .startsWith("precis: nope.json: no such detector descriptor")
                .hasLineCount(1);
    }

    @Test
    void anOverlayNeedsOutlinesAndAFigureFormat() throws Exception {
        CommandRun csv = CommandRun.of(
                "cells",
                "detect",
                jpeg,
                "--mpp",
                "0.32",
                "--overlay",
                folder.resolve("o.png").toString(),
                "-o",
                folder.resolve("cells.csv").toString());
        assertThat(csv.exitCode()).isEqualTo(2);
        assertThat(csv.err()).contains("--overlay draws outlines").hasLineCount(1);

        CommandRun figure = CommandRun.of(
                "cells",
                "detect",
                jpeg,
                "--mpp",
                "0.32",
                "--overlay",
                folder.resolve("o.jpg").toString(),
                "-o",
                folder.resolve("cells.h5").toString());
        assertThat(figure.exitCode()).isEqualTo(2);
        assertThat(figure.err())
                .contains("o.jpg: a figure is written as .png or .svg")
                .hasLineCount(1);
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }
}
