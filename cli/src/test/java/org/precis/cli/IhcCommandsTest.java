package org.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.testing.SampleData;

/** {@code precis ihc ki67} on the Ki67 crop and on input it must refuse, through the real entry point. */
class IhcCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OS2_SHA256 = "f6c9b7728ffa84e7474771c9d36520aaadb1802564176f83c38272aafeada0ef";

    @TempDir
    Path folder;

    private static String ki67Crop() {
        return SampleData.path("samples/wsi/OS-2-ndpi.ome.tif").toString();
    }

    @Test
    void printsTheIndexHScoreHotspotAndProvenanceAsJson() throws Exception {
        CommandRun run =
                CommandRun.of("ihc", "ki67", ki67Crop(), "--region", "0,0,1100,1100", "--hotspot-um", "100", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(run.out());
        int cells = report.get("cells").asInt();
        int positive = report.get("positive").asInt();
        assertThat(cells).isGreaterThan(100);
        assertThat(positive).isPositive().isLessThan(cells);
        assertThat(report.get("positive_percent").asDouble()).isEqualTo(100.0 * positive / cells);
        assertThat(report.get("h_score").asDouble()).isBetween(0.0, 300.0);
        assertThat(report.at("/hotspot/diameter_um").asDouble()).isEqualTo(100);
        assertThat(report.at("/hotspot/positive_percent").asDouble())
                .isGreaterThan(report.get("positive_percent").asDouble());
        assertThat(report.get("region").toString()).isEqualTo("[0,0,1100,1100]");
        assertThat(report.at("/stains/source").asText()).isEqualTo("estimated");
        assertThat(report.at("/stains/dab").size()).isEqualTo(3);
        assertThat(report.at("/thresholds/origin").asText()).isEqualTo("OTSU");
        assertThat(report.at("/provenance/slide_sha256").asText()).isEqualTo(OS2_SHA256);
        assertThat(report.at("/provenance/software").asText()).isEqualTo("precis " + PrecisCommand.VERSION);
        assertThat(report.at("/provenance/parameters/detector").asText()).isEqualTo("classical");
    }

    @Test
    void writesQuPathDetectionsAnOverlayAndTheReport() throws Exception {
        Path out = folder.resolve("ki67");
        CommandRun run = CommandRun.of(
                "ihc", "ki67", ki67Crop(), "--region", "500,500,600,600", "--hscore", "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("OS-2-ndpi.ome.tif: Ki67 ", "H-score ", "DAB thresholds (decimal OD, otsu)");
        JsonNode geojson = JSON.readTree(out.resolve("OS-2-ndpi.ki67.geojson").toFile());
        JsonNode report = JSON.readTree(out.resolve("OS-2-ndpi.ki67.json").toFile());
        assertThat(geojson.get("features").size()).isEqualTo(report.get("cells").asInt());
        Set<String> classes = new HashSet<>();
        for (JsonNode feature : geojson.get("features")) {
            assertThat(feature.at("/properties/objectType").asText()).isEqualTo("detection");
            classes.add(feature.at("/properties/classification/name").asText());
            // level-0 pixels: inside the region asked for
            double x = feature.at("/properties/measurements/Centroid X px").asDouble();
            assertThat(x).isBetween(500.0, 1100.0);
        }
        assertThat(classes).contains("Negative").isSubsetOf("Negative", "1+", "2+", "3+");
        BufferedImage overlay =
                ImageIO.read(out.resolve("OS-2-ndpi.ki67-overlay.png").toFile());
        // report's annotated image: the 600 px crop centred on a figure at least 720 px wide, legend and caption below
        assertThat(overlay.getWidth()).isEqualTo(720);
        assertThat(overlay.getHeight()).isGreaterThan(600);
    }

    @Test
    void tileByTileGivesTheSameIndexAndWritesTheSameThreeFiles() throws Exception {
        Path one = folder.resolve("one");
        Path tiled = folder.resolve("tiled");
        CommandRun whole = CommandRun.of(
                "ihc", "ki67", ki67Crop(), "--region", "400,400,1400,1400", "--hscore", "-o", one.toString(), "--json");
        CommandRun tiles = CommandRun.of(
                "ihc",
                "ki67",
                ki67Crop(),
                "--region",
                "400,400,1400,1400",
                "--hscore",
                "--tile-size",
                "384",
                "--threads",
                "2",
                "-o",
                tiled.toString(),
                "--json");
        assertThat(whole.exitCode()).as(whole.err()).isZero();
        assertThat(tiles.exitCode()).as(tiles.err()).isZero();
        JsonNode a = JSON.readTree(whole.out());
        JsonNode b = JSON.readTree(tiles.out());
        for (String field :
                new String[] {"cells", "positive", "positive_percent", "h_score", "intensity_counts", "hotspot"}) {
            assertThat(b.get(field)).as(field).isEqualTo(a.get(field));
        }
        assertThat(b.at("/provenance/parameters/tiling/tile_size_px").asInt()).isEqualTo(384);
        assertThat(b.at("/provenance/parameters/tiling/calibration").asText()).isEqualTo("the whole region");
        JsonNode geojson = JSON.readTree(tiled.resolve("OS-2-ndpi.ki67.geojson").toFile());
        assertThat(geojson.get("features").size()).isEqualTo(a.get("cells").asInt());
        assertThat(JSON.readTree(tiled.resolve("OS-2-ndpi.ki67.json").toFile()).get("cells"))
                .isEqualTo(a.get("cells"));
        assertThat(ImageIO.read(tiled.resolve("OS-2-ndpi.ki67-overlay.png").toFile())
                        .getWidth())
                .isGreaterThanOrEqualTo(1400);
        try (var left = Files.list(tiled)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "OS-2-ndpi.ki67.geojson", "OS-2-ndpi.ki67-overlay.png", "OS-2-ndpi.ki67.json");
        }
    }

    @Test
    void aTiledRunRefusesAPixelSizeThatContradictsTheSlide() {
        CommandRun run = CommandRun.of("ihc", "ki67", ki67Crop(), "--tile-size", "512", "--mpp", "0.5");
        assertThat(run.exitCode()).isEqualTo(ErrorReporter.INPUT_FAILURE);
        assertThat(run.err().strip())
                .isEqualTo("precis: " + ki67Crop() + ": states 0.2271 µm/px; a tiled run scores it at its own pixels"
                        + " (--mpp is for a file that does not state its pixel size)");
    }

    @Test
    void refusesAnHaematoxylinEosinImageInOneLineAndWritesNothing() {
        Path out = folder.resolve("he");
        String he =
                SampleData.path("samples/cells/brecahad/images/Case_12-01.jpg").toString();
        CommandRun run = CommandRun.of("ihc", "ki67", he, "--mpp", "0.32", "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(ErrorReporter.INPUT_FAILURE);
        assertThat(run.err().lines())
                .singleElement()
                .asString()
                .startsWith("precis: " + he + ": ")
                .contains("looks like H&E");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void refusesAFluorescenceImage() throws Exception {
        BufferedImage image = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
        // dark background with bright green nuclei, as a fluorescence channel merge looks
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 300; x++) {
                boolean nucleus = Math.hypot(x % 40 - 20, y % 40 - 20) < 9;
                image.setRGB(x, y, nucleus ? 0x20E040 : 0x080810);
            }
        }
        Path file = folder.resolve("fluorescence.png");
        ImageIO.write(image, "png", file.toFile());
        CommandRun run = CommandRun.of("ihc", "ki67", file.toString(), "--mpp", "0.25");
        assertThat(run.exitCode()).isEqualTo(ErrorReporter.INPUT_FAILURE);
        assertThat(run.err().lines())
                .singleElement()
                .asString()
                .startsWith("precis: " + file + ": not a brightfield image");
    }

    @Test
    void refusesARegionOutsideTheSlide() {
        CommandRun run = CommandRun.of("ihc", "ki67", ki67Crop(), "--region", "2000,2000,500,500");
        assertThat(run.exitCode()).isEqualTo(ErrorReporter.INPUT_FAILURE);
        assertThat(run.err().lines())
                .singleElement()
                .asString()
                .isEqualTo("precis: " + ki67Crop()
                        + ": region 2000,2000,500,500 (X,Y,W,H) is outside the image of 2202x2202 px");
    }

    @Test
    void asksForThePixelSizeOfAPlainImage() throws Exception {
        Path file = folder.resolve("plain.png");
        ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        CommandRun run = CommandRun.of("ihc", "ki67", file.toString());
        assertThat(run.exitCode()).isEqualTo(ErrorReporter.INPUT_FAILURE);
        assertThat(run.err().lines())
                .singleElement()
                .asString()
                .isEqualTo(
                        "precis: " + file + ": a plain image does not state its pixel size; give its µm/px with --mpp");
    }

    @Test
    void refusesAHundredThousandPixelSquareImageBeforeDecodingIt() throws Exception {
        // a PNG whose header says 100,000 x 100,000 px, with no pixel data: only the header is read
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(13);
        header.putInt(100_000)
                .putInt(100_000)
                .put((byte) 8)
                .put((byte) 2)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        chunk(png, "IHDR", header.array());
        chunk(png, "IEND", new byte[0]);
        Path file = folder.resolve("huge.png");
        Files.write(file, png.toByteArray());
        CommandRun run = CommandRun.of("ihc", "ki67", file.toString(), "--mpp", "0.25");
        assertThat(run.exitCode()).isEqualTo(ErrorReporter.USAGE_ERROR);
        assertThat(run.err().lines())
                .singleElement()
                .asString()
                .contains("image of 100000x100000 px is larger than", "--region");
    }

    private static void chunk(java.io.ByteArrayOutputStream out, String type, byte[] data) {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(12 + data.length);
        buffer.putInt(data.length)
                .put(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .put(data);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(buffer.array(), 4, 4 + data.length);
        buffer.putInt((int) crc.getValue());
        out.writeBytes(buffer.array());
    }

    @Test
    void refusesAbsurdPixelSizesAndSizesAsUsageErrors() {
        for (String mpp : new String[] {"0", "-1", "50", "NaN"}) {
            CommandRun run = CommandRun.of("ihc", "ki67", ki67Crop(), "--mpp", mpp);
            assertThat(run.exitCode()).as(mpp).isEqualTo(ErrorReporter.USAGE_ERROR);
            assertThat(run.err().lines())
                    .singleElement()
                    .asString()
                    .contains("µm/px is outside what nuclei can be scored at");
        }
        CommandRun tiny = CommandRun.of("ihc", "ki67", ki67Crop(), "--region", "0,0,1,1");
        assertThat(tiny.exitCode()).isEqualTo(ErrorReporter.USAGE_ERROR);
        assertThat(tiny.err()).isEqualTo("precis: image of 1x1 px is too small to score (at least 16x16 px)\n");
        CommandRun garbled = CommandRun.of("ihc", "ki67", ki67Crop(), "--region", "1,2,3");
        assertThat(garbled.exitCode()).isEqualTo(ErrorReporter.USAGE_ERROR);
    }
}
