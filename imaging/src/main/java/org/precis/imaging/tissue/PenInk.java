package org.precis.imaging.tissue;

/** The marker inks pathologists draw on glass, which are not tissue. */
public enum PenInk {
    BLUE,
    GREEN,
    BLACK
}
