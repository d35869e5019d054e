package org.precis.cells.classify;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.precis.cells.nuclei.CellClass;
import org.precis.cells.output.Classification;
import org.precis.cells.run.CallBetweenNuclei;
import org.precis.cells.run.ClassCall;
import org.precis.cells.run.KeptNucleus;
import org.precis.cells.run.MergedCalls;
import org.precis.cells.run.NucleusCaller;
import org.precis.cells.run.PointPixels;
import org.precis.embed.EncoderException;
import org.precis.slide.RgbImage;
import org.precis.slide.SlideException;

/**
 * A detection run's classification stage: each kept nucleus called Tumor, Non-tumor, Mitosis or
 * Apoptosis by a {@link CellClassifier} on the pixels of the tile that keeps it, with the model's
 * probability of the class called and QuPath-like colours; then, once the tiles are merged, the
 * mitoses called one per figure over the whole region as {@link CellClassifier#classifyImage} calls
 * them ({@link MitosisFigures}: pair candidates across seams too, suppression of weaker calls).
 * Research use only, not a diagnosis.
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
        List<CellPrediction> predictions = predict(tile, mpp, centroids);
        List<ClassCall> calls = new ArrayList<>(predictions.size());
        for (CellPrediction prediction : predictions) {
            CellClass call = prediction.call();
            calls.add(new ClassCall(Classification.of(call), prediction.probability(call)));
        }
        return calls;
    }

    private List<CellPrediction> predict(RgbImage tile, double mpp, List<double[]> centres) throws IOException {
        try {
            return classifier.classify(tile, mpp, centres);
        } catch (EncoderException e) {
            throw new IOException("cell classifier " + modelName + ": " + e.getMessage(), e);
        }
    }

    /**
     * The region's mitoses one per figure: the pair candidates between the kept nuclei (the
     * haematoxylin quantile over the whole region's nuclei) classified on the tiles that own them,
     * mitosis calls of nuclei and pairs suppressed within the model's radius of a stronger call;
     * a suppressed nucleus is called again, on its tile, as its most probable other class; a
     * surviving pair is a Mitosis between its two nuclei.
     */
    @Override
    public MergedCalls callMerged(List<KeptNucleus> nuclei, PointPixels pixels) throws IOException, SlideException {
        List<double[]> centroids = new ArrayList<>(nuclei.size());
        double[] haematoxylin = new double[nuclei.size()];
        double[] mitosisCall = new double[nuclei.size()];
        String mitosis = CellClass.MITOSIS.displayName();
        for (int i = 0; i < nuclei.size(); i++) {
            KeptNucleus n = nuclei.get(i);
            centroids.add(new double[] {n.x(), n.y()});
            haematoxylin[i] = n.haematoxylinMean();
            mitosisCall[i] = n.call().isPresent()
                            && n.call().get().classification().name().equals(mitosis)
                    ? n.call().get().probability().orElse(Double.NaN)
                    : Double.NaN;
        }
        double mpp = pixels.levelZeroMpp();
        MitosisFigures mitoses = new MitosisFigures(classifier.model().candidates());
        List<MitosisCandidate> pairs = mitoses.pairs(centroids, haematoxylin, mpp);
        List<CellPrediction> pairPredictions =
                pairs.isEmpty() ? List.of() : pixels.at(MitosisFigures.centres(pairs), this::predict);
        MitosisFigures.Outcome figures = mitoses.call(centroids, mitosisCall, pairs, pairPredictions, mpp);
        List<double[]> suppressedAt =
                figures.suppressedNuclei().stream().map(centroids::get).toList();
        List<CellPrediction> again = suppressedAt.isEmpty() ? List.of() : pixels.at(suppressedAt, this::predict);
        Map<Integer, ClassCall> changed = new LinkedHashMap<>();
        for (int k = 0; k < again.size(); k++) {
            double[] p = again.get(k).probabilities();
            CellClass other = CallRule.otherThanMitosis(p);
            changed.put(figures.suppressedNuclei().get(k), new ClassCall(Classification.of(other), p[other.ordinal()]));
        }
        List<CallBetweenNuclei> added = new ArrayList<>();
        for (PairMitosis pair : figures.pairs()) {
            MitosisCandidate c = pair.candidate();
            added.add(new CallBetweenNuclei(
                    c.x(),
                    c.y(),
                    c.first(),
                    c.second(),
                    new ClassCall(Classification.of(CellClass.MITOSIS), pair.probability())));
        }
        return new MergedCalls(changed, added);
    }
}
