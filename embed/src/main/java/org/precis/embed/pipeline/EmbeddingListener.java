package org.precis.embed.pipeline;

import java.nio.file.Path;
import org.precis.slide.SlideException;

/**
 * Hears how a slide's embedding goes, for a progress bar and a log. Every call comes from the
 * thread that runs the embedding, in order; the defaults do nothing.
 */
public interface EmbeddingListener {

    /** Hears nothing. */
    EmbeddingListener NONE = new EmbeddingListener() {};

    /** Embedding of {@code tiles} tiles of {@code slide} starts. */
    default void started(Path slide, int tiles) {}

    /** {@code tiles} more tiles were embedded or skipped. */
    default void progressed(int tiles) {}

    /** A tile could not be read or decoded and is left out of the result. */
    default void skipped(SlideTile tile, SlideException cause) {}
}
