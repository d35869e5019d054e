package org.precis.embed.pipeline;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one slide: its bag file, whether it was written or kept, and when the slide was
 * embedded, how its tiles fared.
 */
public record SlideBagResult(Path slide, Path bag, Outcome outcome, Optional<EmbeddingSummary> summary) {

    /** What happened to the bag. */
    public enum Outcome {
        /** Embedded and written. */
        WRITTEN,
        /** A complete bag with the same provenance was there already. */
        KEPT,
        /** No tile had enough tissue, or none could be read: no bag (an empty bag is of no use). */
        NO_TILES
    }

    public SlideBagResult {
        Objects.requireNonNull(slide, "slide");
        Objects.requireNonNull(bag, "bag");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(summary, "summary");
    }
}
