package org.precis.imaging.tissue;

import org.precis.imaging.grid.Tile;

/** A tile kept for its tissue, with the share of it that is tissue (0 to 1). */
public record TissueTile(Tile tile, double tissueFraction) {}
