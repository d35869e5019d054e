package org.precis.imaging.stain;

import org.precis.slide.RgbImage;

/**
 * Reinhard et al. (2001) colour transfer as used for stain normalisation: each L*a*b* channel of
 * an image is shifted and scaled to the target's mean and standard deviation.
 */
public final class ReinhardNormaliser {

    private final LabStatistics target;

    public ReinhardNormaliser(LabStatistics target) {
        if (target == null) {
            throw new IllegalArgumentException("target statistics are required");
        }
        this.target = target;
    }

    /** A normaliser towards the colours of a reference image. */
    public static ReinhardNormaliser towards(RgbImage reference) {
        return new ReinhardNormaliser(LabStatistics.of(reference));
    }

    public LabStatistics target() {
        return target;
    }

    /** The image in L*a*b* with the target statistics, before it is brought back into RGB's gamut. */
    public LabImage normaliseToLab(RgbImage image) {
        return LabImage.of(image).matched(target);
    }

    public RgbImage normalise(RgbImage image) {
        return normaliseToLab(image).toRgbImage();
    }
}
