package org.precis.imaging.provenance;

import java.util.OptionalDouble;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;

/**
 * The level-0 µm/px a result is computed at, and where it came from.
 *
 * @param mpp µm per level-0 pixel
 * @param source the slide, or the user
 */
public record SlidePixelSize(double mpp, PixelSizeSource source) {

    public SlidePixelSize {
        if (!(mpp > 0) || Double.isInfinite(mpp)) {
            throw new IllegalArgumentException("slide µm/px must be positive and finite: " + mpp);
        }
        if (source == null) {
            throw new IllegalArgumentException("the source of the pixel size is required");
        }
    }

    /**
     * The user's value when given, else the slide's; a {@link SlideException} naming the file and
     * {@code howToGive} when neither exists.
     */
    public static SlidePixelSize of(Slide slide, OptionalDouble given, String howToGive) throws SlideException {
        if (given.isPresent()) {
            return new SlidePixelSize(given.getAsDouble(), PixelSizeSource.USER);
        }
        if (slide.pixelSize().isEmpty()) {
            throw new SlideException(slide.path(), "does not state its pixel size; " + howToGive);
        }
        return new SlidePixelSize(slide.pixelSize().get().mpp(), PixelSizeSource.SLIDE);
    }
}
