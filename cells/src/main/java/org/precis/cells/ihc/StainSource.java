package org.precis.cells.ihc;

/** Which white and stain vectors the densities are measured with. */
public enum StainSource {
    /** The image's own white and stain vectors (Precis's default). */
    PER_IMAGE,
    /** White 255 and the standard vectors for every image, as QuPath's defaults. */
    STANDARD
}
