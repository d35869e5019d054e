package org.precis.cells.run;

import java.nio.file.Path;
import java.util.Optional;
import org.precis.cells.output.PixelRegion;
import org.precis.slide.RgbImage;
import org.precis.slide.SlideException;

/** A slide or a plain image opened for a detection run. */
interface DetectionImage extends AutoCloseable {

    Path path();

    /** Level-0 columns. */
    long width();

    /** Level-0 rows. */
    long height();

    /** µm per level-0 pixel, when the file states it. */
    Optional<Double> statedMpp();

    /** The region shrunk so that its longer side is at most {@code maxSide} pixels, for checks. */
    RgbImage overview(PixelRegion region, int maxSide) throws SlideException;

    /** The region's pixels, averaged down by {@code downsample}. */
    PixelSource pixels(PixelRegion region, int downsample);

    /**
     * The level-0 bounding box of the tissue, for a slide whose level-0 pixels measure
     * {@code slideMpp} µm; empty when no tissue is found. A plain image is all of itself.
     */
    Optional<PixelRegion> tissueBounds(double slideMpp) throws SlideException;

    /** What the default region is, in words, for the summary. */
    String defaultRegionName();

    @Override
    void close();
}
