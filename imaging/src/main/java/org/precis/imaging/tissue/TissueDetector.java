package org.precis.imaging.tissue;

import org.precis.slide.RegionRequest;
import org.precis.slide.Resolution;
import org.precis.slide.RgbImage;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;
import org.precis.slide.SlideLevel;

/**
 * Finds tissue: HSV saturation of a low-resolution view, thresholded at Otsu's value (or the
 * configured floor, whichever is higher), closed, opened, holes filled, small regions dropped.
 */
public final class TissueDetector {

    private final TissueDetection settings;

    public TissueDetector(TissueDetection settings) {
        if (settings == null) {
            throw new IllegalArgumentException("tissue detection settings are required");
        }
        this.settings = settings;
    }

    public TissueDetection settings() {
        return settings;
    }

    /** A mask of a slide that states its pixel size. */
    public TissueMask detect(Slide slide) throws SlideException {
        double slideMpp = slide.pixelSize()
                .orElseThrow(() -> new IllegalArgumentException("slide " + slide.path() + " does not state its pixel"
                        + " size; give its µm/px explicitly"))
                .mpp();
        return detect(slide, slideMpp);
    }

    /** A mask of a slide whose level-0 µm/px is given by the caller. */
    public TissueMask detect(Slide slide, double slideMpp) throws SlideException {
        if (!(slideMpp > 0) || Double.isInfinite(slideMpp)) {
            throw new IllegalArgumentException("slide µm/px must be positive and finite: " + slideMpp);
        }
        double maskMpp = Math.max(settings.maskMpp(), slideMpp);
        double downsample = maskMpp / slideMpp;
        SlideLevel base = slide.levels().get(0);
        int width = (int) Math.max(1, Math.ceil(base.width() / downsample));
        int height = (int) Math.max(1, Math.ceil(base.height() / downsample));
        RgbImage view = slide.readRegion(new RegionRequest(0, 0, width, height, Resolution.downsample(downsample)));
        return detect(view, maskMpp, slideMpp);
    }

    /**
     * A mask of an image already at low resolution, {@code imageMpp} µm/px, whose pixel (0, 0)
     * is the origin of a slide of {@code slideMpp} µm/px.
     */
    public TissueMask detect(RgbImage image, double imageMpp, double slideMpp) {
        SaturationImage saturation = SaturationImage.of(image);
        double threshold = Math.max(saturation.otsu().value(), settings.minimumThreshold());
        BinaryMorphology morphology = new BinaryMorphology(image.width(), image.height());
        boolean[] mask = saturation.above(threshold);
        mask = morphology.closing(mask, (int) Math.round(settings.closingRadiusUm() / imageMpp));
        mask = morphology.opening(mask, (int) Math.round(settings.openingRadiusUm() / imageMpp));
        mask = morphology.fillHoles(mask);
        long minimumPixels = (long) Math.ceil(settings.minimumRegionAreaMm2() * 1e6 / (imageMpp * imageMpp));
        mask = morphology.removeSmallRegions(mask, minimumPixels);
        return new TissueMask(image.width(), image.height(), imageMpp, slideMpp, mask);
    }
}
