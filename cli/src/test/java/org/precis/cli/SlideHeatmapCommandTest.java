package org.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.embed.pipeline.TilePlan;
import org.precis.embed.pipeline.TilePlanner;
import org.precis.embed.pipeline.TileSpec;
import org.precis.imaging.grid.Tile;
import org.precis.imaging.tissue.TissueDetection;
import org.precis.imaging.tissue.TissueDetector;
import org.precis.io.file.FileSha256;
import org.precis.slide.Slide;
import org.precis.slide.Slides;
import org.precis.testing.SampleData;

/** {@code slide heatmap} with the shipped lung model on a real slide. */
class SlideHeatmapCommandTest {

    private static final Path MODEL = Path.of("..", "learn", "models", "lc25000-lung-mobilenet_v2.json");
    private final Path slide = SampleData.root().resolve("samples/wsi/CMU-1-Small-Region.svs");
    private final String data = SampleData.root().toString();

    @TempDir
    Path folder;

    @Test
    void eachTileIsPredictedAsPatchesPredictPredictsThatTileReadAsAnImage() throws Exception {
        CommandRun run = CommandRun.of(
                "slide",
                "heatmap",
                slide.toString(),
                "--model",
                MODEL.toString(),
                "--encoder",
                "mobilenet_v2",
                "--data",
                data,
                "-o",
                folder.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("47 tissue tiles").contains("not a diagnosis");

        JsonNode geoJson = new ObjectMapper()
                .readTree(folder.resolve("CMU-1-Small-Region.heatmap.geojson").toFile());
        JsonNode features = geoJson.get("features");
        assertThat(features.size()).isEqualTo(47);
        for (JsonNode feature : features) {
            assertThat(feature.at("/properties/objectType").asText()).isEqualTo("tile");
            double sum = 0;
            for (String name : new String[] {"lung_aca", "lung_n", "lung_scc"}) {
                sum += feature.at("/properties/measurements/P(" + name + ")").asDouble();
            }
            assertThat(sum).isCloseTo(1, within(1e-9));
        }
        JsonNode report = new ObjectMapper()
                .readTree(folder.resolve("CMU-1-Small-Region.heatmap.json").toFile());
        assertThat(report.get("model_sha256").asText()).isEqualTo(FileSha256.of(MODEL));
        assertThat(report.get("slide_sha256").asText()).isEqualTo(FileSha256.of(slide));
        assertThat(report.get("intended_use").asText())
                .contains("not a diagnosis")
                .contains("555 image patches");
        assertThat(geoJson.at("/properties/provenance/model_sha256").asText()).isEqualTo(FileSha256.of(MODEL));
        assertThat(report.at("/stain_check/consistent").asBoolean()).isTrue();
        assertThat(report.at("/stain_check/expected_stain").asText()).isEqualTo("H&E");
        assertThat(run.err()).isEmpty();

        // The first tile, read through the same plan and saved losslessly, classified by patches predict.
        JsonNode first = features.get(0);
        Path tileImage = folder.resolve("tile0.png");
        try (Slides slides = Slides.withDefaults();
                Slide opened = slides.open(slide)) {
            TilePlan plan = new TilePlanner(new TissueDetector(TissueDetection.defaults()), Optional.empty())
                    .plan(opened, new TileSpec(224, 0.5, 0.5));
            Tile tile = plan.tiles().get(0).tile();
            assertThat(first.at("/geometry/coordinates/0/0/0").asLong()).isEqualTo(tile.x());
            assertThat(first.at("/geometry/coordinates/0/0/1").asLong()).isEqualTo(tile.y());
            ImageIO.write(
                    opened.readRegion(plan.grid().regionRequest(tile)).toBufferedImage(), "png", tileImage.toFile());
        }
        CommandRun predict = CommandRun.of(
                "patches",
                "predict",
                "--data",
                data,
                "--model",
                MODEL.toString(),
                "--images",
                tileImage.toString(),
                "--json");
        assertThat(predict.exitCode()).as(predict.err()).isZero();
        JsonNode row = new ObjectMapper().readTree(predict.out()).get(0);
        for (String name : new String[] {"lung_aca", "lung_n", "lung_scc"}) {
            assertThat(first.at("/properties/measurements/P(" + name + ")").asDouble())
                    .isCloseTo(row.at("/probabilities/" + name).asDouble(), within(1e-6));
        }

        BufferedImage overlay =
                ImageIO.read(folder.resolve("CMU-1-Small-Region.heatmap.png").toFile());
        BufferedImage scc = ImageIO.read(
                folder.resolve("CMU-1-Small-Region.heatmap.lung_scc.png").toFile());
        assertThat(overlay.getHeight())
                .as("thumbnail of 1024 px plus the legend")
                .isGreaterThan(1024);
        assertThat(scc.getWidth()).isEqualTo(overlay.getWidth());
    }

    @Test
    void anIhcSlideIsFlaggedAsNotTheStainTheModelWasTrainedOn() throws Exception {
        Path ihc = SampleData.root().resolve("samples/wsi/OS-2-ndpi.ome.tif");
        CommandRun run = CommandRun.of(
                "slide",
                "heatmap",
                ihc.toString(),
                "--model",
                MODEL.toString(),
                "--encoder",
                "mobilenet_v2",
                "--data",
                data,
                "-o",
                folder.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err().lines())
                .hasSize(1)
                .first()
                .asString()
                .contains("warning")
                .contains(ihc.toString())
                .contains("trained on H&E")
                .contains("not H&E");
        JsonNode report = new ObjectMapper()
                .readTree(folder.resolve("OS-2-ndpi.heatmap.json").toFile());
        assertThat(report.at("/stain_check/consistent").asBoolean()).isFalse();
        assertThat(report.at("/stain_check/eosin_mean").asDouble())
                .isLessThan(report.at("/stain_check/minimum_eosin_mean").asDouble());
    }

    @Test
    void anEncoderOtherThanTheModelsIsRefusedInOneLineBeforeAnyTileIsRead() throws Exception {
        Path descriptor = folder.resolve("other.json");
        JsonNode shipped = new ObjectMapper()
                .readTree(getClass().getResourceAsStream("/org/precis/embed/encoders/mobilenet_v2.json"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) shipped).put("name", "another_encoder");
        ((com.fasterxml.jackson.databind.node.ObjectNode) shipped)
                .put(
                        "model",
                        SampleData.root()
                                .resolve("models/mobilenet_v2/mobilenet_v2_1.0_224_quant.float32.onnx")
                                .toString());
        Files.writeString(descriptor, shipped.toString());
        CommandRun run = CommandRun.of(
                "slide",
                "heatmap",
                slide.toString(),
                "--model",
                MODEL.toString(),
                "--encoder",
                descriptor.toString(),
                "--data",
                data,
                "-o",
                folder.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip().lines().count()).isEqualTo(1);
        assertThat(run.err()).contains(MODEL.toString()).contains("the recipe was made with encoder mobilenet_v2");
        assertThat(folder.resolve("out")).doesNotExist();
    }

    @Test
    void aMissingSlideFailsInOneLine() {
        CommandRun run = CommandRun.of(
                "slide",
                "heatmap",
                folder.resolve("none.svs").toString(),
                "--model",
                MODEL.toString(),
                "--encoder",
                "mobilenet_v2",
                "--data",
                data,
                "-o",
                folder.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("none.svs: no such file");
    }
}
