package org.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code precis slide} commands on real sample slides, through the real entry point. */
class SlideCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    static Path sample(String name) {
        return org.precis.testing.SampleData.root().resolve("samples/wsi").resolve(name);
    }

    @Test
    void infoJsonHasTheDocumentedShape() throws Exception {
        CommandRun run =
                CommandRun.of("slide", "info", sample("CMU-1-Small-Region.svs").toString(), "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode info = JSON.readTree(run.out());
        assertThat(info.get("format").asText()).isEqualTo("aperio-svs");
        assertThat(info.get("backend").asText()).isEqualTo("precis");
        assertThat(info.get("vendor").asText()).isEqualTo("aperio");
        assertThat(info.get("levels").get(0).get("width").asLong()).isEqualTo(2220);
        assertThat(info.get("levels").get(0).get("height").asLong()).isEqualTo(2967);
        assertThat(info.get("levels").get(0).get("downsample").asDouble()).isEqualTo(1.0);
        assertThat(info.get("mpp_x").asDouble()).isEqualTo(0.499);
        assertThat(info.get("mpp_y").asDouble()).isEqualTo(0.499);
        assertThat(info.get("objective_power").asDouble()).isEqualTo(20.0);
        assertThat(info.get("associated")).extracting(JsonNode::asText).containsExactly("label", "macro", "thumbnail");
        assertThat(info.get("properties").get("aperio.AppMag").asText()).isEqualTo("20");
    }

    @Test
    void infoSaysWhichBackendReadTheFile() {
        CommandRun dicom = CommandRun.of(
                "slide",
                "info",
                sample("pathml_small_dicom_TCGA-XK-AAJU-01A-01-TS1.dcm").toString());
        assertThat(dicom.exitCode()).isZero();
        assertThat(dicom.out()).contains("dicom-wsi (read by precis)");
    }

    @Test
    void regionWritesAPngOfTheRequestedSizeAtALevel() throws Exception {
        Path png = folder.resolve("region.png");
        CommandRun run = CommandRun.of(
                "slide",
                "region",
                sample("CMU-1-Small-Region_pyramid_jpeg.tif").toString(),
                "--level",
                "1",
                "--x",
                "400",
                "--y",
                "600",
                "--width",
                "300",
                "--height",
                "200",
                "-o",
                png.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(image.getHeight()).isEqualTo(200);
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("region.png");
        }
    }

    @Test
    void regionAtAPixelSizeCoversThePhysicalArea() throws Exception {
        Path png = folder.resolve("mpp.png");
        CommandRun run = CommandRun.of(
                "slide",
                "region",
                sample("CMU-1-Small-Region.svs").toString(),
                "--mpp",
                "1.0",
                "--x",
                "0",
                "--y",
                "0",
                "--width",
                "100",
                "--height",
                "80",
                "-o",
                png.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(100);
    }

    @Test
    void regionAtAPixelSizeOnASlideWithoutOneFailsWithOneLine() throws Exception {
        Path png = folder.resolve("none.png");
        CommandRun run = CommandRun.of(
                "slide",
                "region",
                sample("tcga-cr-7395-01a-01-ts1.svs").toString(),
                "--mpp",
                "1.0",
                "--x",
                "0",
                "--y",
                "0",
                "--width",
                "10",
                "--height",
                "10",
                "-o",
                png.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).hasSize(1).first().asString().contains("does not state its pixel size");
        assertThat(png).doesNotExist();
    }

    @Test
    void thumbnailFitsTheMaximumSize() throws Exception {
        Path png = folder.resolve("thumb.png");
        CommandRun run = CommandRun.of(
                "slide",
                "thumbnail",
                sample("tcga-cr-7395-01a-01-ts1.svs").toString(),
                "--max-size",
                "256",
                "-o",
                png.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(Math.max(image.getWidth(), image.getHeight())).isEqualTo(256);
        assertThat(image.getWidth()).isEqualTo(Math.round(4443 / (4443 / 256.0)));
    }

    @Test
    void associatedImagesAreWrittenAndUnknownNamesAreUsageErrors() throws Exception {
        Path png = folder.resolve("label.png");
        CommandRun run = CommandRun.of(
                "slide",
                "associated",
                sample("CMU-1-Small-Region.svs").toString(),
                "--name",
                "label",
                "-o",
                png.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(387);
        CommandRun unknown = CommandRun.of(
                "slide",
                "associated",
                sample("CMU-1-Small-Region.svs").toString(),
                "--name",
                "barcode",
                "-o",
                folder.resolve("x.png").toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("has no associated image named barcode");
    }

    @Test
    void benchJsonHasTheDocumentedShape() throws Exception {
        CommandRun run = CommandRun.of(
                "slide", "bench", sample("CMU-1-Small-Region.svs").toString(), "--threads", "2", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode bench = JSON.readTree(run.out());
        assertThat(bench.get("tiles").asLong()).isEqualTo(9 * 12);
        assertThat(bench.get("threads").asInt()).isEqualTo(2);
        assertThat(bench.get("seconds").asDouble()).isPositive();
        assertThat(bench.get("tiles_per_second").asDouble()).isPositive();
    }

    @Test
    void aMissingFileIsOneLineAndExitCodeOne() {
        CommandRun run =
                CommandRun.of("slide", "info", folder.resolve("absent.svs").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly("precis: " + folder.resolve("absent.svs") + ": no such file");
    }

    @Test
    void aCorruptTileIsOneLineNamingTheFileLevelAndTileWhileTheOthersRead() throws Exception {
        // An end-of-image marker in the middle of the tile data: libjpeg would warn and pad the
        // tile with grey; Precis refuses that tile and only that tile.
        byte[] bytes = Files.readAllBytes(sample("OS-2-ndpi.ome.tif"));
        bytes[300_000] = (byte) 0xFF;
        bytes[300_001] = (byte) 0xD9;
        Path broken = folder.resolve("broken.ome.tif");
        Files.write(broken, bytes);
        int failures = 0;
        for (int row = 0; row < 5; row++) {
            for (int column = 0; column < 5; column++) {
                Path png = folder.resolve("tile-" + column + "-" + row + ".png");
                CommandRun run = CommandRun.of(
                        "slide",
                        "region",
                        broken.toString(),
                        "--level",
                        "0",
                        "--x",
                        String.valueOf(512 * column),
                        "--y",
                        String.valueOf(512 * row),
                        "--width",
                        "64",
                        "--height",
                        "64",
                        "-o",
                        png.toString());
                if (run.exitCode() != 0) {
                    failures++;
                    assertThat(run.exitCode()).isEqualTo(1);
                    assertThat(run.err().lines()).hasSize(1);
                    assertThat(run.err())
                            .startsWith(
                                    "precis: " + broken + ": level 0 tile (" + column + ", " + row + "): JPEG data: ");
                    assertThat(png).doesNotExist();
                } else {
                    assertThat(png).exists();
                }
            }
        }
        assertThat(failures).isEqualTo(1);
    }

    @Test
    void debugAddsTheStackTrace() {
        CommandRun run = CommandRun.of(
                "--debug", "slide", "info", folder.resolve("absent.svs").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("at org.precis.slide.Slides.open");
    }

    @Test
    void aUsageErrorIsExitCodeTwo() {
        CommandRun run = CommandRun.of(
                "slide", "region", sample("CMU-1-Small-Region.svs").toString(), "--level", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option");
    }

    @Test
    void aLevelTheSlideDoesNotHaveIsAUsageError() {
        CommandRun run = CommandRun.of(
                "slide",
                "region",
                sample("CMU-1-Small-Region.svs").toString(),
                "--level",
                "3",
                "--x",
                "0",
                "--y",
                "0",
                "--width",
                "10",
                "--height",
                "10",
                "-o",
                folder.resolve("x.png").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines())
                .containsExactly("precis: level 3 does not exist: CMU-1-Small-Region.svs has 1 level(s)");
    }

    @Test
    void helpIsAvailableEverywhere() {
        for (String[] args : new String[][] {
            {"--help"},
            {"slide", "--help"},
            {"slide", "info", "--help"},
            {"slide", "region", "--help"},
            {"slide", "thumbnail", "--help"},
            {"slide", "associated", "--help"},
            {"slide", "bench", "--help"},
            {"demo", "--help"}
        }) {
            CommandRun run = CommandRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isZero();
            assertThat(run.out()).startsWith("Usage: precis");
        }
    }
}
