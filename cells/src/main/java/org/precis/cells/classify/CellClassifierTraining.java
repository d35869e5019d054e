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
import org.precis.embed.EncoderException;
import org.precis.embed.OnnxEncoderOptions;
import org.precis.io.provenance.Provenance;

/**
 * Trains and evaluates cell classifiers on a point-annotated set ({@link AnnotatedImages}): the
 * cells' features are computed once; {@link #compare} runs the image-grouped nested
 * cross-validation of every combination of a recipe's parts on the same folds; {@link #train}
 * evaluates one recipe the same way and refits it on every image for the model file.
 */
public final class CellClassifierTraining {

    private final Path dataRoot;
    private final TrainingSettings settings;
    private final OnnxEncoderOptions encoderOptions;

    public CellClassifierTraining(Path dataRoot, TrainingSettings settings, OnnxEncoderOptions encoderOptions) {
        this.dataRoot = dataRoot;
        this.settings = settings;
        this.encoderOptions = encoderOptions;
    }

    /** A trained model and the cross-validated report of the procedure that made it. */
    public record Outcome(CellClassifierModel model, CellClassReport report) {}

    /** The report of every combination of {@code full}'s parts, in {@link FeatureBlocks} order. */
    public List<CellClassReport> compare(List<AnnotatedImage> images, CellFeatureRecipe full)
            throws IOException, EncoderException {
        CellFeatureTable table = extract(images, full);
        List<CellClassReport> reports = new ArrayList<>();
        for (FeatureBlocks.Combination combination : FeatureBlocks.combinations(full)) {
            reports.add(evaluate(
                    table.columns(combination.columns()), combination.recipe().label()));
        }
        return reports;
    }

    /** Evaluates {@code recipe} by nested cross-validation and refits it on every cell of {@code images}. */
    public Outcome train(List<AnnotatedImage> images, CellFeatureRecipe recipe, String software)
            throws IOException, EncoderException {
        CellFeatureTable table = extract(images, recipe);
        CellClassReport report = evaluate(table, recipe.label());
        FittedCellClassifier fitted = new GroupedCellValidation(settings.classifier())
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
        parameters.put("calls_per_mitosis_budget", settings.classifier().callsPerMitosis());
        parameters.put("seed", settings.seed());
        CellClassifierModel model = new CellClassifierModel(
                recipe,
                fitted.head(),
                fitted.penalty(),
                fitted.rule(),
                new Provenance(software, Optional.empty(), inputs, parameters),
                report.asMap());
        return new Outcome(model, report);
    }

    private CellFeatureTable extract(List<AnnotatedImage> images, CellFeatureRecipe recipe)
            throws IOException, EncoderException {
        try (CellFeatures features = CellFeatures.open(recipe, dataRoot, encoderOptions)) {
            return CellFeatureTable.extract(
                    images, features, settings.jitter(), settings.mpp(), new SplittableRandom(settings.seed()));
        }
    }

    private CellClassReport evaluate(CellFeatureTable table, String label) {
        CellClassValidation validation = new GroupedCellValidation(settings.classifier())
                .evaluate(table, new SplittableRandom(settings.seed() + 1));
        return CellClassReport.of(
                label, validation, settings.bootstrapReplicates(), new SplittableRandom(settings.seed() + 3));
    }
}
