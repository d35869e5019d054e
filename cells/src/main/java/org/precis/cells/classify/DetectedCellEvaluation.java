package org.precis.cells.classify;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.precis.cells.nuclei.CellClass;
import org.precis.cells.nuclei.Nucleus;
import org.precis.cells.nuclei.NucleusDetector;
import org.precis.embed.EncoderException;
import org.precis.slide.RgbImage;

/**
 * The cell classifier as it is used: on every nucleus a detector finds, not on annotated points.
 * Each image is classified by the model its outer fold fitted without it (the folds of a {@link
 * CellClassValidation}); mitosis calls are paired one to one with annotated mitoses closer than the
 * match radius (closest pairs first). Counts the mitosis calls per annotated mitosis over the whole
 * image, the figure a pathologist would see, which includes calls on nuclei nobody annotated.
 */
public final class DetectedCellEvaluation {

    /** One image's counts. */
    public record ImageResult(
            String image,
            int detections,
            int annotatedMitoses,
            int detectedMitoses,
            int mitosisCalls,
            int matchedMitoses,
            int annotatedNuclei,
            int detectedAnnotatedNuclei) {}

    /** All images' counts and the pooled figures. */
    public record Result(String detector, double matchRadiusUm, List<ImageResult> images) {

        public Result {
            images = List.copyOf(images);
        }

        private int sum(java.util.function.ToIntFunction<ImageResult> f) {
            return images.stream().mapToInt(f).sum();
        }

        /** Annotated mitoses called Mitosis at a detected nucleus, over annotated mitoses. */
        public double mitosisRecall() {
            return (double) sum(ImageResult::matchedMitoses) / sum(ImageResult::annotatedMitoses);
        }

        /** Mitosis calls over the whole images per annotated mitosis. */
        public double callsPerTrueMitosis() {
            return (double) sum(ImageResult::mitosisCalls) / sum(ImageResult::annotatedMitoses);
        }

        /** Annotated mitoses with a detected nucleus within the radius: the ceiling of the recall. */
        public double detectorMitosisRecall() {
            return (double) sum(ImageResult::detectedMitoses) / sum(ImageResult::annotatedMitoses);
        }

        /** Annotated nuclei of every class with a detected nucleus within the radius. */
        public double detectorNucleusRecall() {
            return (double) sum(ImageResult::detectedAnnotatedNuclei) / sum(ImageResult::annotatedNuclei);
        }
    }

    private DetectedCellEvaluation() {}

    /**
     * Detects and classifies the nuclei of {@code images} (in the order the validation's table was
     * built from) with each image's outer-fold model.
     */
    public static Result evaluate(
            List<AnnotatedImage> images,
            CellClassValidation validation,
            CellFeatures features,
            NucleusDetector detector,
            double mpp,
            double matchRadiusUm)
            throws IOException, EncoderException {
        double radius = matchRadiusUm / mpp;
        List<ImageResult> results = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            AnnotatedImage annotated = images.get(i);
            int fold = foldOf(validation, i);
            FittedCellClassifier model = validation.chosen().get(fold);
            RgbImage pixels = PlainImages.read(annotated.image());
            List<Nucleus> nuclei = detector.detect(pixels, mpp);
            List<double[]> centres = new ArrayList<>();
            for (Nucleus n : nuclei) {
                centres.add(new double[] {n.centroidX(), n.centroidY()});
            }
            List<double[]> calls = new ArrayList<>();
            if (!centres.isEmpty()) {
                double[][] rows = features.of(pixels, mpp, centres);
                for (int k = 0; k < rows.length; k++) {
                    if (model.rule().call(model.head().probabilities(rows[k])) == CellClass.MITOSIS) {
                        calls.add(centres.get(k));
                    }
                }
            }
            List<double[]> mitoses = new ArrayList<>();
            List<double[]> all = new ArrayList<>();
            for (AnnotatedCell cell : annotated.cells()) {
                all.add(new double[] {cell.x(), cell.y()});
                if (cell.cellClass() == CellClass.MITOSIS) {
                    mitoses.add(new double[] {cell.x(), cell.y()});
                }
            }
            results.add(new ImageResult(
                    annotated.name(),
                    nuclei.size(),
                    mitoses.size(),
                    matches(mitoses, centres, radius),
                    calls.size(),
                    matches(mitoses, calls, radius),
                    all.size(),
                    matches(all, centres, radius)));
        }
        return new Result(detector.name(), matchRadiusUm, results);
    }

    private static int foldOf(CellClassValidation validation, int image) {
        for (int c = 0; c < validation.image().length; c++) {
            if (validation.image()[c] == image) {
                return validation.fold()[c];
            }
        }
        throw new IllegalArgumentException("image " + image + " has no annotated cell in the validation");
    }

    /** One-to-one pairs closer than {@code radius}, closest first. */
    static int matches(List<double[]> truth, List<double[]> found, double radius) {
        List<double[]> pairs = new ArrayList<>();
        for (int t = 0; t < truth.size(); t++) {
            for (int f = 0; f < found.size(); f++) {
                double d = Math.hypot(truth.get(t)[0] - found.get(f)[0], truth.get(t)[1] - found.get(f)[1]);
                if (d < radius) {
                    pairs.add(new double[] {d, t, f});
                }
            }
        }
        pairs.sort(java.util.Comparator.comparingDouble(p -> p[0]));
        boolean[] usedTruth = new boolean[truth.size()];
        boolean[] usedFound = new boolean[found.size()];
        int matched = 0;
        for (double[] p : pairs) {
            int t = (int) p[1];
            int f = (int) p[2];
            if (!usedTruth[t] && !usedFound[f]) {
                usedTruth[t] = true;
                usedFound[f] = true;
                matched++;
            }
        }
        return matched;
    }
}
