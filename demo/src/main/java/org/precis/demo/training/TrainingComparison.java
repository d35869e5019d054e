package org.precis.demo.training;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.precis.embed.patches.PatchSet;
import org.precis.learn.linear.MultinomialLogisticRegression;
import org.precis.learn.linear.SoftmaxModel;
import org.precis.learn.metrics.Bootstrap;
import org.precis.learn.metrics.ClassProbabilities;
import org.precis.learn.patch.ModelProvenance;
import org.precis.learn.patch.PatchClassifier;
import org.precis.learn.patch.PatchEvaluation;
import org.precis.learn.patch.ViewPooling;

/**
 * The references a federated model is compared with, and the scoring: the pooled model (the same
 * multinomial logistic head, same L2 penalty, fitted to convergence by L-BFGS on the union of the
 * sites' patches, as on one machine) and each site's model trained on its own patches alone; all
 * scored on the same held-out patches.
 */
public final class TrainingComparison {
    private final double l2Penalty;
    private final Bootstrap bootstrap;
    private final long seed;

    public TrainingComparison(double l2Penalty, Bootstrap bootstrap, long seed) {
        this.l2Penalty = l2Penalty;
        this.bootstrap = bootstrap;
        this.seed = seed;
    }

    /** The head fitted to {@code set} alone, as a patch classifier. */
    public PatchClassifier fit(PatchSet set, String description, Instant trainedAt) {
        double[][] rows = new double[set.count()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = set.feature(i);
        }
        SoftmaxModel head = new MultinomialLogisticRegression(l2Penalty)
                .fit(rows, set.classIndex(), set.classNames().size());
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("head", "multinomial logistic (L-BFGS)");
        parameters.put("l2_penalty", Double.toString(l2Penalty));
        parameters.put("trained_on", description);
        parameters.put("view_pooling", ViewPooling.FEATURE_MEAN.jsonName());
        ModelProvenance provenance = new ModelProvenance(
                set.recipe().encoder(),
                set.recipe().encoderSha256(),
                set.dataSha256(),
                set.count(),
                parameters,
                Map.of(),
                LungPatchEmbedding.SOFTWARE_VERSION,
                trainedAt.toString());
        return new PatchClassifier(set.classNames(), head, set.recipe(), ViewPooling.FEATURE_MEAN, provenance);
    }

    /** Accuracy, macro AUC, Brier with bootstrap intervals of {@code model} on {@code set}. */
    public PatchEvaluation evaluate(PatchClassifier model, PatchSet set) {
        return PatchEvaluation.of(cases(model, set), set.classNames(), bootstrap, new SplittableRandom(seed));
    }

    /** The accuracy of {@code model} on {@code set}. */
    public static double accuracy(PatchClassifier model, PatchSet set) {
        return cases(model, set).accuracy();
    }

    private static ClassProbabilities cases(PatchClassifier model, PatchSet set) {
        return new ClassProbabilities(
                set.classIndex().clone(),
                model.probabilities(set),
                set.classNames().size());
    }

    /**
     * The scores of {@code model} (trained at {@code ownSite}, or at every site when empty) on the
     * split's held-out patches and on each other site's held-out patches.
     */
    public ModelScores score(String name, PatchClassifier model, SiteSplit split, java.util.Optional<String> ownSite) {
        Map<String, Double> others = new LinkedHashMap<>();
        for (Map.Entry<String, PatchSet> site : split.siteTests().entrySet()) {
            if (ownSite.isEmpty() || !ownSite.get().equals(site.getKey())) {
                others.put(site.getKey(), accuracy(model, site.getValue()));
            }
        }
        return new ModelScores(name, evaluate(model, split.test()), others);
    }
}
