package org.precis.embed.pipeline;

import java.util.List;
import java.util.Objects;
import org.precis.imaging.grid.TileGrid;

/**
 * The tiles of one slide to embed, in the order their vectors come out, and the grid that says
 * how each is read.
 */
public record TilePlan(TileGrid grid, List<SlideTile> tiles) {

    public TilePlan {
        Objects.requireNonNull(grid, "grid");
        tiles = List.copyOf(tiles);
    }

    /** The first {@code count} tiles (all when there are fewer). */
    public TilePlan first(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("tile count must be >= 0: " + count);
        }
        return new TilePlan(grid, tiles.subList(0, Math.min(count, tiles.size())));
    }
}
