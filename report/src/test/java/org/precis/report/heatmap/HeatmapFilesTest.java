package org.precis.report.heatmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.embed.pipeline.SlideTile;
import org.precis.embed.pipeline.TilePlan;
import org.precis.embed.pipeline.TilePlanner;
import org.precis.embed.pipeline.TileSpec;
import org.precis.imaging.qc.QcSettings;
import org.precis.imaging.qc.StainCheck;
import org.precis.imaging.tissue.TissueDetection;
import org.precis.imaging.tissue.TissueDetector;
import org.precis.learn.heatmap.HeatmapProvenance;
import org.precis.learn.heatmap.SlidePredictions;
import org.precis.learn.heatmap.TilePrediction;
import org.precis.learn.patch.ModelProvenance;
import org.precis.slide.Slide;
import org.precis.slide.Slides;
import org.precis.testing.SampleData;

class HeatmapFilesTest {

    @TempDir
    Path folder;

    /**
     * The sample slide's real tissue tiles with probabilities that are a formula of the tile's
     * column, so that the maps are made without a model.
     */
    @Test
    void writesMapsOverAGreySlideWithKeyScaleBarAndCaption() throws Exception {
        Path file = SampleData.path("samples/wsi/CMU-1-Small-Region.svs");
        try (Slides slides = Slides.withDefaults();
                Slide slide = slides.open(file)) {
            TileSpec spec = new TileSpec(224, 0.5, 0.5);
            TilePlan plan =
                    new TilePlanner(new TissueDetector(TissueDetection.defaults()), Optional.empty()).plan(slide, spec);
            List<TilePrediction> tiles = new ArrayList<>();
            for (SlideTile tile : plan.tiles()) {
                double p = (tile.tile().column() % 5) / 4.0;
                tiles.add(new TilePrediction(tile, new double[] {p * 0.5, 1 - p, p * 0.5}));
            }
            SlidePredictions predictions = new SlidePredictions(List.of("lung_aca", "lung_n", "lung_scc"), tiles, 0);
            HeatmapProvenance provenance = new HeatmapProvenance(
                    file.toString(),
                    "0".repeat(64),
                    "model.json",
                    "1".repeat(64),
                    "mobilenet_v2",
                    "2".repeat(64),
                    provenance(),
                    spec,
                    "test",
                    StainCheck.haematoxylinEosin(slide, plan.grid().slideMpp(), QcSettings.defaults()));
            List<Path> written = new HeatmapFiles(
                            folder,
                            "CMU",
                            List.of("lung adenocarcinoma", "benign lung tissue", "lung squamous cell carcinoma"))
                    .write(slide, predictions, provenance, plan.grid().slideMpp());
            assertThat(written)
                    .extracting(path -> path.getFileName().toString())
                    .containsExactly(
                            "CMU.heatmap.png",
                            "CMU.heatmap.lung_aca.png",
                            "CMU.heatmap.lung_n.png",
                            "CMU.heatmap.lung_scc.png",
                            "CMU.heatmap.geojson",
                            "CMU.heatmap.json");
            BufferedImage classMap =
                    ImageIO.read(folder.resolve("CMU.heatmap.png").toFile());
            BufferedImage probability =
                    ImageIO.read(folder.resolve("CMU.heatmap.lung_n.png").toFile());
            var thumbnail = slide.thumbnail(1024);
            assertThat(classMap.getWidth()).isEqualTo(Math.max(720, thumbnail.width()));
            assertThat(classMap.getHeight()).isGreaterThan(thumbnail.height() + 60);
            assertThat(probability.getWidth()).isEqualTo(classMap.getWidth());
            // outside the tissue tiles the slide is drawn in grey: no stain colour that could read as tissue
            int left = (probability.getWidth() - thumbnail.width()) / 2;
            for (int y = 0; y < thumbnail.height(); y += 7) {
                int rgb = probability.getRGB(left + 2, y);
                assertThat(rgb >> 16 & 0xff).isEqualTo(rgb >> 8 & 0xff).isEqualTo(rgb & 0xff);
            }
            String json = Files.readString(folder.resolve("CMU.heatmap.json"));
            assertThat(json).contains("\"tiles_predicted\" : " + tiles.size());
        }
    }

    private static ModelProvenance provenance() {
        return new ModelProvenance(
                "mobilenet_v2",
                "2".repeat(64),
                "3".repeat(64),
                555,
                java.util.Map.of(),
                java.util.Map.of(),
                "test",
                "2026-12-06T00:00:00Z");
    }
}
