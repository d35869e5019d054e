package org.precis.learn.heatmap;

import java.util.Objects;

/**
 * A patch model's heatmap of a slide: the tile predictions, what made them, and the plan they
 * followed (its grid knows the slide's level-0 µm/px).
 */
public record SlideHeatmapResult(PlannedHeatmap planned, SlidePredictions predictions, HeatmapProvenance provenance) {
    public SlideHeatmapResult {
        Objects.requireNonNull(planned, "planned");
        Objects.requireNonNull(predictions, "predictions");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** The slide's level-0 µm/px the tiles were planned with (stated by the file or given). */
    public double slideMpp() {
        return planned.plan().grid().slideMpp();
    }
}
