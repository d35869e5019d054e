package org.precis.cells.classify;

import java.util.ArrayList;
import java.util.List;
import org.precis.cells.nuclei.CellClass;

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
            int detectedAnnotatedNuclei,
            int candidates,
            int reachableMitoses) {}

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

        /** Annotated mitoses with a mitosis candidate (nucleus or pair) within the radius. */
        public double candidateMitosisRecall() {
            return (double) sum(ImageResult::reachableMitoses) / sum(ImageResult::annotatedMitoses);
        }

        /**
         * 95% intervals of the mitosis recall and of the calls per annotated mitosis from {@code
         * replicates} bootstrap draws of whole images (percentiles; draws without a mitosis skipped).
         */
        public Intervals intervals(int replicates, java.util.random.RandomGenerator random) {
            double[] recall = new double[replicates];
            double[] calls = new double[replicates];
            int used = 0;
            for (int r = 0; r < replicates; r++) {
                int mitoses = 0;
                int matched = 0;
                int called = 0;
                for (int i = 0; i < images.size(); i++) {
                    ImageResult drawn = images.get(random.nextInt(images.size()));
                    mitoses += drawn.annotatedMitoses();
                    matched += drawn.matchedMitoses();
                    called += drawn.mitosisCalls();
                }
                if (mitoses > 0) {
                    recall[used] = (double) matched / mitoses;
                    calls[used] = (double) called / mitoses;
                    used++;
                }
            }
            double[] r = java.util.Arrays.copyOf(recall, used);
            double[] c = java.util.Arrays.copyOf(calls, used);
            java.util.Arrays.sort(r);
            java.util.Arrays.sort(c);
            return new Intervals(
                    new double[] {quantile(r, 0.025), quantile(r, 0.975)},
                    new double[] {quantile(c, 0.025), quantile(c, 0.975)});
        }

        private static double quantile(double[] sorted, double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            double position = p * (sorted.length - 1);
            int below = (int) Math.floor(position);
            int above = Math.min(below + 1, sorted.length - 1);
            return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
        }

        /** Annotated nuclei of every class with a detected nucleus within the radius. */
        public double detectorNucleusRecall() {
            return (double) sum(ImageResult::detectedAnnotatedNuclei) / sum(ImageResult::annotatedNuclei);
        }
    }

    /** Percentile intervals, {@code {low, high}}. */
    public record Intervals(double[] mitosisRecall, double[] callsPerTrueMitosis) {}

    private DetectedCellEvaluation() {}

    /**
     * Classifies the detections of each image (in the order the validation's table was built from)
     * with its outer-fold model.
     */
    public static Result evaluate(
            List<AnnotatedImage> images,
            CellClassValidation validation,
            List<DetectedImage> detected,
            String detector,
            double matchRadiusUm) {
        List<ImageResult> results = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            FittedCellClassifier model = validation.chosen().get(foldOf(validation, i));
            DetectedImage d = detected.get(i);
            int m = CellClass.MITOSIS.ordinal();
            double[] p = new double[d.rows().length];
            for (int k = 0; k < p.length; k++) {
                p[k] = model.head().probabilities(d.rows()[k])[m];
            }
            boolean[] kept = d.kept(p);
            List<double[]> centres = d.centres();
            List<double[]> calls = new ArrayList<>();
            for (int k = 0; k < p.length; k++) {
                if (kept[k] && p[k] >= model.rule().mitosisThreshold()) {
                    calls.add(centres.get(k));
                }
            }
            List<double[]> nuclei = d.nucleusCentres();
            results.add(new ImageResult(
                    images.get(i).name(),
                    nuclei.size(),
                    d.mitoses().size(),
                    matches(d.mitoses(), nuclei, d.radiusPx()),
                    calls.size(),
                    matches(d.mitoses(), calls, d.radiusPx()),
                    d.annotated().size(),
                    matches(d.annotated(), nuclei, d.radiusPx()),
                    centres.size(),
                    matches(d.mitoses(), centres, d.radiusPx())));
        }
        return new Result(detector, matchRadiusUm, results);
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
