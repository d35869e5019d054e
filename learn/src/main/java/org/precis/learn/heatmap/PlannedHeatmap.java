package org.precis.learn.heatmap;

import java.util.Objects;
import org.precis.embed.pipeline.TilePlan;
import org.precis.embed.pipeline.TileSpec;
import org.precis.imaging.qc.StainCheck;

/**
 * The tiles of a slide a heatmap will predict, and whether the slide's stain is the one the model
 * was trained on (said before any tile is predicted, so that a caller can warn first).
 *
 * @param tiles the tile size, µm/px and least tissue
 * @param plan the tissue tiles in the slide's grid
 * @param stain the slide's stain against H&E
 */
public record PlannedHeatmap(TileSpec tiles, TilePlan plan, StainCheck stain) {
    public PlannedHeatmap {
        Objects.requireNonNull(tiles, "tiles");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(stain, "stain");
    }
}
