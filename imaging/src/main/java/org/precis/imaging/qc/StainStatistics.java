package org.precis.imaging.qc;

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
        // selection instead of a full sort: a slide's tissue is a million pixels or more
        return new StainSummary(stain, count, sum / count, selectPercentile(values, 5), selectPercentile(values, 50),
                selectPercentile(values, 95));
    }

    /** numpy's default (linear) percentile of unsorted values, which it reorders. */
    static double selectPercentile(double[] values, double percent) {
        double rank = percent / 100 * (values.length - 1);
        int below = (int) Math.floor(rank);
        double low = select(values, below);
        if (below + 1 >= values.length || rank == below) {
            return low;
        }
        // after selection everything right of {@code below} is at least as large: its minimum is next
        double high = Double.POSITIVE_INFINITY;
        for (int i = below + 1; i < values.length; i++) {
            high = Math.min(high, values[i]);
        }
        return low + (rank - below) * (high - low);
    }

    /** The {@code k}-th smallest value (from 0), by quickselect with a three-way partition (many ties). */
    private static double select(double[] values, int k) {
        int left = 0;
        int right = values.length - 1;
        while (left < right) {
            double pivot = median(values[left], values[(left + right) >>> 1], values[right]);
            int less = left;
            int i = left;
            int greater = right;
            while (i <= greater) {
                if (values[i] < pivot) {
                    swap(values, less++, i++);
                } else if (values[i] > pivot) {
                    swap(values, i, greater--);
                } else {
                    i++;
                }
            }
            if (k < less) {
                right = less - 1;
            } else if (k > greater) {
                left = greater + 1;
            } else {
                return pivot;
            }
        }
        return values[k];
    }

    private static double median(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private static void swap(double[] values, int i, int j) {
        double t = values[i];
        values[i] = values[j];
        values[j] = t;
    }

    /** numpy's default (linear) percentile of sorted values. */
    static double percentile(double[] sorted, double percent) {
        double rank = percent / 100 * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }
}
