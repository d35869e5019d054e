package org.precis.imaging.tissue;

import org.precis.slide.RegionRequest;
import org.precis.slide.Resolution;
import org.precis.slide.RgbImage;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.SlideLevel;

/**
 * The whole slide read at a coarse resolution, pixel (0, 0) at the slide's level-0 origin.
 *
 * @param image the pixels
 * @param mpp µm per pixel of the image
 * @param slideMpp µm per level-0 pixel of the slide
 */
public record LowResolutionView(RgbImage image, double mpp, double slideMpp) {

    public LowResolutionView {
        if (image == null) {
            throw new IllegalArgumentException("image is required");
        }
        if (!(mpp > 0) || !(slideMpp > 0) || Double.isInfinite(mpp) || Double.isInfinite(slideMpp)) {
            throw new IllegalArgumentException("µm/px must be positive and finite: " + mpp + ", " + slideMpp);
        }
    }

    /** Reads the slide at {@code mpp} µm/px, or at its own resolution if that is coarser. */
    public static LowResolutionView read(Slide slide, double slideMpp, double mpp) throws SlideException {
        if (!(slideMpp > 0) || Double.isInfinite(slideMpp)) {
            throw new IllegalArgumentException("slide µm/px must be positive and finite: " + slideMpp);
        }
        double viewMpp = Math.max(mpp, slideMpp);
        double downsample = viewMpp / slideMpp;
        SlideLevel base = slide.levels().get(0);
        int width = (int) Math.max(1, Math.ceil(base.width() / downsample));
        int height = (int) Math.max(1, Math.ceil(base.height() / downsample));
        RgbImage image = slide.readRegion(new RegionRequest(0, 0, width, height, Resolution.downsample(downsample)));
        return new LowResolutionView(image, viewMpp, slideMpp);
    }

    /** Level-0 pixels per view pixel. */
    public double downsample() {
        return mpp / slideMpp;
    }
}
