package org.precis.cells.classify;

import java.util.Map;
import java.util.Objects;
import org.precis.io.provenance.Provenance;
import org.precis.learn.linear.SoftmaxModel;

/**
 * A saved cell classifier: how a cell's features are made, the softmax head over them (classes in
 * {@link org.precis.cells.nuclei.CellClass} order), the rule that calls one class, where it came
 * from (the training images' and annotations' SHA-256s, the encoders, the recipe and settings) and
 * the cross-validated figures of the procedure that made it.
 *
 * @param evaluation the image-grouped nested cross-validation figures, name to value
 * @param candidates where mitoses are called on whole images, as the threshold was chosen (a file
 *     written before mitosis candidates existed reads as {@link MitosisCandidateSettings#nucleiOnly})
 */
public record CellClassifierModel(
        CellFeatureRecipe recipe,
        SoftmaxModel head,
        double penalty,
        CallRule rule,
        Provenance provenance,
        Map<String, Double> evaluation,
        MitosisCandidateSettings candidates) {

    /** The label every result of this model carries. */
    public static final String RESEARCH_USE = "research use only, not a diagnosis";

    public CellClassifierModel {
        Objects.requireNonNull(recipe, "recipe");
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(provenance, "provenance");
        evaluation = Map.copyOf(evaluation);
        Objects.requireNonNull(candidates, "candidates");
        if (head.dimension() != recipe.dimension()) {
            throw new IllegalArgumentException(
                    "the head takes " + head.dimension() + " features but the recipe makes " + recipe.dimension());
        }
        if (head.classCount() != org.precis.cells.nuclei.CellClass.values().length) {
            throw new IllegalArgumentException("the head has " + head.classCount() + " classes, not 4");
        }
    }

    /** A model that calls mitoses on detected nuclei only, every call kept. */
    public CellClassifierModel(
            CellFeatureRecipe recipe,
            SoftmaxModel head,
            double penalty,
            CallRule rule,
            Provenance provenance,
            Map<String, Double> evaluation) {
        this(recipe, head, penalty, rule, provenance, evaluation, MitosisCandidateSettings.nucleiOnly());
    }
}
