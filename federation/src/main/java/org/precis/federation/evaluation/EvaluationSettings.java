package org.precis.federation.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.precis.federation.algorithm.ParameterReader;
import org.precis.federation.training.FederatedHeads;
import org.precis.federation.training.TrainingSettings;
import org.precis.learn.StandardisedHead;

/**
 * An {@code evaluate-heads} study's parameters ({@code parameters:} of its study file), all public:
 *
 * <pre>
 * classes: [lung_aca, lung_n, lung_scc]   # as a training study: every site's classes, in this order
 * recipe: {...}                           # the embedding recipe (required)
 * dimension: 1280                         # the recipe's vector length (required)
 * candidate: {type: multinomial_logistic_l2 | mlp_relu, ...}   # required (FederatedHeads.head)
 * baseline: {...}                         # the production head; absent for a first model
 * validation_fraction: 0.2                # the rows a training study with this fraction and seed holds back
 * seed: 1
 * bootstrap_replicates: 1000              # paired bootstrap draws for the 95% interval
 * margin: 0.02                            # with a baseline: how far below 0 the interval may reach
 * min_accuracy: 0.5                       # without one: the accuracy the interval must clear
 * </pre>
 *
 * @param split the training settings whose validation rows each site scores (its recipe, classes,
 *     dimension, fraction and seed)
 */
public record EvaluationSettings(
        TrainingSettings split,
        StandardisedHead candidate,
        Optional<StandardisedHead> baseline,
        int bootstrapReplicates,
        PromotionRule rule) {
    public static final int DEFAULT_BOOTSTRAP_REPLICATES = 1000;

    static final Set<String> KEYS = Set.of(
            "classes",
            "recipe",
            "dimension",
            "candidate",
            "baseline",
            "validation_fraction",
            "seed",
            "bootstrap_replicates",
            "margin",
            "min_accuracy");

    public EvaluationSettings {
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(rule, "rule");
        if (!split.validates()) {
            throw new IllegalArgumentException(
                    "validation_fraction must be above 0: the sites evaluate on their" + " validation rows");
        }
        if (bootstrapReplicates < 10 || bootstrapReplicates > 100_000) {
            throw new IllegalArgumentException(
                    "bootstrap_replicates must be in 10..100000, got " + bootstrapReplicates);
        }
    }

    /** The settings of a study's parameters; every failure is one line starting with {@code algorithm}. */
    public static EvaluationSettings read(String algorithm, JsonNode node) {
        ParameterReader p = new ParameterReader(algorithm, node).allowOnly(KEYS);
        ObjectNode split = JsonNodeFactory.instance.objectNode();
        for (String field : List.of("classes", "recipe", "dimension", "validation_fraction", "seed")) {
            if (node.has(field)) {
                split.set(field, node.get(field));
            }
        }
        // the split's own checks apply; every site holding a validation row has training rows too
        split.put("min_samples", 1);
        TrainingSettings settings = TrainingSettings.read(algorithm, split);
        StandardisedHead candidate = head(algorithm, node, "candidate", settings)
                .orElseThrow(() -> new IllegalArgumentException(
                        algorithm + ": 'candidate' (the head to evaluate, as a training result's head) is missing"));
        Optional<StandardisedHead> baseline = head(algorithm, node, "baseline", settings);
        int replicates = p.integer("bootstrap_replicates", DEFAULT_BOOTSTRAP_REPLICATES);
        double margin = p.number("margin", PromotionRule.DEFAULT_MARGIN);
        double minAccuracy = p.number("min_accuracy", PromotionRule.DEFAULT_MIN_ACCURACY);
        try {
            return new EvaluationSettings(
                    settings, candidate, baseline, replicates, new PromotionRule(margin, minAccuracy));
        } catch (IllegalArgumentException e) {
            throw p.invalid(e.getMessage());
        }
    }

    private static Optional<StandardisedHead> head(
            String algorithm, JsonNode node, String field, TrainingSettings settings) {
        JsonNode head = node.get(field);
        if (head == null || head.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(FederatedHeads.model(head, settings.classCount(), settings.dimension()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(algorithm + ": '" + field + "': " + e.getMessage(), e);
        }
    }

    public List<String> classes() {
        return split.classes();
    }

    public int classCount() {
        return split.classCount();
    }

    public long seed() {
        return split.seed();
    }
}
