/**
 * Immunohistochemistry scoring on haematoxylin–DAB images: the stain vectors and the white level
 * of each image estimated from the image itself, nuclei found on haematoxylin plus DAB, each nucleus
 * classed by its mean DAB optical density against thresholds set from the image's own distribution
 * of nuclear DAB (so that the answer does not follow the scanner), the Ki67 index, the H-score and
 * the hot spot, and the GeoJSON and overlay a pathologist checks them with.
 *
 * <p>Optical densities here are decimal, {@code log10(white / intensity)}, as QuPath reports them,
 * so that a threshold such as QuPath's "DAB 0.2" means the same number.
 */
package org.precis.cells.ihc;
