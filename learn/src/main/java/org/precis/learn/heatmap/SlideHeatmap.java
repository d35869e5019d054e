package org.precis.learn.heatmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;
import org.precis.embed.EncoderException;
import org.precis.embed.patches.PatchEmbedder;
import org.precis.embed.pipeline.SlideTile;
import org.precis.embed.pipeline.SlideTiles;
import org.precis.embed.pipeline.TilePlan;
import org.precis.learn.patch.PatchClassifier;
import org.precis.slide.RgbImage;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;

/**
 * Classifies every tile of a plan: reads it at the plan's resolution as the slide pipeline does
 * ({@link SlideTiles}), embeds it as the model's recipe says (views, scales, stain normalisation:
 * {@link PatchEmbedder}, as for patch files) and applies the model. Tiles are read on the calling
 * thread: with a recipe of several views the encoder, not the reading, sets the pace.
 */
public final class SlideHeatmap {

    private final PatchClassifier model;
    private final PatchEmbedder embedder;
    private final int batchSize;

    /**
     * @param embedder made with the encoder the model was trained with (it checks the recipe)
     * @param batchSize tiles read before they are embedded together
     */
    public SlideHeatmap(PatchClassifier model, PatchEmbedder embedder, int batchSize) {
        this.model = Objects.requireNonNull(model, "model");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
        }
        this.batchSize = batchSize;
    }

    /**
     * The predictions for every tile of {@code plan} that can be read; {@code progress} hears the
     * number of tiles done after each batch.
     *
     * @throws EncoderException if the model fails to run
     */
    public SlidePredictions predict(Slide slide, TilePlan plan, IntConsumer progress) throws EncoderException {
        List<TilePrediction> predictions = new ArrayList<>(plan.tiles().size());
        int skipped = 0;
        int done = 0;
        List<SlideTile> batch = new ArrayList<>(batchSize);
        List<RgbImage> images = new ArrayList<>(batchSize);
        SlideTiles tiles = new SlideTiles(slide, plan.grid());
        for (SlideTile tile : plan.tiles()) {
            try {
                images.add(tiles.read(tile));
                batch.add(tile);
            } catch (SlideException unreadable) {
                skipped++;
            }
            done++;
            if (batch.size() == batchSize) {
                classify(batch, images, predictions);
                progress.accept(done);
            }
        }
        classify(batch, images, predictions);
        progress.accept(done);
        return new SlidePredictions(model.classNames(), predictions, skipped);
    }

    private void classify(List<SlideTile> batch, List<RgbImage> images, List<TilePrediction> predictions)
            throws EncoderException {
        if (batch.isEmpty()) {
            return;
        }
        // Each view's vector, pooled as the model was trained (mean vector or mean probability).
        List<float[][]> views = embedder.embedImageViews(images, model.recipe());
        for (int i = 0; i < batch.size(); i++) {
            predictions.add(new TilePrediction(batch.get(i), model.probabilitiesOfViews(views.get(i))));
        }
        batch.clear();
        images.clear();
    }
}
