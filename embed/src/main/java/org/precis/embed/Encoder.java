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

    /**
     * Writes the model input of one tile (layout, channel order, normalisation) into
     * {@code values} from {@code offset} on: the work before inference, which a pipeline does on
     * its reading threads, filling a batch's slots in place so that neither a per-tile array nor
     * the joining of them costs anything and the inference thread only runs the model. It is what
     * {@link #embed} does to each tile before running the model.
     *
     * @throws IllegalArgumentException if the tile is not the input size
     * @throws IndexOutOfBoundsException if the tile's values do not fit from {@code offset}
     */
    void inputValues(RgbImage tile, float[] values, int offset);

    /**
     * Runs the model on {@code count} tiles' values written by {@link #inputValues}: one vector per
     * tile, in order.
     *
     * @throws IllegalArgumentException if {@code values} does not hold {@code count} tiles
     * @throws EncoderException if the model fails to run
     */
    List<float[]> run(float[] values, int count) throws EncoderException;

    /** Frees the model; the encoder cannot be used afterwards. */
    @Override
    void close();
}
