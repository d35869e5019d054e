package org.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo reads every sample slide and writes a thumbnail and a full-resolution region of each,
 * then runs the pathology (QC, tiles, embeddings, the lung model and its heatmaps), survival,
 * clinical and federation parts.
 */
class DemoCommandTest {

    @TempDir
    Path folder;

    @Test
    void everySampleSlideGetsAThumbnailAndARegion() throws Exception {
        Path data = SlideCommandsTest.sample("x").getParent().getParent().getParent();
        CommandRun run = CommandRun.of("demo", "--data", data.toString(), "-o", folder.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        long slides;
        try (var files = Files.list(data.resolve("samples/wsi"))) {
            slides = files.filter(p -> p.toString().matches(".*\\.(svs|tif|dcm)$")).count();
        }
        assertThat(slides).isGreaterThanOrEqualTo(7);
        assertThat(run.out()).contains(slides + " slide(s) read, 0 failed");
        try (var files = Files.list(folder)) {
            assertThat(files.filter(p -> p.toString().matches(".*\\.(thumbnail|region)\\.png$")).count())
                    .isEqualTo(2 * slides);
        }
        assertThat(ImageIO.read(folder.resolve("lung_km_by_sex.png").toFile()).getWidth()).isEqualTo(900);
        assertThat(run.out()).contains("T1b N2a M0: stage IIB (9th edition)").contains("Concordance= 0.637")
                .contains("Calibration slope     0.9207").contains("GLOBAL");
        // the calibration plot at 1826 days beside the observed and predicted curves
        assertThat(ImageIO.read(folder.resolve("gbsg_calibration.png").toFile()).getWidth()).isEqualTo(720 + 900);
        BufferedImage thumbnail = ImageIO.read(folder.resolve("tcga-cr-7395-01a-01-ts1.thumbnail.png").toFile());
        assertThat(Math.max(thumbnail.getWidth(), thumbnail.getHeight())).isEqualTo(1024);
        BufferedImage region = ImageIO.read(folder.resolve("OS-1-detail.ome.region.png").toFile());
        assertThat(region.getWidth()).isEqualTo(512);
        assertThat(run.out()).contains("kept 47 of 117 tiles").contains("AUC LUAD vs LUSC").contains("not a diagnosis")
                .contains("largest relative difference");
        assertThat(folder.resolve("qc/CMU-1-Small-Region.tissue.geojson")).isNotEmptyFile();
        assertThat(folder.resolve("qc/CMU-1-Small-Region.qc-overlay.png")).isNotEmptyFile();
        assertThat(folder.resolve("bags/CMU-1-Small-Region.h5")).isNotEmptyFile();
        assertThat(folder.resolve("lung_patches/patches.h5")).isNotEmptyFile();
        for (String slide : new String[] {"CMU-1-Small-Region", "OS-1-detail", "OS-2-ndpi"}) {
            assertThat(folder.resolve("heatmaps/" + slide + ".heatmap.png")).isNotEmptyFile();
            assertThat(folder.resolve("heatmaps/" + slide + ".heatmap.geojson")).isNotEmptyFile();
        }
    }
}
