package org.precis.learn.heatmap;

import org.precis.embed.pipeline.TileSpec;
import org.precis.imaging.qc.StainCheck;
import org.precis.learn.patch.ModelProvenance;

/**
 * What made a heatmap: the slide and the model file (with their SHA-256), the encoder, the model's
 * own training provenance, the tiles and the software; whether the slide's stain is the one the
 * model was trained on; and what it may be used for.
 */
public record HeatmapProvenance(
        String slide,
        String slideSha256,
        String model,
        String modelSha256,
        String encoder,
        String encoderSha256,
        ModelProvenance training,
        TileSpec tiles,
        String software,
        StainCheck stainCheck) {

    /** Said beside every heatmap: a patch model knows only the tissue it was trained on. */
    public String intendedUse(java.util.List<String> classNames) {
        return "Research use only, not a diagnosis. The model was trained on " + training.trainingCount()
                + " image patches of the classes " + String.join(", ", classNames) + " (data SHA-256 "
                + training.dataSha256().substring(0, 12) + "...); on a slide of another tissue or preparation this"
                + " heatmap shows the mechanics of the pipeline, not a diagnosis.";
    }
}
