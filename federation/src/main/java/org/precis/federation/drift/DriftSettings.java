package org.precis.federation.drift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.precis.federation.algorithm.ParameterReader;
import org.precis.federation.training.FederatedHeads;
import org.precis.federation.training.TrainingSettings;
import org.precis.learn.StandardisedHead;

/**
 * A {@code drift} study's parameters ({@code parameters:} of its study file), all public:
 *
 * <pre>
 * classes: [lung_aca, lung_n, lung_scc]   # as a training study: every site's classes, in this order
 * recipe: {...}                           # the embedding recipe (required)
 * dimension: 1280                         # the recipe's vector length (required)
 * model: {type: multinomial_logistic_l2 | mlp_relu, ...}   # the production head (required; FederatedHeads.head)
 * bootstrap_replicates: 1000              # draws for the 95% intervals
 * seed: 1                                 # with the site's name, seeds its baseline halves and draws
 * </pre>
 *
 * @param sites the recipe, classes and dimension every site's patch set must have (a training
 *     study's settings with nothing held back)
 */
public record DriftSettings(TrainingSettings sites, StandardisedHead model, int bootstrapReplicates) {
    public static final int DEFAULT_BOOTSTRAP_REPLICATES = 1000;

    static final Set<String> KEYS = Set.of("classes", "recipe", "dimension", "model", "bootstrap_replicates", "seed");

    public DriftSettings {
        Objects.requireNonNull(sites, "sites");
        Objects.requireNonNull(model, "model");
        if (bootstrapReplicates < 10 || bootstrapReplicates > 100_000) {
            throw new IllegalArgumentException(
                    "bootstrap_replicates must be in 10..100000, got " + bootstrapReplicates);
        }
    }

    /** The settings of a study's parameters; every failure is one line starting with {@code algorithm}. */
    public static DriftSettings read(String algorithm, JsonNode node) {
        ParameterReader p = new ParameterReader(algorithm, node).allowOnly(KEYS);
        ObjectNode split = JsonNodeFactory.instance.objectNode();
        for (String field : List.of("classes", "recipe", "dimension", "seed")) {
            if (node.has(field)) {
                split.set(field, node.get(field));
            }
        }
        // every patch is measured: nothing held back, one patch enough for the split's own checks
        split.put("validation_fraction", 0.0);
        split.put("min_samples", 1);
        TrainingSettings settings = TrainingSettings.read(algorithm, split);
        if (!node.hasNonNull("model")) {
            throw new IllegalArgumentException(
                    algorithm + ": 'model' (the production head, as a training result's head) is missing");
        }
        StandardisedHead model;
        try {
            model = FederatedHeads.model(node.get("model"), settings.classCount(), settings.dimension());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(algorithm + ": 'model': " + e.getMessage(), e);
        }
        int replicates = p.integer("bootstrap_replicates", DEFAULT_BOOTSTRAP_REPLICATES);
        try {
            return new DriftSettings(settings, model, replicates);
        } catch (IllegalArgumentException e) {
            throw p.invalid(e.getMessage());
        }
    }

    public List<String> classes() {
        return sites.classes();
    }

    public int classCount() {
        return sites.classCount();
    }

    public long seed() {
        return sites.seed();
    }
}
