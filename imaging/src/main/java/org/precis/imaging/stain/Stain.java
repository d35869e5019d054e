package org.precis.imaging.stain;

/** The stains of the haematoxylin–eosin–DAB colour model, in the order of its matrix rows. */
public enum Stain {
    HAEMATOXYLIN,
    EOSIN,
    DAB
}
