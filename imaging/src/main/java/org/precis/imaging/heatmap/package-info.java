/**
 * Heatmap rendering: per-tile colours (a model's probability through a {@link
 * org.precis.imaging.heatmap.Colormap}, or a predicted class's colour) painted over a slide
 * thumbnail so a pathologist can see where a model looked ({@link org.precis.imaging.heatmap.TileOverlay}),
 * or on a transparent image spanning the slide for a viewer to lay over it ({@link
 * org.precis.imaging.heatmap.TileLayer}). Knows nothing of models: callers pass
 * tiles and values. {@link org.precis.imaging.heatmap.TileMeasurementsGeoJson} writes tiles with a
 * class and measurements ({@link org.precis.imaging.heatmap.MeasuredTile}) as GeoJSON QuPath imports.
 */
package org.precis.imaging.heatmap;
