package org.precis.imaging.tissue;

import java.util.List;
import org.precis.imaging.grid.TileGrid;

/**
 * The tiles of a grid that hold enough tissue.
 *
 * @param grid the whole grid laid over the slide
 * @param mask the tissue mask the fractions were measured on
 * @param minTissueFraction the share of tissue a kept tile reaches
 * @param tiles the kept tiles, row by row
 */
public record TissueTileSelection(TileGrid grid, TissueMask mask, double minTissueFraction, List<TissueTile> tiles) {

    public TissueTileSelection {
        tiles = List.copyOf(tiles);
    }
}
