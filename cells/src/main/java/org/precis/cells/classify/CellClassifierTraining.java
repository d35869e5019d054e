package org.precis.cells.classify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.precis.cells.nuclei.CellClass;
import org.precis.cells.nuclei.NucleusDetector;
import org.precis.embed.EncoderException;
import org.precis.embed.OnnxEncoderOptions;
import org.precis.io.provenance.Provenance;

/**
 * Trains and evaluates cell classifiers on a point-annotated set ({@link AnnotatedImages}): the
 * cells' features are computed once; {@link #compare} runs the image-grouped nested
 * cross-validation of every combination of a recipe's parts on the same folds; {@link #train}
 * evaluates one recipe the same way and refits it on every image for the model file. With a
 * detector, the outer folds' models are also scored on every nucleus it finds in their held-out
 * images, and, when {@code thresholdOnDetections}, the mitosis threshold is chosen on the
 * detections of the inner folds' held-out images (the classifier's use) rather than on the
 * annotated cells; the detections are then the mitosis candidates of {@link
 * MitosisCandidateSettings} (nuclei and pair midpoints, calls suppressed within a radius).
 */
public final class CellClassifierTraining {

    private final Path dataRoot;
    private final TrainingSettings settings;
    private final OnnxEncoderOptions encoderOptions;
    private final Optional<NucleusDetector> calibration;
    private final boolean thresholdOnDetections;
    private final double matchRadiusUm;
    private final MitosisCandidateSettings candidates;
    private final boolean candidateViews;

    public CellClassifierTraining(
            Path dataRoot,
            TrainingSettings settings,
            OnnxEncoderOptions encoderOptions,
            Optional<NucleusDetector> calibration,
            boolean thresholdOnDetections,
            double matchRadiusUm,
            MitosisCandidateSettings candidates,
            boolean candidateViews) {
        this.dataRoot = dataRoot;
        this.settings = settings;
        this.encoderOptions = encoderOptions;
        this.calibration = calibration;
        if (thresholdOnDetections && calibration.isEmpty()) {
            throw new IllegalArgumentException("a threshold chosen on detections needs a detector");
        }
        this.thresholdOnDetections = thresholdOnDetections;
        if (!(matchRadiusUm > 0) || matchRadiusUm > 50) {
            throw new IllegalArgumentException("match radius must be 0..50 µm: " + matchRadiusUm);
        }
        this.matchRadiusUm = matchRadiusUm;
        this.candidates = java.util.Objects.requireNonNull(candidates, "candidates");
        if (candidateViews && (calibration.isEmpty() || !candidates.pairs())) {
            throw new IllegalArgumentException("training views of pair candidates need a detector and pairs");
        }
        this.candidateViews = candidateViews;
    }

    /** The cross-validated report, and the outer-fold models on every detected nucleus when calibrated on detections. */
    public record Evaluation(CellClassReport report, Optional<DetectedCellEvaluation.Result> detections) {}

    /** A trained model and the evaluation of the procedure that made it. */
    public record Outcome(CellClassifierModel model, Evaluation evaluation) {}

    /** The evaluation of every combination of {@code full}'s parts, in {@link FeatureBlocks} order. */
    public List<Evaluation> compare(List<AnnotatedImage> images, CellFeatureRecipe full)
            throws IOException, EncoderException {
        Prepared prepared = prepare(images, full);
        List<Evaluation> evaluations = new ArrayList<>();
        for (FeatureBlocks.Combination combination : FeatureBlocks.combinations(full)) {
            List<DetectedImage> detected = new ArrayList<>();
            for (DetectedImage d : prepared.detected()) {
                detected.add(d.columns(combination.columns()));
            }
            evaluations.add(evaluate(
                            images,
                            new Prepared(
                                    prepared.table().columns(combination.columns()),
                                    detected,
                                    prepared.views().columns(combination.columns())),
                            combination.recipe().label())
                    .evaluation());
        }
        return evaluations;
    }

