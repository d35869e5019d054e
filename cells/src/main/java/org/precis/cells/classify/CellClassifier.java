package org.precis.cells.classify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.precis.cells.nuclei.CellClass;
import org.precis.embed.EncoderException;
import org.precis.embed.OnnxEncoderOptions;
import org.precis.slide.RgbImage;

/**
 * Classifies nuclei as Tumor, Non-tumor, Mitosis or Apoptosis with a saved {@link
 * CellClassifierModel}: a patch centred on each centroid (a detector's centroid, a few µm from
 * the nucleus centre, is what the model was trained to take) embedded by the model's recipe, then
 * its softmax head and call rule. Research use only, not a diagnosis. Close it to free the encoders.
 */
public final class CellClassifier implements AutoCloseable {

    /** Pixel sizes outside this range are surely a mistake (no bright-field scan is coarser or finer). */
    public static final double MIN_MPP = 0.05;

    public static final double MAX_MPP = 10;

    private final CellClassifierModel model;
    private final CellFeatures features;

    private CellClassifier(CellClassifierModel model, CellFeatures features) {
        this.model = model;
        this.features = features;
    }

    /** Opens the model's encoders from {@code dataRoot/models}, checked against the SHA-256s it names. */
    public static CellClassifier open(CellClassifierModel model, Path dataRoot, OnnxEncoderOptions options)
            throws IOException, EncoderException {
        return new CellClassifier(model, CellFeatures.open(model.recipe(), dataRoot, options));
    }

    public CellClassifierModel model() {
        return model;
    }

    /**
     * The prediction for each centroid {@code {x, y}} (image pixels, continuous coordinates) of
     * {@code image}, whose pixel size is {@code mpp} µm.
     *
     * @throws IllegalArgumentException if the pixel size is absurd or a centroid lies outside the image
     */
    public List<CellPrediction> classify(RgbImage image, double mpp, List<double[]> centroids) throws EncoderException {
        if (!(mpp >= MIN_MPP && mpp <= MAX_MPP)) {
            throw new IllegalArgumentException(
                    "pixel size " + mpp + " µm/px is outside " + MIN_MPP + ".." + MAX_MPP + " µm/px");
        }
        for (double[] c : centroids) {
            if (!(c[0] >= 0 && c[0] <= image.width() && c[1] >= 0 && c[1] <= image.height())) {
                throw new IllegalArgumentException("centroid (" + c[0] + ", " + c[1] + ") is outside the "
                        + image.width() + "x" + image.height() + " px image");
            }
        }
        double[][] rows = features.of(image, mpp, centroids);
        List<CellPrediction> predictions = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            double[] p = model.head().probabilities(rows[i]);
            predictions.add(new CellPrediction(
                    centroids.get(i)[0], centroids.get(i)[1], p, model.rule().call(p)));
        }
        return predictions;
    }

    /**
     * Classifies every detected nucleus of a whole image and calls its mitoses as the model's
     * threshold was chosen ({@link CellClassifierModel#candidates}, {@link MitosisFigures}): the
     * nuclei and the pair candidates between them are classified, mitosis calls are suppressed
     * within the radius of a stronger one, and a surviving pair candidate at or above the threshold
     * is a {@link PairMitosis}.
     *
     * @param centroids the nuclei's centroids {@code {x, y}} (pixels)
     * @param haematoxylin the nuclei's mean haematoxylin optical density, in the same order
     */
    public WholeImageCalls classifyImage(RgbImage image, double mpp, List<double[]> centroids, double[] haematoxylin)
            throws EncoderException {
        List<CellPrediction> predictions = classify(image, mpp, centroids);
        MitosisFigures mitoses = new MitosisFigures(model.candidates());
        List<MitosisCandidate> pairs = mitoses.pairs(centroids, haematoxylin, mpp);
        List<CellPrediction> pairPredictions =
                pairs.isEmpty() ? List.of() : classify(image, mpp, MitosisFigures.centres(pairs));
        MitosisFigures.Outcome figures =
                mitoses.call(centroids, mitosisCalls(predictions), pairs, pairPredictions, mpp);
        List<CellPrediction> nuclei = new ArrayList<>(predictions);
        for (int i : figures.suppressedNuclei()) {
            CellPrediction p = nuclei.get(i);
            nuclei.set(
                    i,
                    new CellPrediction(p.x(), p.y(), p.probabilities(), CallRule.otherThanMitosis(p.probabilities())));
        }
        return new WholeImageCalls(nuclei, figures.pairs());
    }

    /** Each prediction's mitosis probability where it was called Mitosis, NaN where not. */
    static double[] mitosisCalls(List<CellPrediction> predictions) {
        double[] p = new double[predictions.size()];
        for (int i = 0; i < p.length; i++) {
            CellPrediction prediction = predictions.get(i);
            p[i] = prediction.call() == CellClass.MITOSIS ? prediction.probability(CellClass.MITOSIS) : Double.NaN;
        }
        return p;
    }

    @Override
    public void close() {
        features.close();
    }
}
