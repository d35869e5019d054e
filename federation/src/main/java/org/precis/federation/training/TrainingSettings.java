package org.precis.federation.training;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.precis.embed.patches.PatchRecipe;
import org.precis.embed.patches.PatchRecipes;
import org.precis.federation.algorithm.ParameterReader;
import org.precis.learn.StandardisedHead;

/**
 * A federated head-training study's parameters ({@code parameters:} of its study file), all public:
 *
 * <pre>
 * classes: [lung_aca, lung_n, lung_scc]   # every site's patch set must have exactly these, in this order
 * recipe: {...}                           # the embedding recipe, as a patch set records it (required)
 * dimension: 1280                         # the recipe's vector length (required)
 * head: logistic                          # logistic (multinomial) | mlp (one ReLU hidden layer)
 * hidden_units: 64                        # mlp only: H
 * rounds: 40                              # training rounds at most
 * local_epochs: 1                         # passes over its training patches a site makes each round
 * learning_rate: 0.05
 * learning_rate_schedule: constant        # constant | exponential | cosine
 * learning_rate_decay: 1.0                # exponential: the factor per round
 * batch_size: 0                           # 0: full-batch gradient descent
 * mu: 0                                   # FedProx's proximal term (fedavg: 0 only)
 * l2_penalty: 0.001                       # on the weights of the standardised features
 * class_weights: balanced                 # balanced | none, from the pooled class counts
 * validation_fraction: 0.2                # each site's held-back share for the federated validation loss
 * patience: 5                             # rounds without a better validation loss before stopping
 * min_delta: 0.0001                       # how much lower counts as better
 * min_samples: 20                         # a site with fewer training patches refuses
 * seed: 1                                 # the split and mini-batch order (with the site's patch names)
 * privacy: {...}                          # differential privacy (PrivacySettings); absent: none
 * start_from: {...}                       # a head to continue from (FederatedHeads.head), of the study's head
 *                                         # architecture: its standardisation is kept and training starts
 *                                         # from its weights; absent: from zero (logistic) or from
 *                                         # Glorot-uniform weights drawn from the seed (mlp)
 * </pre>
 *
 * <p>With {@code privacy}, each training round is one DP-SGD step of the global model (local_epochs
 * 1, batch by Poisson sampling), no patch is held back for validation (validation_fraction 0: a
 * validation loss released every round would spend privacy too), FedProx's term is void (mu 0), and
 * the features are scaled by the public factor {@code sqrt(dimension) / feature_clip} instead of
 * standardised by the pooled moments (moments released with noise cost accuracy in the lung study:
 * bench/RESULTS.md).
 */
