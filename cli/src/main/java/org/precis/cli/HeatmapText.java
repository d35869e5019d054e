package org.precis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.precis.embed.EncoderDescriptor;
import org.precis.embed.pipeline.TileSpec;
import org.precis.learn.heatmap.SlidePredictions;
import org.precis.learn.patch.PatchClassifier;

/** The heatmap command's summary for a reader: what was predicted, by what, and what it is not. */
final class HeatmapText {

    private final PrintWriter out;

    HeatmapText(PrintWriter out) {
        this.out = out;
    }

    void print(
            Path slide,
            PatchClassifier model,
            EncoderDescriptor encoder,
            TileSpec tiles,
            SlidePredictions predictions,
            double seconds,
            List<Path> written,
            String intendedUse) {
        out.printf(
                Locale.ROOT,
                "%s: %d tissue tiles of %d px at %.2f µm/px predicted in %.1f s (%d skipped)%n",
                slide,
                predictions.tiles().size(),
                tiles.tileSizePx(),
                tiles.targetMpp(),
                seconds,
                predictions.skippedTiles());
        out.printf(
                Locale.ROOT,
                "model:   %s views, %s stain normalisation, encoder %s (%s)%n",
                model.recipe().views().name().toLowerCase(Locale.ROOT),
                model.recipe().stains().stream()
                        .map(stain -> stain.name().toLowerCase(Locale.ROOT))
                        .collect(java.util.stream.Collectors.joining("+")),
                encoder.name(),
                encoder.licence());
        double[] fractions = predictions.classFractions();
        StringBuilder shares = new StringBuilder();
        for (int k = 0; k < fractions.length; k++) {
            shares.append(k == 0 ? "" : ", ")
                    .append(predictions.classNames().get(k))
                    .append(String.format(Locale.ROOT, " %.1f%%", 100 * fractions[k]));
        }
        out.println("tiles by predicted class: " + shares);
        out.println("note:    " + intendedUse);
        out.println("wrote:   "
                + String.join(", ", written.stream().map(Path::toString).toList()));
    }
}
