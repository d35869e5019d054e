package org.precis.casework.report;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What the report says of a slide file beyond the store's record: the format that read it and its
 * level-0 pixel size.
 *
 * @param format the slide engine's format name ({@code aperio-svs})
 * @param mpp level-0 µm/px, empty when the file does not say
 */
record SlideFacts(String format, OptionalDouble mpp) {
    /** A slide not in the slide folders: its format cannot be read. */
    static final SlideFacts NOT_FOUND = new SlideFacts("not in the slide folders", OptionalDouble.empty());

    SlideFacts {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(mpp, "mpp");
    }
}
