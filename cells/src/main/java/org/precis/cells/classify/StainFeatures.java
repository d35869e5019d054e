package org.precis.cells.classify;

import java.util.Arrays;
import java.util.List;
import org.precis.imaging.stain.ColourDeconvolution;
import org.precis.imaging.stain.Stain;
import org.precis.imaging.stain.StainConcentrations;
import org.precis.slide.RgbImage;

/**
 * Hand-crafted features of the few micrometres around a nucleus centre, from the Ruifrok–Johnston
 * haematoxylin and eosin amounts (scikit-image's {@code rgb2hed} units) of a 16 µm patch at
 * 0.25 µm/px: how much and how unevenly the centre takes up haematoxylin (mitotic figures are
 * dense and dark, apoptotic bodies dark and eosinophilic), against the ring around it.
 */
final class StainFeatures {

    /** The names of the features, in the order {@link #of} gives them. */
    static final List<String> NAMES = List.of(
            "core_h_mean",
            "core_h_std",
            "core_h_p10",
            "core_h_p90",
            "core_h_max",
            "core_e_mean",
            "core_grey_mean",
            "core_grey_p05",
            "core_h_gradient",
            "ring_h_mean",
            "ring_e_mean",
            "core_minus_ring_h",
            "patch_h_mean");

    static final int SIZE = 64;
    static final double MPP = 0.25;
    private static final double CORE_RADIUS_UM = 3;
    private static final double RING_RADIUS_UM = 7;

    private final PatchSampler sampler = new PatchSampler(SIZE, MPP);
    private final ColourDeconvolution deconvolution = ColourDeconvolution.haematoxylinEosinDab();

    int dimension() {
        return NAMES.size();
    }

    /** The features of the nucleus centred at ({@code x}, {@code y}). */
    double[] of(RgbImage image, double imageMpp, double x, double y) {
        RgbImage patch = sampler.sample(image, imageMpp, x, y);
        StainConcentrations stains = deconvolution.separate(patch);
        double[] h = stains.channel(Stain.HAEMATOXYLIN);
        double[] e = stains.channel(Stain.EOSIN);
        byte[] rgb = patch.rgb();
        double core = CORE_RADIUS_UM / MPP;
        double ring = RING_RADIUS_UM / MPP;
        double centre = SIZE / 2.0;
        double[] coreH = new double[SIZE * SIZE];
        double[] coreGrey = new double[SIZE * SIZE];
        int coreCount = 0;
        double coreE = 0;
        double gradient = 0;
        double ringH = 0;
        double ringE = 0;
        int ringCount = 0;
        double patchH = 0;
        for (int py = 0; py < SIZE; py++) {
            for (int px = 0; px < SIZE; px++) {
                int p = py * SIZE + px;
                patchH += h[p];
                double r = Math.hypot(px + 0.5 - centre, py + 0.5 - centre);
                if (r <= core) {
                    coreH[coreCount] = h[p];
                    coreGrey[coreCount] =
                            ((rgb[3 * p] & 0xff) + (rgb[3 * p + 1] & 0xff) + (rgb[3 * p + 2] & 0xff)) / 3.0;
                    coreCount++;
                    coreE += e[p];
                    double gx = h[py * SIZE + Math.min(SIZE - 1, px + 1)] - h[py * SIZE + Math.max(0, px - 1)];
                    double gy = h[Math.min(SIZE - 1, py + 1) * SIZE + px] - h[Math.max(0, py - 1) * SIZE + px];
                    gradient += Math.hypot(gx, gy) / 2;
                } else if (r <= ring) {
                    ringH += h[p];
                    ringE += e[p];
                    ringCount++;
                }
            }
        }
        double[] hs = Arrays.copyOf(coreH, coreCount);
        double[] greys = Arrays.copyOf(coreGrey, coreCount);
        Arrays.sort(hs);
        Arrays.sort(greys);
        double mean = Arrays.stream(hs).average().orElse(0);
        double variance = 0;
        for (double v : hs) {
            variance += (v - mean) * (v - mean);
        }
        double std = Math.sqrt(variance / coreCount);
        double ringMean = ringH / ringCount;
        return new double[] {
            mean,
            std,
            quantile(hs, 0.10),
            quantile(hs, 0.90),
            hs[coreCount - 1],
            coreE / coreCount,
            Arrays.stream(greys).average().orElse(0),
            quantile(greys, 0.05),
            gradient / coreCount,
            ringMean,
            ringE / ringCount,
            mean - ringMean,
            patchH / (SIZE * SIZE)
        };
    }

    private static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
