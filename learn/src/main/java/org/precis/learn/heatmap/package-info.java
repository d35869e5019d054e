/**
 * Tile-wise predictions of a patch classifier over a whole slide: the tissue tiles of a {@code
 * TilePlan} are read at the model's resolution, embedded with the model's recipe and classified.
 * Rendering (overlays, GeoJSON) is the imaging module's job; this package only predicts.
 */
package org.precis.learn.heatmap;
