package org.precis.imaging.provenance;

/** Where the slide's µm/px came from. */
public enum PixelSizeSource {
    /** The slide file states it. */
    SLIDE,
    /** The user gave it, as the file does not state it. */
    USER
}
