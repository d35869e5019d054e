/**
 * Tile grids at a physical resolution: a tile is a fixed number of pixels at a target µm/px, never
 * a pyramid level, so that a model sees the same magnification on every scanner. Tile corners are
 * level-0 pixels, rounded from the exact (fractional) tile pitch so that neighbours share their
 * edges: no gaps, no overlaps unless asked for ({@code overlapPx}), and no drift however many
 * tiles there are. {@link org.precis.imaging.grid.TilePolygon} gives a tile's rectangle as GeoJSON.
 */
package org.precis.imaging.grid;
