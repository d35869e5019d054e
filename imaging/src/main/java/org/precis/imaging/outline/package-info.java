/**
 * Outlines of binary masks as polygons with holes: {@link org.precis.imaging.outline.MaskTracer}
 * follows the pixel edges between foreground and background (so the polygons are exact, not
 * smoothed), and {@link org.precis.imaging.outline.PolygonRaster} fills polygons back into a
 * raster by pixel centres and the even-odd rule. Tracing then filling gives back the mask.
 * {@link org.precis.imaging.outline.TissueGeoJson} writes and reads the outlines as GeoJSON
 * annotations QuPath imports.
 */
package org.precis.imaging.outline;
