package org.precis.embed.pipeline;

import java.util.Objects;
import org.precis.imaging.grid.Tile;

/** A tile to embed and the share of it that is tissue (0..1). */
public record SlideTile(Tile tile, double tissueFraction) {

    public SlideTile {
        Objects.requireNonNull(tile, "tile");
        if (!(tissueFraction >= 0 && tissueFraction <= 1)) {
            throw new IllegalArgumentException("tissue fraction must be in [0, 1]: " + tissueFraction);
        }
    }
}
