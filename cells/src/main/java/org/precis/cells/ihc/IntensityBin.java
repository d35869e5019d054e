package org.precis.cells.ihc;

/**
 * The H-score's staining intensity of a nucleus, with the class names and colours QuPath's
 * positive cell detection gives them.
 */
public enum IntensityBin {
    NEGATIVE("Negative", 0x7070E1, 0),
    WEAK("1+", 0xFFD700, 1),
    MODERATE("2+", 0xE19632, 2),
    STRONG("3+", 0xC83232, 3);

    /** QuPath's colour of the Positive class. */
    public static final int POSITIVE_COLOUR = 0xC83232;

    private final String displayName;
    private final int colour;
    private final int weight;

    IntensityBin(String displayName, int colour, int weight) {
        this.displayName = displayName;
        this.colour = colour;
        this.weight = weight;
    }

    /** The QuPath class name with intensity bins: Negative, 1+, 2+, 3+. */
    public String displayName() {
        return displayName;
    }

    /** QuPath's colour of that class, 0xRRGGBB. */
    public int colour() {
        return colour;
    }

    /** The H-score weight: 0, 1, 2 or 3. */
    public int weight() {
        return weight;
    }

    public boolean positive() {
        return this != NEGATIVE;
    }
}
