package org.precis.cells.nuclei.classical;

import java.util.List;
import org.precis.cells.nuclei.Nucleus;
import org.precis.imaging.stain.StainMatrix;

/**
 * What each step of the classical detector produced on one image (planes row by row), for checking
 * the steps one by one against a reference.
 *
 * @param stains the stain vectors the image was separated with
 * @param haematoxylin the haematoxylin amount of each pixel
 * @param signal the smoothed haematoxylin amount less its background
 * @param threshold the threshold applied to {@code signal}
 * @param foreground pixels above the threshold, small holes filled
 * @param seedPlane the smoothed distance to the background, whose peaks are the seeds
 * @param seeds pixel indices of the seeds
 * @param labels watershed labels (1..seeds, 0 background), before the size filter
 * @param nuclei the nuclei kept by the size filter, measured
 */
record DetectionSteps(
        StainMatrix stains,
        double[] haematoxylin,
        double[] signal,
        double threshold,
        boolean[] foreground,
        double[] seedPlane,
        int[] seeds,
        int[] labels,
        List<Nucleus> nuclei) {}
