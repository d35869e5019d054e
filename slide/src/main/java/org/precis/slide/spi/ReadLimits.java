package org.precis.slide.spi;

/**
 * Bounds that a file's declared sizes are checked against before any memory is allocated, so
 * that a hostile or broken file fails with a clear error instead of an {@code OutOfMemoryError}.
 *
 * @param maxTilePixels     largest tile or strip to decode
 * @param maxTileBytes      largest compressed tile or strip to read
 * @param maxLevelDimension largest width or height of a level
 * @param maxDirectories    most image directories (IFDs, DICOM instances) in one slide
 * @param maxArrayEntries   most entries in one tag array (tile offsets and the like)
 */
public record ReadLimits(
        long maxTilePixels, long maxTileBytes, long maxLevelDimension, int maxDirectories, long maxArrayEntries) {

    public static final ReadLimits DEFAULT = new ReadLimits(1L << 26, 1L << 28, 1L << 24, 4096, 1L << 24);

    public ReadLimits {
        if (maxTilePixels <= 0
                || maxTileBytes <= 0
                || maxLevelDimension <= 0
                || maxDirectories <= 0
                || maxArrayEntries <= 0) {
            throw new IllegalArgumentException("read limits must be positive");
        }
    }
}