    /** Evaluates {@code recipe} by nested cross-validation and refits it on every cell of {@code images}. */
    public Outcome train(List<AnnotatedImage> images, CellFeatureRecipe recipe, String software)
            throws IOException, EncoderException {
        Prepared prepared = prepare(images, recipe);
        Evaluation evaluation = evaluate(images, prepared, recipe.label()).evaluation();
        CellFeatureTable table = prepared.table();
        FittedCellClassifier fitted = new GroupedCellValidation(
                        settings.classifier(), thresholdData(prepared), prepared.views())
                .fit(table, IntStream.range(0, table.size()).toArray(), new SplittableRandom(settings.seed() + 2));
        Map<String, String> inputs = new LinkedHashMap<>();
        for (AnnotatedImage image : images) {
            inputs.put("image:" + image.name(), image.imageSha256());
            inputs.put("annotations:" + image.name(), image.annotationsSha256());
        }
        for (EncoderField field : recipe.encoders()) {
            inputs.put("encoder:" + field.encoder(), field.modelSha256());
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("recipe", recipe.label());
        parameters.put("training_images", images.size());
        parameters.put(
                "training_cases",
                images.stream().map(AnnotatedImage::caseId).distinct().count());
        parameters.put("training_cells", table.size());
        for (CellClass k : CellClass.values()) {
            parameters.put(
                    "training_" + k.displayName(),
                    images.stream()
                            .flatMap(i -> i.cells().stream())
                            .filter(c -> c.cellClass() == k)
                            .count());
        }
        parameters.put("mpp", settings.mpp());
        parameters.put("jitter_radius_um", settings.jitter().radiusUm());
        for (CellClass k : CellClass.values()) {
            parameters.put("views_" + k.displayName(), settings.jitter().views().get(k));
        }
        parameters.put("penalties", settings.classifier().penalties());
        parameters.put("outer_folds", settings.classifier().outerFolds());
        parameters.put("inner_folds", settings.classifier().innerFolds());
        parameters.put("fold_grouping", "image");
        if (thresholdOnDetections) {
            parameters.put("mitosis_threshold_on", "detections");
            parameters.put("threshold_detector", calibration.get().name());
            parameters.put("threshold_detector_parameters", calibration.get().parameters());
            parameters.put("calls_per_mitosis_budget", settings.classifier().detectionCallsPerMitosis());
            parameters.put("match_radius_um", matchRadiusUm);
            parameters.put("mitosis_pair_max_distance_um", candidates.pairMaxDistanceUm());
            parameters.put("mitosis_pair_darker_quantile", candidates.pairDarkerQuantile());
            parameters.put("mitosis_suppression_radius_um", candidates.suppressionRadiusUm());
            parameters.put("pair_candidate_training_views", prepared.views().size());
        } else {
            parameters.put("mitosis_threshold_on", "annotated cells");
            parameters.put("calls_per_mitosis_budget", settings.classifier().callsPerMitosis());
        }
        parameters.put("seed", settings.seed());
        Map<String, Double> figures = new LinkedHashMap<>(evaluation.report().asMap());
        evaluation.detections().ifPresent(d -> {
            figures.put("detections_mitosis_recall", d.mitosisRecall());
            figures.put("detections_mitosis_calls_per_true_mitosis", d.callsPerTrueMitosis());
            figures.put("detections_detector_mitosis_recall", d.detectorMitosisRecall());
            figures.put("detections_candidate_mitosis_recall", d.candidateMitosisRecall());
        });
        CellClassifierModel model = new CellClassifierModel(
                recipe,
                fitted.head(),
                fitted.penalty(),
                fitted.rule(),
                new Provenance(software, Optional.empty(), inputs, parameters),
                figures,
                candidates);
        return new Outcome(model, evaluation);
    }

    private record Prepared(CellFeatureTable table, List<DetectedImage> detected, CandidateViews views) {}

    private record Evaluated(Evaluation evaluation, CellClassValidation validation) {}

    private List<DetectedImage> thresholdData(Prepared prepared) {
        return thresholdOnDetections ? prepared.detected() : List.of();
    }

    private Prepared prepare(List<AnnotatedImage> images, CellFeatureRecipe recipe)
            throws IOException, EncoderException {
        try (CellFeatures features = CellFeatures.open(recipe, dataRoot, encoderOptions)) {
            CellFeatureTable table = CellFeatureTable.extract(
                    images, features, settings.jitter(), settings.mpp(), new SplittableRandom(settings.seed()));
            List<DetectedImage> detected = calibration.isPresent()
                    ? DetectedImage.detect(
                            images, calibration.get(), features, settings.mpp(), matchRadiusUm, candidates)
                    : List.of();
            CandidateViews views = candidateViews ? CandidateViews.of(images, detected) : CandidateViews.none();
            return new Prepared(table, detected, views);
        }
    }

    private Evaluated evaluate(List<AnnotatedImage> images, Prepared prepared, String label) {
        CellClassValidation validation = new GroupedCellValidation(
                        settings.classifier(), thresholdData(prepared), prepared.views())
                .evaluate(prepared.table(), new SplittableRandom(settings.seed() + 1));
        CellClassReport report = CellClassReport.of(
                label, validation, settings.bootstrapReplicates(), new SplittableRandom(settings.seed() + 3));
        Optional<DetectedCellEvaluation.Result> detections =
                calibration.map(detector -> DetectedCellEvaluation.evaluate(
                        images, validation, prepared.detected(), detector.name(), matchRadiusUm));
        return new Evaluated(new Evaluation(report, detections), validation);
    }
}
