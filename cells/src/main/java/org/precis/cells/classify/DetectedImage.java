package org.precis.cells.classify;

import java.util.ArrayList;
import java.util.List;
import org.precis.cells.nuclei.CellClass;
import org.precis.cells.nuclei.Nucleus;
import org.precis.cells.nuclei.NucleusDetector;
import org.precis.embed.EncoderException;
import org.precis.slide.RgbImage;

/**
 * The mitosis candidates of one annotated image ({@link MitosisCandidates}: every nucleus a
 * detector found, the first {@code nucleusCount}, then any pair midpoints), each with its feature
 * row, and the image's annotated points: what the mitosis threshold is chosen on when the
 * classifier is to be used on whole images. Points in image pixels; {@code radiusPx} is the match
 * radius, {@code suppressionPx} the non-maximum suppression radius of mitosis calls (0: none).
 */
public record DetectedImage(
        double[][] rows,
        List<MitosisCandidate> candidates,
        int nucleusCount,
        List<double[]> mitoses,
        List<double[]> annotated,
        double radiusPx,
        double suppressionPx) {

    public DetectedImage {
        if (rows.length != candidates.size()) {
            throw new IllegalArgumentException("need a feature row per candidate");
        }
        if (nucleusCount < 0 || nucleusCount > candidates.size()) {
            throw new IllegalArgumentException("nucleus count must be 0.." + candidates.size() + ": " + nucleusCount);
        }
        candidates = List.copyOf(candidates);
        mitoses = List.copyOf(mitoses);
        annotated = List.copyOf(annotated);
    }

    /** Detected nuclei at {@code centres} only, every mitosis call kept. */
    public DetectedImage(
            double[][] rows,
            List<double[]> centres,
            List<double[]> mitoses,
            List<double[]> annotated,
            double radiusPx) {
        this(rows, nucleusCandidates(centres), centres.size(), mitoses, annotated, radiusPx, 0);
    }

    private static List<MitosisCandidate> nucleusCandidates(List<double[]> centres) {
        List<MitosisCandidate> list = new ArrayList<>();
        for (int i = 0; i < centres.size(); i++) {
            list.add(new MitosisCandidate(centres.get(i)[0], centres.get(i)[1], i, -1));
        }
        return list;
    }

    /** Every candidate's centre {x, y}. */
    public List<double[]> centres() {
        return candidates.stream().map(c -> new double[] {c.x(), c.y()}).toList();
    }

    /** The detected nuclei's centroids. */
    public List<double[]> nucleusCentres() {
        return centres().subList(0, nucleusCount);
    }

    /** Which candidates survive the suppression, given their mitosis probabilities. */
    public boolean[] kept(double[] mitosisProbability) {
        return MitosisSuppression.keep(candidates, mitosisProbability, suppressionPx);
    }

    /** The same candidates with only the feature columns of {@code ranges} ({@code {from, to}}), joined. */
    public DetectedImage columns(List<int[]> ranges) {
        double[][] joined = FeatureBlocks.select(rows, ranges);
        return new DetectedImage(joined, candidates, nucleusCount, mitoses, annotated, radiusPx, suppressionPx);
    }

    /** Detects the nuclei of each annotated image and computes their features; no other candidates. */
    public static List<DetectedImage> detect(
            List<AnnotatedImage> images,
            NucleusDetector detector,
            CellFeatures features,
            double mpp,
            double matchRadiusUm)
            throws java.io.IOException, EncoderException {
        return detect(images, detector, features, mpp, matchRadiusUm, MitosisCandidateSettings.nucleiOnly());
    }

    /**
     * Detects the nuclei of each annotated image, finds their mitosis candidates and computes the
     * candidates' features.
     *
     * @param matchRadiusUm the radius within which a candidate matches an annotated point
     */
    public static List<DetectedImage> detect(
            List<AnnotatedImage> images,
            NucleusDetector detector,
            CellFeatures features,
            double mpp,
            double matchRadiusUm,
            MitosisCandidateSettings candidateSettings)
            throws java.io.IOException, EncoderException {
        List<DetectedImage> detected = new ArrayList<>();
        for (AnnotatedImage image : images) {
            RgbImage pixels = PlainImages.read(image.image());
            List<Nucleus> nuclei = detector.detect(pixels, mpp);
            List<double[]> centroids = new ArrayList<>();
            double[] haematoxylin = new double[nuclei.size()];
            for (int i = 0; i < nuclei.size(); i++) {
                centroids.add(
                        new double[] {nuclei.get(i).centroidX(), nuclei.get(i).centroidY()});
                haematoxylin[i] = nuclei.get(i).measurements().haematoxylinMean();
            }
            List<MitosisCandidate> candidates = MitosisCandidates.find(centroids, haematoxylin, mpp, candidateSettings);
            List<double[]> centres =
                    candidates.stream().map(c -> new double[] {c.x(), c.y()}).toList();
            double[][] rows = centres.isEmpty() ? new double[0][] : features.of(pixels, mpp, centres);
            List<double[]> mitoses = new ArrayList<>();
            List<double[]> annotated = new ArrayList<>();
            for (AnnotatedCell cell : image.cells()) {
                annotated.add(new double[] {cell.x(), cell.y()});
                if (cell.cellClass() == CellClass.MITOSIS) {
                    mitoses.add(new double[] {cell.x(), cell.y()});
                }
            }
            detected.add(new DetectedImage(
                    rows,
                    candidates,
                    nuclei.size(),
                    mitoses,
                    annotated,
                    matchRadiusUm / mpp,
                    candidateSettings.suppressionRadiusUm() / mpp));
        }
        return detected;
    }
}
