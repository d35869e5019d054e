package org.precis.embed.pipeline;

import java.util.Objects;

/**
 * One tile's vector: where the tile lies (level-0 bounds and grid place), how much of it is
 * tissue, and the encoder's output for it. The array belongs to the receiver.
 */
public record TileEmbedding(SlideTile tile, float[] feature) {

    public TileEmbedding {
        Objects.requireNonNull(tile, "tile");
        Objects.requireNonNull(feature, "feature");
    }
}
