package org.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code precis slide qc}, {@code tiles} and {@code qc-bench} on the sample slides, through the real entry point. */
class SlideQcCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CMU_SHA256 = "ed92d5a9f2e86df67640d6f92ce3e231419ce127131697fbbce42ad5e002c8a7";
    private static final String TCGA_SHA256 = "77da93f125bfc55570b9731af309b81904dc2648722103d7c3bf5db4f8a6a365";

    @TempDir
    Path folder;

    static Path sample(String name) {
        return SlideCommandsTest.sample(name);
    }

    private List<String> filesIn(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void qcWritesTheMaskTheOutlinesAndTheReportWithProvenance() throws Exception {
        Path out = folder.resolve("qc");
        CommandRun run =
                CommandRun.of("slide", "qc", sample("CMU-1-Small-Region.svs").toString(), "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(filesIn(out))
                .containsExactly(
                        "CMU-1-Small-Region.mask.png",
                        "CMU-1-Small-Region.qc-overlay.png",
                        "CMU-1-Small-Region.qc.json",
                        "CMU-1-Small-Region.tissue.geojson");
        // the overlay is the 1024 px thumbnail (766 x 1024) with its legend and caption below
        BufferedImage overlay =
                ImageIO.read(out.resolve("CMU-1-Small-Region.qc-overlay.png").toFile());
        assertThat(overlay.getWidth()).isEqualTo(766);
        assertThat(overlay.getHeight()).isGreaterThan(1024);
        assertThat(run.out())
                .contains(
                        "CMU-1-Small-Region.svs: tissue ",
                        "focus: 0 of ",
                        "pen marks: ",
                        "haematoxylin over tissue: mean ");

        BufferedImage mask =
                ImageIO.read(out.resolve("CMU-1-Small-Region.mask.png").toFile());
        assertThat(mask.getWidth()).isEqualTo(139);
        assertThat(mask.getHeight()).isEqualTo(186);

        JsonNode qc = JSON.readTree(out.resolve("CMU-1-Small-Region.qc.json").toFile());
        assertThat(qc.at("/provenance/slide_sha256").asText()).isEqualTo(CMU_SHA256);
        assertThat(qc.at("/provenance/slide_file").asText()).isEqualTo("CMU-1-Small-Region.svs");
        assertThat(qc.at("/provenance/slide_mpp").asDouble()).isEqualTo(0.499);
        assertThat(qc.at("/provenance/software").asText()).isEqualTo("precis " + PrecisCommand.VERSION);
        assertThat(qc.at("/provenance/parameters/qc/tissue/mask_mpp").asDouble())
                .isEqualTo(8.0);
        assertThat(qc.at("/provenance/parameters/qc/focus/blur_threshold").asDouble())
                .isPositive();
        assertThat(qc.at("/report/tissue_area_mm2").asDouble()).isBetween(0.2, 1.2);
        assertThat(qc.at("/report/focus_tiles_checked").asInt()).isPositive();
        assertThat(qc.at("/report/pen_marks/total_mm2").asDouble()).isLessThan(0.05);
        assertThat(qc.at("/report/stains/0/stain").asText()).isEqualTo("HAEMATOXYLIN");

        JsonNode tissue =
                JSON.readTree(out.resolve("CMU-1-Small-Region.tissue.geojson").toFile());
        assertThat(tissue.get("features"))
                .hasSize(qc.at("/report/tissue_regions").asInt());
        assertThat(tissue.at("/features/0/properties/classification/name").asText())
                .isEqualTo("Tissue");
    }

    @Test
    void qcJsonPrintsTheSameDocumentItWrites() throws Exception {
        Path out = folder.resolve("qc");
        CommandRun run = CommandRun.of(
                "slide",
                "qc",
                sample("OS-1-detail.ome.tif").toString(),
                "-o",
                out.toString(),
                "--json",
                "--mpp-tissue",
                "4");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode printed = JSON.readTree(run.out());
        assertThat(printed)
                .isEqualTo(JSON.readTree(out.resolve("OS-1-detail.qc.json").toFile()));
        assertThat(printed.at("/report/mask_mpp").asDouble()).isEqualTo(4.0);
        assertThat(printed.at("/provenance/parameters/qc/tissue/mask_mpp").asDouble())
                .isEqualTo(4.0);
    }

    @Test
    void aSlideWithoutAPixelSizeNeedsMppSlide() throws Exception {
        Path out = folder.resolve("qc");
        CommandRun run = CommandRun.of(
                "slide", "qc", sample("tcga-cr-7395-01a-01-ts1.svs").toString(), "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines())
                .containsExactly("precis: " + sample("tcga-cr-7395-01a-01-ts1.svs")
                        + ": does not state its pixel size; give its µm/px with --slide-mpp");
        assertThat(out).doesNotExist();

        CommandRun given = CommandRun.of(
                "slide",
                "qc",
                sample("tcga-cr-7395-01a-01-ts1.svs").toString(),
                "-o",
                out.toString(),
                "--slide-mpp",
                "0.25",
                "--json");
        assertThat(given.exitCode()).as(given.err()).isZero();
        JsonNode qc = JSON.readTree(given.out());
        assertThat(qc.at("/provenance/slide_sha256").asText()).isEqualTo(TCGA_SHA256);
        assertThat(qc.at("/provenance/slide_mpp").asDouble()).isEqualTo(0.25);
        assertThat(qc.at("/provenance/slide_mpp_source").asText()).isEqualTo("USER");
    }

    @Test
    void theOldPixelSizeOptionNameStillWorksButIsNotListed() throws Exception {
        CommandRun old = CommandRun.of(
                "slide",
                "qc",
                sample("tcga-cr-7395-01a-01-ts1.svs").toString(),
                "-o",
                folder.resolve("qc-old").toString(),
                "--mpp-slide",
                "0.25",
                "--json");
        assertThat(old.exitCode()).as(old.err()).isZero();
        assertThat(JSON.readTree(old.out()).at("/provenance/slide_mpp").asDouble())
                .isEqualTo(0.25);
        for (String[] command : new String[][] {{"slide", "qc"}, {"slide", "tiles"}, {"slide", "heatmap"}, {"embed"}}) {
            String[] help = java.util.Arrays.copyOf(command, command.length + 1);
            help[command.length] = "--help";
            CommandRun usage = CommandRun.of(help);
            assertThat(usage.out())
                    .as(String.join(" ", command))
                    .contains("--slide-mpp")
                    .doesNotContain("--mpp-slide");
        }
    }

    @Test
    void aMissingSlideIsOneLineAndExitCodeOne() {
        Path absent = folder.resolve("absent.svs");
        for (String[] args : new String[][] {
            {"slide", "qc", absent.toString(), "-o", folder.toString()},
            {
                "slide",
                "tiles",
                absent.toString(),
                "--tile-px",
                "224",
                "--mpp",
                "0.5",
                "-o",
                folder.resolve("t.csv").toString()
            }
        }) {
            CommandRun run = CommandRun.of(args);
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err().lines()).containsExactly("precis: " + absent + ": no such file");
        }
    }

    @Test
    void anUnwritableOutputIsOneLineAndExitCodeOneAndLeavesNothingBehind() throws Exception {
        // a regular file where the output folder should be: no user, not even root, can write under it
        Path blocker = Files.writeString(folder.resolve("blocker"), "not a folder");
        CommandRun qc = CommandRun.of(
                "slide",
                "qc",
                sample("OS-1-detail.ome.tif").toString(),
                "-o",
                blocker.resolve("out").toString());
        assertThat(qc.exitCode()).isEqualTo(1);
        assertThat(qc.err().lines())
                .hasSize(1)
                .first()
                .asString()
                .startsWith("precis: i/o error: cannot write "
                        + blocker.resolve("out").resolve("OS-1-detail.mask.png"));
        CommandRun tiles = CommandRun.of(
                "slide",
                "tiles",
                sample("OS-1-detail.ome.tif").toString(),
                "--tile-px",
                "64",
                "--mpp",
                "1",
                "-o",
                blocker.resolve("tiles.csv").toString());
        assertThat(tiles.exitCode()).isEqualTo(1);
        assertThat(tiles.err().lines())
                .hasSize(1)
                .first()
                .asString()
                .startsWith("precis: i/o error: cannot write " + blocker.resolve("tiles.csv"));
        assertThat(filesIn(folder)).containsExactly("blocker");
    }

    @Test
    void tilesWritesCsvWithProvenanceAndKeepsOnlyTissueTiles() throws Exception {
        Path csv = folder.resolve("tiles.csv");
        CommandRun run = CommandRun.of(
                "slide",
                "tiles",
                sample("CMU-1-Small-Region.svs").toString(),
                "--tile-px",
                "224",
                "--mpp",
                "0.5",
                "--min-tissue",
                "0.5",
                "-o",
                csv.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("kept ").contains(" of 117 tiles (224 px at 0.5 µm/px");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines)
                .contains(
                        "# slide_sha256: " + CMU_SHA256,
                        "# slide_mpp: 0.499 (slide)",
                        "# min_tissue_fraction: 0.5",
                        "column,row,x,y,width,height,tissue_fraction");
        List<String> rows =
                lines.subList(lines.indexOf("column,row,x,y,width,height,tissue_fraction") + 1, lines.size());
        assertThat(rows).isNotEmpty().hasSizeLessThan(117);
        for (String row : rows) {
            String[] cells = row.split(",");
            assertThat(Double.parseDouble(cells[6])).isBetween(0.5, 1.0);
            // 224 px at 0.5 µm/px over 0.499 µm/px: 224.4 level-0 px
            assertThat(Long.parseLong(cells[4])).isBetween(224L, 225L);
        }
        assertThat(filesIn(folder)).containsExactly("tiles.csv");
    }

    @Test
    void tilesWritesGeoJsonWithOverlapAndTheGridAsProvenance() throws Exception {
        Path geojson = folder.resolve("tiles.geojson");
        CommandRun run = CommandRun.of(
                "slide",
                "tiles",
                sample("tcga-cr-7395-01a-01-ts1.svs").toString(),
                "--tile-px",
                "256",
                "--mpp",
                "0.5",
                "--overlap-px",
                "64",
                "--slide-mpp",
                "0.25",
                "-o",
                geojson.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(geojson.toFile());
        assertThat(root.at("/properties/provenance/slide_sha256").asText()).isEqualTo(TCGA_SHA256);
        assertThat(root.at("/properties/provenance/slide_mpp_source").asText()).isEqualTo("USER");
        assertThat(root.at("/properties/grid/overlap_px").asInt()).isEqualTo(64);
        assertThat(root.at("/properties/grid/tile_size_level0").asDouble()).isEqualTo(512.0);
        assertThat(root.get("features").size())
                .isEqualTo(root.at("/properties/tiles_kept").asInt())
                .isPositive();
        JsonNode first = root.at("/features/0/properties");
        JsonNode second = root.at("/features/1/properties");
        if (first.get("row").asInt() == second.get("row").asInt()) {
            assertThat(second.get("x").asLong() - first.get("x").asLong())
                    .isEqualTo(384L
                            * (second.get("column").asInt()
                                    - first.get("column").asInt()));
        }
    }

    @Test
    void tilesOfASlideWithoutAPixelSizeNeedMppSlideAndABadExtensionIsAUsageError() {
        CommandRun run = CommandRun.of(
                "slide",
                "tiles",
                sample("tcga-cr-7395-01a-01-ts1.svs").toString(),
                "--tile-px",
                "256",
                "--mpp",
                "0.5",
                "-o",
                folder.resolve("t.csv").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines())
                .hasSize(1)
                .first()
                .asString()
                .contains("does not state its pixel size; give its µm/px with --slide-mpp");
        CommandRun txt = CommandRun.of(
                "slide",
                "tiles",
                sample("CMU-1-Small-Region.svs").toString(),
                "--tile-px",
                "224",
                "--mpp",
                "0.5",
                "-o",
                folder.resolve("tiles.txt").toString());
        assertThat(txt.exitCode()).isEqualTo(2);
        assertThat(txt.err().lines()).hasSize(1).first().asString().contains("name it .geojson or .csv");
    }

    @Test
    void qcBenchJsonHasTheDocumentedShape() throws Exception {
        CommandRun run = CommandRun.of(
                "slide",
                "qc-bench",
                sample("OS-1-detail.ome.tif").toString(),
                "--warmup",
                "1",
                "--repeat",
                "1",
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode bench = JSON.readTree(run.out());
        assertThat(bench.get("target_seconds").asDouble()).isEqualTo(2.0);
        JsonNode slide = bench.get("slides").get(0);
        assertThat(slide.get("file").asText()).isEqualTo("OS-1-detail.ome.tif");
        assertThat(slide.get("median_seconds").asDouble()).isPositive();
        assertThat(slide.get("ratio_to_target").asDouble())
                .isEqualTo(slide.get("median_seconds").asDouble() / 2.0);
    }

    @Test
    void helpIsAvailable() {
        for (String command : new String[] {"qc", "tiles", "qc-bench"}) {
            CommandRun run = CommandRun.of("slide", command, "--help");
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).startsWith("Usage: precis slide " + command);
        }
    }
}
