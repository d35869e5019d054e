package org.precis.cells.nuclei.classical;

import java.util.List;
import org.precis.cells.nuclei.Nucleus;

/**
 * The second half of the classical detector, for any detector that produces a foreground and a
 * plane whose peaks mark nucleus centres (a learned detector's probability and distance maps):
 * seeds at the peaks of each connected component at least a distance apart, a seeded watershed
 * of the negated plane within the foreground, the area filter and the measurements.
 *
 * @param minSeedDistanceUm two seeds are at least this far apart (in each axis)
 * @param minAreaUm2 smaller regions are not nuclei
 * @param maxAreaUm2 larger regions are not nuclei
 */
public record WatershedSplit(double minSeedDistanceUm, double minAreaUm2, double maxAreaUm2) {

    public WatershedSplit {
        if (!(minSeedDistanceUm > 0) || !(minAreaUm2 >= 0) || !(maxAreaUm2 > minAreaUm2)) {
            throw new IllegalArgumentException("need a positive seed distance and 0 <= min area < max area: "
                    + minSeedDistanceUm + ", " + minAreaUm2 + ", " + maxAreaUm2);
        }
    }

    /**
     * The nuclei of {@code foreground}, split at the saddles of {@code peaks}; {@code stains} are
     * the haematoxylin, eosin and DAB planes measured; all planes row by row, {@code width} x
     * {@code height} pixels of {@code mpp} µm.
     */
    public List<Nucleus> nuclei(
            boolean[] foreground, double[] peaks, double[][] stains, int width, int height, double mpp) {
        if (foreground.length != width * height || peaks.length != width * height || stains.length != 3) {
            throw new IllegalArgumentException("planes must have " + width * height + " pixels, and three stains");
        }
        ConnectedComponents components = new ConnectedComponents(foreground, width, height);
        int minSeedDistance = Math.max(1, (int) Math.round(minSeedDistanceUm / mpp));
        int[] seeds = new SeedFinder(minSeedDistance).find(peaks, components, width, height);
        double[] flooded = new double[peaks.length];
        for (int i = 0; i < flooded.length; i++) {
            flooded[i] = -peaks[i];
        }
        int[] labels = new SeededWatershed().flood(flooded, foreground, seeds, components.labels(), width, height);
        double pixelArea = mpp * mpp;
        return new RegionMeasurer(minAreaUm2 / pixelArea, maxAreaUm2 / pixelArea)
                .measure(labels, seeds.length, width, height, stains, mpp);
    }
}
