package org.precis.imaging.qc;

import java.util.Arrays;
import java.util.List;
import org.precis.imaging.stain.ColourDeconvolution;
import org.precis.imaging.stain.Stain;
import org.precis.imaging.stain.StainConcentrations;
import org.precis.slide.RgbImage;

/** Haematoxylin and eosin over the tissue of a view. */
public final class StainStatistics {

    private StainStatistics() {
    }

    /**
     * Colour deconvolution of {@code image}, summarised over the pixels where {@code tissue} is
     * set: haematoxylin then eosin, or nothing when there is no tissue.
     */
    public static List<StainSummary> over(RgbImage image, boolean[] tissue) {
        if (tissue.length != image.width() * image.height()) {
            throw new IllegalArgumentException("expected " + image.width() * image.height() + " tissue flags, got "
                    + tissue.length);
        }
        int count = 0;
        for (boolean value : tissue) {
            count += value ? 1 : 0;
        }
        if (count == 0) {
            return List.of();
        }
        StainConcentrations stains = ColourDeconvolution.haematoxylinEosinDab().separate(image);
        return List.of(summary(Stain.HAEMATOXYLIN, stains.channel(Stain.HAEMATOXYLIN), tissue, count),
                summary(Stain.EOSIN, stains.channel(Stain.EOSIN), tissue, count));
    }

    private static StainSummary summary(Stain stain, double[] plane, boolean[] tissue, int count) {
        double[] values = new double[count];
        int k = 0;
        double sum = 0;
        for (int i = 0; i < plane.length; i++) {
            if (tissue[i]) {
                values[k++] = plane[i];
                sum += plane[i];
            }
        }
        Arrays.sort(values);
        return new StainSummary(stain, count, sum / count, percentile(values, 5), percentile(values, 50),
                percentile(values, 95));
    }

    /** numpy's default (linear) percentile of sorted values. */
    static double percentile(double[] sorted, double percent) {
        double rank = percent / 100 * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }
}
