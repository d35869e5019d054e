package org.precis.slide.deepzoom;

/**
 * A tile address outside the pyramid: a level that does not exist, or a column or row beyond
 * the level's grid (or negative). The message names the slide, the tile and what exists.
 */
public class TileOutOfRangeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final transient TileAddress address;

    public TileOutOfRangeException(String slideName, TileAddress address, String problem) {
        super(slideName + ": " + address + " " + problem);
        this.address = address;
    }

    public TileAddress address() {
        return address;
    }
}
