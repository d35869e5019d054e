package org.precis.cells.classify;

import java.util.List;

/**
 * Every nucleus a detector found in one annotated image, with its feature row, and the image's
 * annotated mitoses: what the mitosis threshold is chosen on when the classifier is to be used on
 * detections. Points in image pixels; {@code radiusPx} is the match radius.
 */
public record DetectedImage(
        double[][] rows, List<double[]> centres, List<double[]> mitoses, List<double[]> annotated, double radiusPx) {

    public DetectedImage {
        if (rows.length != centres.size()) {
            throw new IllegalArgumentException("need a feature row per detected centre");
        }
        centres = List.copyOf(centres);
        mitoses = List.copyOf(mitoses);
        annotated = List.copyOf(annotated);
    }

    /** The same detections with only the feature columns of {@code ranges} ({@code {from, to}}), joined. */
    public DetectedImage columns(List<int[]> ranges) {
        double[][] joined = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            int width = 0;
            for (int[] r : ranges) {
                width += r[1] - r[0];
            }
            double[] row = new double[width];
            int at = 0;
            for (int[] r : ranges) {
                System.arraycopy(rows[i], r[0], row, at, r[1] - r[0]);
                at += r[1] - r[0];
            }
            joined[i] = row;
        }
        return new DetectedImage(joined, centres, mitoses, annotated, radiusPx);
    }

    /**
     * Detects the nuclei of each annotated image and computes their features.
     *
     * @param matchRadiusUm the radius within which a detection matches an annotated point
     */
    public static List<DetectedImage> detect(
            List<AnnotatedImage> images,
            org.precis.cells.nuclei.NucleusDetector detector,
            CellFeatures features,
            double mpp,
            double matchRadiusUm)
            throws java.io.IOException, org.precis.embed.EncoderException {
        List<DetectedImage> detected = new java.util.ArrayList<>();
        for (AnnotatedImage image : images) {
            org.precis.slide.RgbImage pixels = PlainImages.read(image.image());
            List<double[]> centres = new java.util.ArrayList<>();
            for (org.precis.cells.nuclei.Nucleus n : detector.detect(pixels, mpp)) {
                centres.add(new double[] {n.centroidX(), n.centroidY()});
            }
            double[][] rows = centres.isEmpty() ? new double[0][] : features.of(pixels, mpp, centres);
            List<double[]> mitoses = new java.util.ArrayList<>();
            List<double[]> annotated = new java.util.ArrayList<>();
            for (AnnotatedCell cell : image.cells()) {
                annotated.add(new double[] {cell.x(), cell.y()});
                if (cell.cellClass() == org.precis.cells.nuclei.CellClass.MITOSIS) {
                    mitoses.add(new double[] {cell.x(), cell.y()});
                }
            }
            detected.add(new DetectedImage(rows, centres, mitoses, annotated, matchRadiusUm / mpp));
        }
        return detected;
    }
}