public record TrainingSettings(
        List<String> classes,
        PatchRecipe recipe,
        int dimension,
        HeadArchitecture head,
        int rounds,
        int localEpochs,
        double learningRate,
        LearningRateSchedule schedule,
        double learningRateDecay,
        int batchSize,
        double mu,
        double l2Penalty,
        ClassWeighting classWeighting,
        double validationFraction,
        int patience,
        double minDelta,
        int minSamples,
        long seed,
        Optional<PrivacySettings> privacy,
        Optional<StandardisedHead> startFrom) {

    static final Set<String> KEYS = Set.of(
            "classes",
            "recipe",
            "dimension",
            "head",
            "hidden_units",
            "rounds",
            "local_epochs",
            "learning_rate",
            "learning_rate_schedule",
            "learning_rate_decay",
            "batch_size",
            "mu",
            "l2_penalty",
            "class_weights",
            "validation_fraction",
            "patience",
            "min_delta",
            "min_samples",
            "seed",
            "privacy",
            "start_from");

    public TrainingSettings {
        classes = List.copyOf(classes);
        if (classes.size() < 2 || new TreeSet<>(classes).size() != classes.size()) {
            throw new IllegalArgumentException("classes must name at least two distinct classes, got " + classes);
        }
        Objects.requireNonNull(recipe, "recipe");
        check(dimension >= 1 && dimension <= 65_536, "dimension must be in 1..65536, got " + dimension);
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(classWeighting, "classWeighting");
        check(rounds >= 1 && rounds <= 1000, "rounds must be in 1..1000, got " + rounds);
        check(localEpochs >= 1 && localEpochs <= 1000, "local_epochs must be in 1..1000, got " + localEpochs);
        check(learningRate > 0 && learningRate < 100, "learning_rate must be in (0, 100), got " + learningRate);
        check(learningRateDecay > 0 && learningRateDecay <= 1, "learning_rate_decay must be in (0, 1]");
        check(batchSize >= 0, "batch_size must be >= 0 (0: full batch), got " + batchSize);
        check(mu >= 0 && mu < 1e6, "mu must be in [0, 1e6), got " + mu);
        check(l2Penalty >= 0 && l2Penalty < 1e6, "l2_penalty must be in [0, 1e6), got " + l2Penalty);
        check(
                validationFraction >= 0 && validationFraction <= 0.5,
                "validation_fraction must be in [0, 0.5], got " + validationFraction);
        check(patience >= 1, "patience must be >= 1, got " + patience);
        check(minDelta >= 0 && Double.isFinite(minDelta), "min_delta must be >= 0, got " + minDelta);
        check(minSamples >= 1, "min_samples must be >= 1, got " + minSamples);
        Objects.requireNonNull(privacy, "privacy");
        Objects.requireNonNull(startFrom, "startFrom");
        if (startFrom.isPresent()) {
            StandardisedHead model = startFrom.get();
            check(
                    model.classCount() == classes.size() && model.dimension() == dimension,
                    "start_from is a head of " + model.classCount() + " classes x " + model.dimension()
                            + " features, the study's is " + classes.size() + " x " + dimension);
            head.parameters(model);
        }
        if (privacy.isPresent()) {
            check(
                    validationFraction == 0,
                    "with privacy, validation_fraction must be 0 (got " + validationFraction
                            + "): a validation loss released every round would spend the privacy budget too");
            check(
                    localEpochs == 1,
                    "with privacy, each round is one DP-SGD step: local_epochs must be 1, got " + localEpochs);
            check(batchSize == 0, "with privacy, the batch is drawn by privacy.sampling_rate: batch_size must be 0");
            check(mu == 0, "with privacy, each round is one step from the global model: mu must be 0, got " + mu);
        }
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** The settings of a study's parameters; {@code algorithm} names the algorithm in messages. */
    public static TrainingSettings read(String algorithm, JsonNode node) {
        ParameterReader p = new ParameterReader(algorithm, node).allowOnly(KEYS);
        JsonNode classes = node.get("classes");
        if (classes == null || !classes.isArray()) {
            throw new IllegalArgumentException(algorithm + ": 'classes' must be a list of class names");
        }
        List<String> names = new ArrayList<>();
        classes.forEach(c -> names.add(c.asText()));
        if (!node.has("recipe")) {
            throw new IllegalArgumentException(
                    algorithm + ": 'recipe' (the embedding recipe every site's patch set must have) is missing");
        }
        PatchRecipe recipe = new PatchRecipes().fromJson(node.get("recipe"), algorithm + " parameters.recipe");
        int dimension = p.integer("dimension");
        int rounds = p.integer("rounds", 40);
        int localEpochs = p.integer("local_epochs", 1);
        double learningRate = p.number("learning_rate", 0.05);
        double learningRateDecay = p.number("learning_rate_decay", 1.0);
        int batchSize = p.integer("batch_size", 0);
        double mu = p.number("mu", 0);
        double l2Penalty = p.number("l2_penalty", 1e-3);
        double validationFraction = p.number("validation_fraction", p.has("privacy") ? 0 : 0.2);
        int patience = p.integer("patience", 5);
        double minDelta = p.number("min_delta", 1e-4);
        int minSamples = p.integer("min_samples", 20);
        long seed = p.longInteger("seed", 1);
        Optional<PrivacySettings> privacy =
                p.has("privacy") ? Optional.of(PrivacySettings.read(p.nested("privacy"))) : Optional.empty();
        try {
            return new TrainingSettings(
                    names,
                    recipe,
                    dimension,
                    HeadArchitecture.read(node.path("head"), node.path("hidden_units")),
                    rounds,
                    localEpochs,
                    learningRate,
                    LearningRateSchedule.fromJsonName(
                            node.path("learning_rate_schedule").asText("constant")),
                    learningRateDecay,
                    batchSize,
                    mu,
                    l2Penalty,
                    ClassWeighting.fromJsonName(node.path("class_weights").asText("balanced")),
                    validationFraction,
                    patience,
                    minDelta,
                    minSamples,
                    seed,
                    privacy,
                    node.has("start_from")
                            ? Optional.of(FederatedHeads.model(node.get("start_from"), names.size(), dimension))
                            : Optional.empty());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(algorithm + ": " + e.getMessage(), e);
        }
    }

    /** Whether the rounds are DP-SGD steps under {@link #privacy()}. */
    public boolean isPrivate() {
        return privacy.isPresent();
    }

    /** Whether the federated validation loss is measured (and training stops early on it). */
    public boolean validates() {
        return validationFraction > 0;
    }

    /** The learning rate of training round {@code round} (1-based). */
    public double learningRate(int round) {
        return schedule.rate(learningRate, learningRateDecay, round, rounds);
    }

    public int classCount() {
        return classes.size();
    }

    /** The head's parameter count, as its architecture lays them out. */
    public int parameterCount() {
        return head.parameterCount(classCount(), dimension);
    }

    /** Which parameters the L2 penalty covers (the weights, not the biases). */
    boolean[] penalised() {
        boolean[] mask = new boolean[parameterCount()];
        for (int p = 0; p < mask.length; p++) {
            mask[p] = head.penalised(p, classCount(), dimension);
        }
        return mask;
    }
}
