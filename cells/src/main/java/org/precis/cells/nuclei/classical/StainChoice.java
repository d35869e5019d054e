package org.precis.cells.nuclei.classical;

import org.precis.imaging.stain.MacenkoNormaliser;
import org.precis.imaging.stain.MacenkoStains;
import org.precis.imaging.stain.StainMatrix;
import org.precis.imaging.stain.StainVector;
import org.precis.slide.RgbImage;

/**
 * The stain vectors an image is separated with: the given ones; or Macenko's estimate of the
 * haematoxylin and the second stain, the third row kept from the standard matrix; or, when too
 * few pixels are stained for an estimate (or the estimate is degenerate), the standard matrix.
 */
final class StainChoice {

    /** Estimated vectors closer than this angle (degrees) are not two stains. */
    private static final double MIN_ANGLE_DEGREES = 5;

    /** The estimate is made on at most this many pixels, sampled on a grid. */
    static final int ESTIMATE_PIXELS = 1 << 16;

    private final ClassicalDetectorSettings settings;

    StainChoice(ClassicalDetectorSettings settings) {
        this.settings = settings;
    }

    StainMatrix of(RgbImage image) {
        if (settings.givenStains().isPresent()) {
            return settings.givenStains().get();
        }
        StainMatrix standard = settings.stainModel().standard();
        if (!settings.estimateStains() || stainedFraction(image) < settings.minStainedFraction()) {
            return standard;
        }
        MacenkoStains estimate = MacenkoNormaliser.estimate(sample(image));
        StainVector h = estimate.haematoxylin();
        StainVector second = estimate.eosin();
        double cosine = h.red() * second.red() + h.green() * second.green() + h.blue() * second.blue();
        if (cosine > Math.cos(Math.toRadians(MIN_ANGLE_DEGREES))) {
            return standard;
        }
        double[][] rows = new double[3][3];
        for (int stain = 0; stain < 3; stain++) {
            for (int channel = 0; channel < 3; channel++) {
                rows[stain][channel] = standard.rgbFromStain(stain, channel);
            }
        }
        rows[0] = new double[] {h.red(), h.green(), h.blue()};
        rows[settings.stainModel().secondStainRow()] = new double[] {second.red(), second.green(), second.blue()};
        try {
            return new StainMatrix(rows);
        } catch (IllegalArgumentException singular) {
            return standard;
        }
    }

    /** Fraction of pixels whose optical density is at least Macenko's tissue density in every channel. */
    static double stainedFraction(RgbImage image) {
        int limit = (int)
                Math.floor(MacenkoNormaliser.BACKGROUND_INTENSITY * Math.exp(-MacenkoNormaliser.TISSUE_DENSITY) - 1);
        // -ln((v + 1) / 240) >= 0.15  <=>  v <= 240 e^-0.15 - 1
        byte[] rgb = image.rgb();
        long stained = 0;
        for (int i = 0; i < rgb.length; i += 3) {
            if ((rgb[i] & 0xff) <= limit && (rgb[i + 1] & 0xff) <= limit && (rgb[i + 2] & 0xff) <= limit) {
                stained++;
            }
        }
        return (double) stained / (rgb.length / 3);
    }

    /** At most {@link #ESTIMATE_PIXELS} pixels of the image on a regular grid (the estimate is of percentiles). */
    static RgbImage sample(RgbImage image) {
        int step = (int) Math.ceil(Math.sqrt((double) image.width() * image.height() / ESTIMATE_PIXELS));
        if (step <= 1) {
            return image;
        }
        int width = (image.width() + step - 1) / step;
        int height = (image.height() + step - 1) / step;
        byte[] rgb = new byte[3 * width * height];
        byte[] source = image.rgb();
        for (int y = 0, k = 0; y < height; y++) {
            for (int x = 0; x < width; x++, k += 3) {
                System.arraycopy(source, 3 * (y * step * image.width() + x * step), rgb, k, 3);
            }
        }
        return new RgbImage(width, height, rgb);
    }
}
