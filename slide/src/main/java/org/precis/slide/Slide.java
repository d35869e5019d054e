package org.precis.slide;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * An open whole-slide image. Implementations are thread-safe: any number of threads may read
 * regions at once. Close it to release the file and native resources.
 */
public interface Slide extends AutoCloseable {

    /** The file (for a multi-file format, the one that was opened). */
    Path path();

    /** What kind of file this is, for example {@code aperio-svs}, {@code ome-tiff}, {@code dicom-wsi}. */
    String format();

    /** Which reader decoded it: {@code precis} for the project's own readers, {@code openslide} otherwise. */
    String backend();

    /** The scanner vendor when the file names one. */
    Optional<String> vendor();

    /** Pyramid levels, full resolution first. */
    List<SlideLevel> levels();

    /** Physical pixel size of level 0, when the file states it. */
    Optional<PixelSize> pixelSize();

    /** Objective magnification the slide was scanned at, when the file states it. */
    OptionalDouble objectivePower();

    /** Names of the associated images ({@code thumbnail}, {@code label}, {@code macro}). */
    Set<String> associatedImageNames();

    /** An associated image, decoded. */
    RgbImage associatedImage(String name) throws SlideException;

    /** Vendor and container properties, as found in the file. */
    Map<String, String> properties();

    /**
     * Reads a region. {@code x} and {@code y} are level-0 pixels; the width and height are pixels
     * of the resolution asked for. Parts outside the slide are white.
     */
    RgbImage readRegion(RegionRequest request) throws SlideException;

    /** The level with the largest downsample not greater than the one asked for. */
    default SlideLevel bestLevelForDownsample(double downsample) {
        List<SlideLevel> all = levels();
        SlideLevel best = all.get(0);
        for (SlideLevel level : all) {
            if (level.downsample() <= downsample * (1 + 1e-9) && level.downsample() > best.downsample()) {
                best = level;
            }
        }
        return best;
    }

    /**
     * The whole slide scaled so that its longer side is {@code maxSize} pixels (never enlarged),
     * resampled from the best level.
     */
    default RgbImage thumbnail(int maxSize) throws SlideException {
        if (maxSize <= 0) {
            throw new IllegalArgumentException("thumbnail size must be positive: " + maxSize);
        }
        SlideLevel base = levels().get(0);
        double downsample = Math.max(1.0, (double) Math.max(base.width(), base.height()) / maxSize);
        int width = (int) Math.max(1, Math.round(base.width() / downsample));
        int height = (int) Math.max(1, Math.round(base.height() / downsample));
        return readRegion(new RegionRequest(0, 0, width, height, Resolution.downsample(downsample)));
    }

    @Override
    void close();
}
