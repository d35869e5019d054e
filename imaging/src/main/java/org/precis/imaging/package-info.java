/**
 * Image analysis on slides read through {@code org.precis.slide}: stain deconvolution and
 * normalisation ({@code stain}), tile grids at a physical resolution ({@code grid}), tissue
 * masks and tissue tiles ({@code tissue}), mask outlines as polygons ({@code outline}), slide
 * quality control ({@code qc}), heatmap overlays ({@code heatmap}) and the files that carry
 * results out ({@code export}).
 */
package org.precis.imaging;
