package org.precis.cells.classify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    @Override
    public void close() {
        features.close();
    }
}
