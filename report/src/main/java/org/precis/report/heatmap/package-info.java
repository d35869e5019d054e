/**
 * A slide heatmap as files a pathologist can read: the predicted-class map and one probability map
 * per class over a grey rendering of the thumbnail (so that the map does not read as tissue), each
 * with its key (class swatches with readable names, or a continuous colour bar), a scale bar in µm
 * and a caption saying what colour and opacity mean; plus the QuPath GeoJSON and the provenance
 * JSON ({@link org.precis.report.heatmap.HeatmapFiles}). The same heatmap as layers a slide viewer
 * lays over the slide: {@link org.precis.report.heatmap.HeatmapLayers}. The painting of tile colours over an image is {@code imaging.heatmap}'s; this package
 * decides what is painted and explains it.
 */
package org.precis.report.heatmap;
