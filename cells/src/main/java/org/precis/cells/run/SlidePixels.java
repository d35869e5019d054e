package org.precis.cells.run;

import org.precis.cells.output.PixelRegion;
import org.precis.slide.RegionRequest;
import org.precis.slide.Resolution;
import org.precis.slide.RgbImage;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;

/** A slide region read from level 0 and averaged down by a whole number (see {@link WorkingResolution}). */
final class SlidePixels implements PixelSource {

    private final Slide slide;
    private final PixelRegion region;
    private final int downsample;

    SlidePixels(Slide slide, PixelRegion region, int downsample) {
        this.slide = slide;
        this.region = region;
        this.downsample = downsample;
    }

    @Override
    public RgbImage read(int x, int y, int width, int height) throws SlideException {
        RgbImage level0 = slide.readRegion(new RegionRequest(
                region.x() + (long) x * downsample,
                region.y() + (long) y * downsample,
                width * downsample,
                height * downsample,
                Resolution.level(0)));
        return BoxDownsample.of(level0, downsample);
    }
}
