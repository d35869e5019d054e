package org.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.store.Store;
import org.precis.store.StoreLocation;
import org.precis.store.cases.AnalysisRecord;

/**
 * The demo reads every sample slide and writes a thumbnail and a full-resolution region of each,
 * then runs the pathology (QC, tiles, embeddings, the lung model and its heatmaps), survival,
 * clinical and federation parts; it echoes each step as a command to paste, shows progress on the
 * long ones, says which slides it leaves out and why, and indexes every file it wrote.
 */
class DemoCommandTest {

    @TempDir
    Path folder;

    @Test
    void everySampleSlideGetsAThumbnailAndARegionAndTheIndexListsEveryFile() throws Exception {
        Path data = SlideCommandsTest.sample("x").getParent().getParent().getParent();
        CommandRun run = CommandRun.of("demo", "--data", data.toString(), "-o", folder.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        long slides;
        try (var files = Files.list(data.resolve("samples/wsi"))) {
            slides = files.filter(p -> p.toString().matches(".*\\.(svs|tif|dcm)$"))
                    .count();
        }
        assertThat(slides).isGreaterThanOrEqualTo(7);
        assertThat(run.out()).contains("slides: " + 3 * slides + " commands, 0 failed");
        try (var files = Files.list(folder)) {
            assertThat(files.filter(p ->
                                    p.toString().matches(".*\\.(thumbnail|region-x\\d+-y\\d+-\\d+px-level0)\\.png$"))
                            .count())
                    .isEqualTo(2 * slides);
        }
        assertThat(ImageIO.read(folder.resolve("lung_km_by_sex.png").toFile()).getWidth())
                .isEqualTo(900);
        assertThat(run.out())
                .contains("T1b N2a M0: stage IIB (9th edition)")
                .contains("Concordance= 0.637")
                .contains("Calibration slope     0.9207")
                .contains("GLOBAL");
        // the calibration plot at 1826 days (720 px, wider where its table needs it) beside the
        // observed and predicted curves (900 px)
        assertThat(ImageIO.read(folder.resolve("gbsg_calibration.png").toFile()).getWidth())
                .isBetween(720 + 900, 820 + 900);
        BufferedImage thumbnail = ImageIO.read(
                folder.resolve("tcga-cr-7395-01a-01-ts1.thumbnail.png").toFile());
        assertThat(Math.max(thumbnail.getWidth(), thumbnail.getHeight())).isEqualTo(1024);
        // OS-1-detail is 1101 px square: its centre region starts at (294, 294)
        BufferedImage region = ImageIO.read(folder.resolve("OS-1-detail.ome.region-x294-y294-512px-level0.png")
                .toFile());
        assertThat(region.getWidth()).isEqualTo(512);
        assertThat(run.out())
                .contains("kept 47 of 117 tiles")
                .contains("AUC LUAD vs LUSC")
                .contains("not a diagnosis")
                .contains("largest relative difference");
        assertThat(folder.resolve("qc/CMU-1-Small-Region.tissue.geojson")).isNotEmptyFile();
        assertThat(folder.resolve("qc/CMU-1-Small-Region.qc-overlay.png")).isNotEmptyFile();
        assertThat(folder.resolve("bags/CMU-1-Small-Region.h5")).isNotEmptyFile();
        assertThat(folder.resolve("lung_patches/patches.h5")).isNotEmptyFile();
        for (String slide : new String[] {"CMU-1-Small-Region", "OS-1-detail", "OS-2-ndpi"}) {
            assertThat(folder.resolve("heatmaps/" + slide + ".heatmap.png")).isNotEmptyFile();
            assertThat(folder.resolve("heatmaps/" + slide + ".heatmap.geojson")).isNotEmptyFile();
        }

        // each step is a command to paste; the long ones show progress as lines (no terminal here)
        assertThat(run.out())
                .contains("$ ./precis slide qc ")
                .contains("$ ./precis survival cox ")
                .contains("'size=<=20'")
                .doesNotContain("$ precis ");
        assertThat(run.err())
                .contains("embedding: 555 / 555 patches (100%)")
                .contains("tiles (100%)")
                .doesNotContain("\r");
        // the slide without a pixel size is left out of QC and heatmaps, and the demo says how to include it
        assertThat(run.out())
                .contains("tcga-cr-7395-01a-01-ts1.svs states no pixel size, so it gets no QC and no " + "heatmap")
                .contains("--slide-mpp 0.25");
        assertThat(folder.resolve("qc/tcga-cr-7395-01a-01-ts1.qc.json")).doesNotExist();
        // the workstation store holds the breast case with its analyses, ready for precis serve
        assertThat(run.out()).contains("workstation: ./precis serve --data-dir ");
        try (Store store = Store.open(
                StoreLocation.embedded(folder.resolve("precis-data")), Clock.systemUTC(), new SecureRandom())) {
            assertThat(store.cases().analyses("BR-001"))
                    .extracting(AnalysisRecord::kind)
                    .containsExactly("qc", "ki67", "grade", "npi", "risk");
            assertThat(store.cases().analyses("LU-001"))
                    .extracting(AnalysisRecord::kind)
                    .containsExactly("heatmap");
            assertThat(store.users().find("pathologist")).isPresent();
        }
        assertThat(folder.resolve("precis-data/pathologist-password")).isNotEmptyFile();
        assertThat(folder.resolve("report/BR-001-v1.pdf")).isNotEmptyFile();
        assertThat(folder.resolve("report/BR-001-v1.fhir.json")).isNotEmptyFile();
        // the real total time comes last
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(lines.size() - 1)).startsWith("demo done: ").contains("0 failed; total time ");

        // the index names every file the demo wrote, with what it shows
        String index = Files.readString(folder.resolve("index.html"), StandardCharsets.UTF_8);
        String readme = Files.readString(folder.resolve("README.txt"), StandardCharsets.UTF_8);
        List<Path> written;
        try (Stream<Path> walk = Files.walk(folder)) {
            written = walk.filter(Files::isRegularFile)
                    .map(folder::relativize)
                    .filter(p ->
                            !p.toString().equals("index.html") && !p.toString().equals("README.txt"))
                    .toList();
        }
        assertThat(written).hasSizeGreaterThan(40);
        for (Path file : written) {
            assertThat(index).contains("href=\"" + file.toString().replace("<", "&lt;") + "\"");
            assertThat(readme).contains(file.toString());
        }
        assertThat(index).doesNotContain("not described").contains("x = 294, y = 294");
        assertThat(readme).doesNotContain("not described");
    }
}
