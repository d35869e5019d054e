package org.precis.embed;

import java.util.List;
import org.precis.slide.RgbImage;

/**
 * Turns tiles into vectors. Every tile must already be the descriptor's input size: resampling
 * to a resolution is the tiler's job, where the µm/px is known, not the encoder's.
 */
public interface Encoder extends AutoCloseable {

    /** What the encoder needs and gives. */
    EncoderDescriptor descriptor();

    /**
     * One vector of {@code descriptor().outputDimension()} values per tile, in the tiles' order.
     * The arrays are new and belong to the caller.
     *
     * @throws IllegalArgumentException if a tile is not the input size
     * @throws EncoderException if the model fails to run
     */
    List<float[]> embed(List<RgbImage> tiles) throws EncoderException;

    /** Frees the model; the encoder cannot be used afterwards. */
    @Override
    void close();
}
