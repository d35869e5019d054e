package org.precis.learn.heatmap;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntConsumer;
import org.precis.embed.EncoderDescriptor;
import org.precis.embed.EncoderException;
import org.precis.embed.OnnxEncoderOptions;
import org.precis.embed.pipeline.TilePlan;
import org.precis.embed.pipeline.TileSpec;
import org.precis.imaging.qc.QcSettings;
import org.precis.imaging.qc.StainCheck;
import org.precis.io.file.FileSha256;
import org.precis.learn.patch.LoadedPatchModel;
import org.precis.learn.patch.PatchClassifier;
import org.precis.learn.patch.PatchModels;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;

/**
 * A patch model's heatmap over slides, the one path {@code slide heatmap} and the workstation's
 * heatmap analysis take: the model file loaded with its encoder, a slide's tissue tiles planned at
 * the model encoder's input size and its stain checked against H&E ({@link #plan}), then every
 * tile predicted ({@link #predict}) with the provenance of the result (slide, model and encoder
 * with their SHA-256, the model's training, the tiles, the software). Closing it closes the
 * encoder.
 */
public final class PatchModelHeatmap implements AutoCloseable {

    /** Tiles read before they are embedded together. */
    private static final int BATCH = 8;

    private final LoadedPatchModel loaded;
    private final String modelSha256;
    private final String software;

    private PatchModelHeatmap(LoadedPatchModel loaded, String modelSha256, String software) {
        this.loaded = loaded;
        this.modelSha256 = modelSha256;
        this.software = software;
    }

    /**
     * The model in {@code modelFile} with the encoder {@code encoder} (a shipped name or a
     * descriptor file), which must be the one its recipe was made with.
     *
     * @param software the software and version that make the heatmaps, for their provenance
     */
    public static PatchModelHeatmap open(
            PatchModels models, Path modelFile, String encoder, OnnxEncoderOptions options, String software)
            throws IOException, EncoderException {
        String sha = FileSha256.of(modelFile);
        return new PatchModelHeatmap(models.load(modelFile, encoder, options, 1), sha, software);
    }

    /** The model in {@code modelFile} with the encoder its recipe names. */
    public static PatchModelHeatmap open(
            PatchModels models, Path modelFile, OnnxEncoderOptions options, String software)
            throws IOException, EncoderException {
        String sha = FileSha256.of(modelFile);
        return new PatchModelHeatmap(models.load(modelFile, options, 1), sha, software);
    }

    public PatchClassifier model() {
        return loaded.classifier();
    }

    public EncoderDescriptor encoder() {
        return loaded.encoding().descriptor();
    }

    public Path modelFile() {
        return loaded.file();
    }

    public String modelSha256() {
        return modelSha256;
    }

    /**
     * The slide's tissue tiles at the encoder's input size and the check of its stain.
     *
     * @throws SlideException if the slide states no pixel size and none was given, or cannot be read
     */
    public PlannedHeatmap plan(Slide slide, TileSelection selection) throws SlideException {
        TileSpec tiles = selection.spec(encoder().inputWidth());
        TilePlan plan = selection.planner().plan(slide, tiles);
        StainCheck stain = StainCheck.haematoxylinEosin(slide, plan.grid().slideMpp(), QcSettings.defaults());
        return new PlannedHeatmap(tiles, plan, stain);
    }

    /**
     * Predicts every planned tile of {@code slide}, read from {@code slideFile}; {@code progress}
     * hears the number of tiles done.
     */
    public SlideHeatmapResult predict(Path slideFile, Slide slide, PlannedHeatmap planned, IntConsumer progress)
            throws EncoderException, IOException {
        SlidePredictions predictions =
                new SlideHeatmap(model(), loaded.embedder(), BATCH).predict(slide, planned.plan(), progress);
        HeatmapProvenance provenance = new HeatmapProvenance(
                slideFile.toString(),
                FileSha256.of(slideFile),
                modelFile().toString(),
                modelSha256,
                encoder().name(),
                loaded.encoding().encoderSha256(),
                model().provenance(),
                planned.tiles(),
                software,
                planned.stain());
        return new SlideHeatmapResult(planned, predictions, provenance);
    }

    @Override
    public void close() {
        loaded.close();
    }
}
