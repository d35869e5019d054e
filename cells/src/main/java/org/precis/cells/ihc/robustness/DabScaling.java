package org.precis.cells.ihc.robustness;

import org.precis.cells.ihc.HdabDensities;
import org.precis.cells.ihc.HdabStainEstimator;
import org.precis.cells.ihc.StainEstimate;
import org.precis.cells.ihc.UnsuitableImageException;
import org.precis.slide.RgbImage;

/**
 * DAB rendered lighter or darker than haematoxylin, as two scanners with different spectral
 * responses render the brown differently (QuPath's fraction above DAB 0.5 fell from 11.9% to 3.7%
 * between the two scans of the OS-2 block, while the fraction above 0.2 fell only from 16.6% to
 * 13.5%): each pixel's DAB density, from the image's own deconvolution, multiplied by {@code
 * factor}, every other part of its colour kept.
 */
public record DabScaling(double factor) {

    public DabScaling {
        if (!(factor > 0 && factor < 10)) {
            throw new IllegalArgumentException("DAB factor must be in (0, 10): " + factor);
        }
    }

    public RgbImage apply(RgbImage image) throws UnsuitableImageException {
        StainEstimate estimate = new HdabStainEstimator().estimate(image);
        HdabDensities densities = HdabDensities.of(image, estimate);
        double[] dab = {
            estimate.stains().dab().red(),
            estimate.stains().dab().green(),
            estimate.stains().dab().blue()
        };
        byte[] in = image.rgb();
        byte[] out = new byte[in.length];
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                double change = (factor - 1) * densities.dabAt(x, y);
                int p = 3 * (y * image.width() + x);
                for (int c = 0; c < 3; c++) {
                    double value = (in[p + c] & 0xff) * Math.pow(10, -change * dab[c]);
                    out[p + c] = (byte) Math.min(255, Math.max(0, Math.round(value)));
                }
            }
        }
        return new RgbImage(image.width(), image.height(), out);
    }
}
