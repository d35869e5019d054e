package org.precis.cells.federated;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.precis.cells.classify.CallRule;
import org.precis.cells.classify.CellClassifierModel;
import org.precis.cells.classify.CellFeatureRecipe;
import org.precis.cells.classify.EncoderField;
import org.precis.embed.patches.PatchRecipe;
import org.precis.io.provenance.Provenance;
import org.precis.learn.linear.SoftmaxModel;
import org.precis.learn.patch.ModelProvenance;
import org.precis.learn.patch.PatchClassifier;
import org.precis.table.InputDataException;

/**
 * A finished federated study's head (the patch classifier {@code federation submit} writes) as a
 * cell classifier model that {@code cells detect --classify} and {@code cells grade} read: only when
 * the study trained on cell feature sets of exactly the given recipe, with a multinomial logistic
 * head over the four cell classes in order. The mitosis threshold is given: the federated study
 * chooses none (the model file's other figures come from the study's federated validation).
 */
public final class FederatedCellClassifiers {

    /**
     * The mitosis threshold of a converted model unless another is given: Mitosis is called when
     * it is more probable than the three other classes together, the most probable class whenever
     * one holds a majority.
     */
    public static final double DEFAULT_MITOSIS_THRESHOLD = 0.5;

    /** The l2 penalty a federated study uses when its parameters name none. */
    static final double STUDY_DEFAULT_L2_PENALTY = 1e-3;

    private final CellFeatureSets sets = new CellFeatureSets();

    /**
     * The cell classifier of {@code study}'s head with features by {@code recipe}.
     *
     * @param source names the study's model file in the one-line refusals
     * @throws InputDataException if the study's recipe is not {@code recipe}'s, its classes are
     *     not the cell classes or its head is not multinomial logistic
     */
    public CellClassifierModel model(
            PatchClassifier study, CellFeatureRecipe recipe, CallRule rule, String software, String source) {
        PatchRecipe expected = sets.patchRecipe(recipe);
        PatchRecipe trained = study.recipe();
        if (!trained.equals(expected)) {
            throw new InputDataException(
                    java.nio.file.Path.of(source),
                    0,
                    "the study was trained on features '" + trained.encoder()
                            + "' (SHA-256 " + prefix(trained.encoderSha256()) + "...), not on cell feature recipe '"
                            + expected.encoder() + "' (SHA-256 " + prefix(expected.encoderSha256()) + "...)");
        }
        if (!study.classNames().equals(CellFeatureSets.classNames())) {
            throw new InputDataException(
                    java.nio.file.Path.of(source),
                    0,
                    "the study's classes " + study.classNames() + " are not the cell classes "
                            + CellFeatureSets.classNames());
        }
        if (!(study.head() instanceof SoftmaxModel head)) {
            throw new InputDataException(
                    java.nio.file.Path.of(source),
                    0,
                    "the study's head is a "
                            + study.head().getClass().getSimpleName()
                            + ", not the multinomial logistic head a cell classifier holds");
        }
        ModelProvenance trainedBy = study.provenance();
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("federated_study_data", trainedBy.dataSha256());
        for (EncoderField field : recipe.encoders()) {
            inputs.put("encoder:" + field.encoder(), field.modelSha256());
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("recipe", recipe.label());
        parameters.put("trained", "federated");
        parameters.put("training_cells", String.valueOf(trainedBy.trainingCount()));
        parameters.putAll(new java.util.TreeMap<>(trainedBy.parameters()));
        parameters.put("mitosis_threshold_on", "given");
        parameters.put("study_software", trainedBy.softwareVersion());
        double penalty = Optional.ofNullable(trainedBy.parameters().get("federated_l2_penalty"))
                .map(Double::parseDouble)
                .orElse(STUDY_DEFAULT_L2_PENALTY);
        return new CellClassifierModel(
                recipe,
                head,
                penalty,
                rule,
                new Provenance(software, Optional.of(trainedBy.trainedAtUtc()), inputs, parameters),
                trainedBy.metrics());
    }

    private static String prefix(String sha256) {
        return sha256.substring(0, 12);
    }
}
