package org.precis.cells.ihc;

/** Where the stain vectors used came from. */
public enum StainOrigin {
    /** Estimated from the image (Macenko's method restricted to haematoxylin and DAB). */
    ESTIMATED,
    /** The standard Ruifrok–Johnston vectors, as QuPath's defaults. */
    STANDARD
}
