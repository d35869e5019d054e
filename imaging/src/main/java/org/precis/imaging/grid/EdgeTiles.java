package org.precis.imaging.grid;

/** What a grid does at the right and bottom edges, where a whole tile no longer fits. */
public enum EdgeTiles {
    /** Only whole tiles: every tile lies inside the slide; a margin under one tile is left out. */
    WHOLE_ONLY,
    /** A last row and column reaching past the slide (read as white there): the slide is covered. */
    COVER_SLIDE
}
