package org.precis.cells.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.precis.cells.output.PixelRegion;
import org.precis.slide.RgbImage;
import org.precis.slide.SlideException;
import org.precis.slide.Slides;

/**
 * A run's region as a picture to draw its cells on: the level-0 region shrunk so that its longer
 * side is at most a given number of pixels.
 *
 * @param image the region's pixels
 * @param region the level-0 region shown
 * @param level0PerPixel level-0 pixels per picture pixel (at least 1)
 */
public record RegionPicture(RgbImage image, PixelRegion region, double level0PerPixel) {

    /**
     * Reads {@code region} of the slide or image {@code file}, its longer side at most {@code maxSide} px.
     *
     * @throws DetectionInputException when the file is missing or the region lies outside it
     */
    public static RegionPicture read(Path file, PixelRegion region, int maxSide)
            throws DetectionInputException, SlideException {
        if (!Files.isRegularFile(file)) {
            throw new DetectionInputException(file, "no such file");
        }
        try (Slides slides = Slides.withCache(CellDetection.SLIDE_CACHE_BYTES);
                DetectionImage image = CellDetection.open(file, slides)) {
            if (!region.within(image.width(), image.height())) {
                throw new DetectionInputException(file, "region " + region + " (x,y,w,h) is outside the image");
            }
            RgbImage picture = image.overview(region, maxSide);
            return new RegionPicture(picture, region, (double) region.width() / picture.width());
        }
    }
}
