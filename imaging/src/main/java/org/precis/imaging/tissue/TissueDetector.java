package org.precis.imaging.tissue;

import org.precis.slide.RgbImage;
import org.precis.slide.Slide;
import org.precis.slide.SlideException;

/**
 * Finds tissue: HSV saturation of a low-resolution view, thresholded at Otsu's value (or the
 * configured floor, whichever is higher), closed, opened, holes filled, small regions dropped.
 * Pen ink is saturated too: it is left out of Otsu's histogram and out of the mask, before the
 * morphology (so that it does not join tissue) and after the hole filling (so that ink drawn
 * inside a tissue outline does not come back as a filled hole).
 */
public final class TissueDetector {

    private final TissueDetection settings;
    private final PenMarkRules penMarkRules;

    /** A detector that leaves out pen marks by the default rules. */
    public TissueDetector(TissueDetection settings) {
        this(settings, PenMarkRules.defaults());
    }

    public TissueDetector(TissueDetection settings, PenMarkRules penMarkRules) {
        if (settings == null || penMarkRules == null) {
            throw new IllegalArgumentException("tissue detection settings and pen mark rules are required");
        }
        this.settings = settings;
        this.penMarkRules = penMarkRules;
    }

    public TissueDetection settings() {
        return settings;
    }

    public PenMarkRules penMarkRules() {
        return penMarkRules;
    }

    /** A mask of a slide that states its pixel size. */
    public TissueMask detect(Slide slide) throws SlideException {
        double slideMpp = slide.pixelSize()
                .orElseThrow(() -> new IllegalArgumentException(
                        "slide " + slide.path() + " does not state its pixel" + " size; give its µm/px explicitly"))
                .mpp();
        return detect(slide, slideMpp);
    }

    /** A mask of a slide whose level-0 µm/px is given by the caller. */
    public TissueMask detect(Slide slide, double slideMpp) throws SlideException {
        LowResolutionView view = LowResolutionView.read(slide, slideMpp, settings.maskMpp());
        return detect(view.image(), view.mpp(), view.slideMpp());
    }

    /**
     * A mask of an image already at low resolution, {@code imageMpp} µm/px, whose pixel (0, 0)
     * is the origin of a slide of {@code slideMpp} µm/px.
     */
    public TissueMask detect(RgbImage image, double imageMpp, double slideMpp) {
        return detect(image, imageMpp, slideMpp, PenMarks.find(image, penMarkRules));
    }

    /** As {@link #detect(RgbImage, double, double)}, with the pen marks of the image already found. */
    public TissueMask detect(RgbImage image, double imageMpp, double slideMpp, PenMarks penMarks) {
        if (penMarks.width() != image.width() || penMarks.height() != image.height()) {
            throw new IllegalArgumentException("pen marks of " + penMarks.width() + "x" + penMarks.height()
                    + " do not match an image of " + image.width() + "x" + image.height());
        }
        SaturationImage saturation = SaturationImage.of(image);
        boolean[] ink = penMarks.raster();
        double threshold = Math.max(saturation.otsu(ink).value(), settings.minimumThreshold());
        BinaryMorphology morphology = new BinaryMorphology(image.width(), image.height());
        boolean[] mask = saturation.above(threshold);
        clear(mask, ink);
        mask = morphology.closing(mask, (int) Math.round(settings.closingRadiusUm() / imageMpp));
        mask = morphology.opening(mask, (int) Math.round(settings.openingRadiusUm() / imageMpp));
        mask = morphology.fillHoles(mask);
        clear(mask, ink);
        long minimumPixels = (long) Math.ceil(settings.minimumRegionAreaMm2() * 1e6 / (imageMpp * imageMpp));
        mask = morphology.removeSmallRegions(mask, minimumPixels);
        return new TissueMask(image.width(), image.height(), imageMpp, slideMpp, mask);
    }

    private static void clear(boolean[] mask, boolean[] excluded) {
        for (int i = 0; i < mask.length; i++) {
            mask[i] &= !excluded[i];
        }
    }
}
