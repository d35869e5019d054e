package org.precis.cells.classify;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.precis.cells.nuclei.CellClass;
import org.precis.cells.output.Classification;
import org.precis.cells.run.ClassCall;
import org.precis.cells.run.NucleusCaller;
import org.precis.embed.EncoderException;
import org.precis.slide.RgbImage;

/**
 * A detection run's classification stage: each kept nucleus called Tumor, Non-tumor, Mitosis or
 * Apoptosis by a {@link CellClassifier} on the pixels of the tile that keeps it, with the model's
 * probability of the class called and QuPath-like colours. Research use only, not a diagnosis.
 */
public final class ClassifierStage implements NucleusCaller {

    /** Interpolation room beyond a patch's half side, in the larger of the two pixel sizes. */
    private static final int SAMPLER_TAPS = 2;

    private final CellClassifier classifier;
    private final String modelName;

    /**
     * @param classifier the opened classifier (the caller closes it after the run)
     * @param modelName the model as the user named it (a file, or the shipped model), for provenance
     */
    public ClassifierStage(CellClassifier classifier, String modelName) {
        this.classifier = classifier;
        this.modelName = modelName;
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("model", modelName);
        parameters.put("features", classifier.model().recipe().label());
        parameters.put("penalty", classifier.model().penalty());
        parameters.put("research_use", CellClassifierModel.RESEARCH_USE);
        return parameters;
    }

    @Override
    public double reachUm(double mpp) {
        double reach = StainFeatures.SIZE * StainFeatures.MPP / 2 + SAMPLER_TAPS * Math.max(mpp, StainFeatures.MPP);
        for (EncoderField field : classifier.model().recipe().encoders()) {
            reach = Math.max(reach, field.fieldUm() / 2 + SAMPLER_TAPS * Math.max(mpp, field.mpp()));
        }
        return reach;
    }

    @Override
    public List<ClassCall> call(RgbImage tile, double mpp, List<double[]> centroids) throws IOException {
        List<CellPrediction> predictions;
        try {
            predictions = classifier.classify(tile, mpp, centroids);
        } catch (EncoderException e) {
            throw new IOException("cell classifier " + modelName + ": " + e.getMessage(), e);
        }
        List<ClassCall> calls = new ArrayList<>(predictions.size());
        for (CellPrediction prediction : predictions) {
            CellClass call = prediction.call();
            calls.add(new ClassCall(Classification.of(call), prediction.probability(call)));
        }
        return calls;
    }
}
