package org.precis.learn.heatmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.onnxruntime.OrtEnvironment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.embed.EncoderDescriptors;
import org.precis.embed.OnnxEncoder;
import org.precis.embed.OnnxEncoderOptions;
import org.precis.embed.patches.PatchEmbedder;
import org.precis.embed.pipeline.SlideTile;
import org.precis.embed.pipeline.TilePlan;
import org.precis.embed.pipeline.TilePlanner;
import org.precis.embed.pipeline.TileSpec;
import org.precis.imaging.grid.Tile;
import org.precis.imaging.tissue.TissueDetection;
import org.precis.imaging.tissue.TissueDetector;
import org.precis.learn.patch.PatchClassifier;
import org.precis.learn.patch.PatchClassifiers;
import org.precis.slide.Slide;
import org.precis.slide.Slides;
import org.precis.testing.CorruptSlides;
import org.precis.testing.SampleData;

/** Predictions over a real slide with the shipped lung model; a corrupt tile costs only itself. */
class SlideHeatmapTest {

    private static final Path MODEL = Path.of("models", "lc25000-lung-mobilenet_v2.json");
    /** Level-0 bounds of the JPEG tile the corrupt copy cuts short: file tile (5, 6) of 240 px. */
    private static final Tile CUT = new Tile(5, 6, 1200, 1440, 240, 240);

    private final ExecutorService loaders = Executors.newSingleThreadExecutor();

    @TempDir
    Path folder;

    @AfterEach
    void stop() {
        loaders.shutdownNow();
    }

    @Test
    void aCorruptTileIsSkippedAndCountedAndTheOtherTilesArePredictedAsOnTheIntactSlide() throws Exception {
        PatchClassifier model = new PatchClassifiers().read(MODEL);
        Path corrupt = CorruptSlides.cmu1SmallRegionWithCutTile(folder, CUT.column(), CUT.row());
        try (OnnxEncoder encoder = OnnxEncoder.open(
                        OrtEnvironment.getEnvironment(),
                        new EncoderDescriptors().resolve(model.recipe().encoder(), SampleData.root()),
                        new OnnxEncoderOptions(2, 64));
                Slides slides = Slides.withDefaults();
                Slide intact = slides.open(SampleData.path("samples/wsi/CMU-1-Small-Region.svs"));
                Slide damaged = slides.open(corrupt)) {
            SlideHeatmap heatmap =
                    new SlideHeatmap(model, new PatchEmbedder(encoder, PatchEmbedder.modelSha256(encoder), loaders), 4);
            TilePlan near = nearTheCut(new TilePlanner(new TissueDetector(TissueDetection.defaults()), Optional.empty())
                    .plan(intact, new TileSpec(224, 0.5, 0)));
            List<Integer> progress = new ArrayList<>();
            SlidePredictions whole = heatmap.predict(intact, near, progress::add);
            SlidePredictions damagedRun = heatmap.predict(damaged, near, done -> {});

            assertThat(whole.skippedTiles()).isZero();
            assertThat(whole.tiles()).hasSize(near.tiles().size());
            assertThat(progress).last().isEqualTo(near.tiles().size());
            long overCut = near.tiles().stream()
                    .filter(tile -> overlaps(tile.tile(), CUT))
                    .count();
            assertThat(overCut).isPositive();
            assertThat(damagedRun.skippedTiles()).isEqualTo((int) overCut);
            assertThat(damagedRun.tiles()).hasSize(near.tiles().size() - (int) overCut);
            for (TilePrediction prediction : damagedRun.tiles()) {
                TilePrediction same = whole.tiles().stream()
                        .filter(p -> p.tile().equals(prediction.tile()))
                        .findFirst()
                        .orElseThrow();
                for (int k = 0; k < model.classNames().size(); k++) {
                    assertThat(prediction.probabilities()[k]).isCloseTo(same.probabilities()[k], within(1e-12));
                }
            }
            for (TilePrediction prediction : whole.tiles()) {
                double sum = 0;
                for (double p : prediction.probabilities()) {
                    sum += p;
                }
                assertThat(sum).isCloseTo(1, within(1e-9));
            }
        }
    }

    /** The plan's tiles within one tile of the cut file tile: enough to see the skip, quick to embed. */
    private static TilePlan nearTheCut(TilePlan plan) {
        long reach = plan.grid().tiles().get(0).width();
        Tile around =
                new Tile(0, 0, CUT.x() - reach, CUT.y() - reach, CUT.width() + 2 * reach, CUT.height() + 2 * reach);
        List<SlideTile> kept = plan.tiles().stream()
                .filter(tile -> overlaps(tile.tile(), around))
                .toList();
        return new TilePlan(plan.grid(), kept);
    }

    private static boolean overlaps(Tile a, Tile b) {
        return a.x() < b.x() + b.width()
                && b.x() < a.x() + a.width()
                && a.y() < b.y() + b.height()
                && b.y() < a.y() + a.height();
    }
}
