package org.precis.learn.patch;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.precis.embed.patches.PatchSet;
import org.precis.learn.ClassifierHead;
import org.precis.learn.metrics.Bootstrap;
import org.precis.learn.validation.Candidate;
import org.precis.learn.validation.HeadFamily;
import org.precis.learn.validation.LabelledFeatures;
import org.precis.learn.validation.LogisticHeads;
import org.precis.learn.validation.ModelSelection;
import org.precis.learn.validation.NestedCrossValidation;

/**
 * Trains a patch classifier on one or more embeddings of the same patches (variants: other views,
 * scales, stain normalisation): nested cross-validation estimates the performance of the whole
 * procedure, variant and penalty choice included; then the choice is made on all patches and the
 * chosen head fitted on them. All randomness comes from {@code seed}.
 */
public final class PatchTraining {

    private final ModelSelection selection;
    private final int outerFolds;
    private final Bootstrap bootstrap;
    private final Clock clock;

    public PatchTraining(ModelSelection selection, int outerFolds, Bootstrap bootstrap, Clock clock) {
        this.selection = Objects.requireNonNull(selection, "selection");
        this.outerFolds = outerFolds;
        this.bootstrap = Objects.requireNonNull(bootstrap, "bootstrap");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The trained classifier, its nested-CV evaluation and the candidate chosen on all patches. */
    public record Result(
            PatchClassifier classifier,
            PatchEvaluation nestedCv,
            NestedCrossValidation.Result folds,
            Candidate chosen) {}

    /**
     * Trains on {@code sets} (embeddings of the same patches), choosing among every set with
     * every view pooling it supports ({@link TrainingVariant#of}).
     */
    public Result train(List<PatchSet> sets, long seed, String softwareVersion) {
        return trainVariants(TrainingVariant.of(sets), seed, softwareVersion);
    }

    /** Trains choosing among {@code variants}. */
    public Result trainVariants(List<TrainingVariant> variants, long seed, String softwareVersion) {
        LabelledFeatures data = features(variants);
        PatchSet first = variants.get(0).set();
        NestedCrossValidation.Result nested =
                new NestedCrossValidation(outerFolds, selection).run(data, new SplittableRandom(seed));
        PatchEvaluation evaluation =
                PatchEvaluation.of(nested.heldOut(), first.classNames(), bootstrap, new SplittableRandom(seed + 1));
        Candidate chosen = selection.select(data, ModelSelection.all(data.size()), new SplittableRandom(seed + 2));
        TrainingVariant chosenVariant = variants.get(chosen.variant());
        PatchSet winner = chosenVariant.set();
        ClassifierHead head = selection.fit(
                chosen,
                data.rows(chosen.variant(), ModelSelection.all(data.size())),
                data.rowClasses(chosen.variant(), ModelSelection.all(data.size())),
                data.classCount());
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("head", selection.families().get(chosen.family()).name());
        parameters.put("head_setting", selection.describe(chosen));
        if (selection.families().get(chosen.family()) instanceof LogisticHeads logistic) {
            parameters.put("l2_penalty", Double.toString(logistic.penalties().get(chosen.setting())));
        }
        List<String> grid = new ArrayList<>();
        for (HeadFamily family : selection.families()) {
            for (int s = 0; s < family.settingCount(); s++) {
                grid.add(family.describe(s));
            }
        }
        parameters.put("head_grid", grid.toString());
        parameters.putAll(selection.families().get(chosen.family()).recordedParameters());
        parameters.put("selection", "inner stratified k-fold log loss");
        parameters.put("outer_folds", Integer.toString(outerFolds));
        parameters.put("bootstrap_replicates", Integer.toString(bootstrap.replicates()));
        parameters.put("seed", Long.toString(seed));
        List<String> candidates = new ArrayList<>();
        for (TrainingVariant variant : variants) {
            candidates.add(variant.describe());
        }
        parameters.put("candidate_recipes", candidates.toString());
        parameters.put("view_pooling", chosenVariant.pooling().jsonName());
        parameters.put("chosen_variant", Integer.toString(chosen.variant()));
        List<String> choices = new ArrayList<>();
        for (Candidate candidate : nested.chosen()) {
            choices.add(variants.get(candidate.variant()).describe() + " " + selection.describe(candidate));
        }
        parameters.put("nested_cv_choices", choices.toString());
        Map<String, Double> metrics = new LinkedHashMap<>();
        evaluation.headline().forEach((name, value) -> metrics.put("nested_cv_" + name, value));
        ModelProvenance provenance = new ModelProvenance(
                winner.recipe().encoder(),
                winner.recipe().encoderSha256(),
                winner.dataSha256(),
                winner.count(),
                parameters,
                metrics,
                softwareVersion,
                Instant.now(clock).toString());
        return new Result(
                new PatchClassifier(winner.classNames(), head, winner.recipe(), chosenVariant.pooling(), provenance),
                evaluation,
                nested,
                chosen);
    }

    /** The variants as cross-validation input, after checking they hold the same patches and labels. */
    public static LabelledFeatures features(List<TrainingVariant> variants) {
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("no patch set given");
        }
        PatchSet first = variants.get(0).set();
        List<double[][][]> rows = new ArrayList<>();
        for (TrainingVariant trainingVariant : variants) {
            PatchSet variant = trainingVariant.set();
            if (!variant.fileNames().equals(first.fileNames())
                    || !Arrays.equals(variant.classIndex(), first.classIndex())
                    || !variant.classNames().equals(first.classNames())) {
                throw new IllegalArgumentException("patch sets made with " + first.recipe() + " and " + variant.recipe()
                        + " hold different patches or labels: every variant must embed the same labelled patches");
            }
            rows.add(trainingVariant.caseRows());
        }
        return new LabelledFeatures(
                rows, first.classIndex().clone(), first.classNames().size());
    }
}
