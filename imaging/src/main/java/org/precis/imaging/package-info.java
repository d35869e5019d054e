/**
 * Image analysis on slides read through {@code org.precis.slide}: stain deconvolution and
 * normalisation ({@code stain}), tile grids at a physical resolution ({@code grid}), tissue
 * masks ({@code tissue}) and heatmap overlays ({@code heatmap}).
 */
package org.precis.imaging;
