package org.precis.imaging.qc;

import java.util.List;
import org.precis.imaging.stain.ColourDeconvolution;
import org.precis.imaging.stain.Stain;
import org.precis.slide.RgbImage;

/** Haematoxylin and eosin over the tissue of a view. */
public final class StainStatistics {

    private StainStatistics() {}

    /**
     * Colour deconvolution of {@code image}, summarised over the pixels where {@code tissue} is
     * set: haematoxylin then eosin, or nothing when there is no tissue.
     */
    public static List<StainSummary> over(RgbImage image, boolean[] tissue) {
        if (tissue.length != image.width() * image.height()) {
            throw new IllegalArgumentException(
                    "expected " + image.width() * image.height() + " tissue flags, got " + tissue.length);
        }
        int count = 0;
        for (boolean value : tissue) {
            count += value ? 1 : 0;
        }
        if (count == 0) {
            return List.of();
        }
        ColourDeconvolution deconvolution = ColourDeconvolution.haematoxylinEosinDab();
        return List.of(
                summary(Stain.HAEMATOXYLIN, deconvolution.amounts(image, tissue, Stain.HAEMATOXYLIN)),
                summary(Stain.EOSIN, deconvolution.amounts(image, tissue, Stain.EOSIN)));
    }

    /** Summarises (and reorders) the amounts of one stain. */
    private static StainSummary summary(Stain stain, double[] values) {
        int count = values.length;
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        // selection instead of a full sort: a slide's tissue is a million pixels or more
        double[] p = percentiles(values, 5, 50, 95);
        return new StainSummary(stain, count, sum / count, p[0], p[1], p[2]);
    }

    /**
     * numpy's default (linear) percentiles of values, asked in rising order. The values are
     * reordered: each selection leaves everything from its rank on at least as large as everything
     * before, so the next one only searches from there.
     */
    static double[] percentiles(double[] values, double... percents) {
        double[] out = new double[percents.length];
        int from = 0;
        double previous = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < percents.length; p++) {
            if (!(percents[p] >= previous && percents[p] <= 100)) {
                throw new IllegalArgumentException("percentiles must rise within [0, 100]: " + percents[p]);
            }
            previous = percents[p];
            double rank = percents[p] / 100 * (values.length - 1);
            int below = (int) Math.floor(rank);
            double low = select(values, from, below);
            from = below;
            if (below + 1 >= values.length || rank == below) {
                out[p] = low;
                continue;
            }
            double high = Double.POSITIVE_INFINITY;
            for (int i = below + 1; i < values.length; i++) {
                high = Math.min(high, values[i]);
            }
            out[p] = low + (rank - below) * (high - low);
        }
        return out;
    }

    /** The {@code k}-th smallest value (from 0) of values[from..], by quickselect with a three-way partition. */
    private static double select(double[] values, int from, int k) {
        int left = from;
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
