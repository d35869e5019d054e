/**
 * Tile-wise predictions of a patch classifier over a whole slide: the tissue tiles of a {@code
 * TilePlan} are read at the model's resolution, embedded with the model's recipe and classified
 * ({@link org.precis.learn.heatmap.SlideHeatmap}). {@link org.precis.learn.heatmap.PatchModelHeatmap}
 * is the whole job that {@code slide heatmap} and the workstation's heatmap analysis share: load
 * the model with its encoder, plan a slide's tiles ({@link org.precis.learn.heatmap.TileSelection}),
 * check its stain, predict, and say what made the result ({@link
 * org.precis.learn.heatmap.HeatmapProvenance}). Rendering (overlays, GeoJSON) is the imaging and
 * report modules' job; this package only predicts.
 */
package org.precis.learn.heatmap;
