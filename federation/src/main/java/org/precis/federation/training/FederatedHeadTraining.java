package org.precis.federation.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import org.precis.embed.patches.PatchSet;
import org.precis.federation.algorithm.DisclosureException;
import org.precis.federation.algorithm.DisclosureRules;
import org.precis.federation.algorithm.FederatedAlgorithm;
import org.precis.federation.algorithm.LocalAggregate;
import org.precis.federation.algorithm.PrivacyBudget;
import org.precis.federation.algorithm.RoundOutcome;
import org.precis.federation.algorithm.RoundRequest;
import org.precis.federation.algorithm.SecureSum;
import org.precis.federation.algorithm.SiteData;
import org.precis.federation.algorithm.StudyParameters;
import org.precis.federation.privacy.PrivacySpent;
import org.precis.io.json.CanonicalJson;
import org.precis.learn.StandardisedHead;
import org.precis.survival.data.SurvivalTable;

/**
 * {@code fedavg} and {@code fedprox}: federated training of a classifier head (multinomial logistic
 * or MLP, {@link HeadArchitecture}) on the sites' patch embeddings (see the package description for the rounds). The coordinator keeps
 * nothing between rounds: the pooled standardisation, class weights, the global model, the best
 * model so far and the validation history travel in the next round's public parameters.
 */
public final class FederatedHeadTraining implements FederatedAlgorithm {
    public static final String FEDAVG = "fedavg";
    public static final String FEDPROX = "fedprox";
    /** A global model with a weight beyond this has diverged: the study fails rather than go on. */
    static final double MAX_ABS_PARAMETER = 1e6;

    private final String name;

    private FederatedHeadTraining(String name) {
        this.name = name;
    }

    /** FedAvg: the proximal term mu must be 0 (or absent). */
    public static FederatedHeadTraining fedAvg() {
        return new FederatedHeadTraining(FEDAVG);
    }

    /** FedProx: local objectives with the proximal term mu/2 ||w - w_global||^2. */
    public static FederatedHeadTraining fedProx() {
        return new FederatedHeadTraining(FEDPROX);
    }

    @Override
    public String name() {
        return name;
    }

    TrainingSettings settings(JsonNode study) {
        TrainingSettings settings = TrainingSettings.read(name, study);
        if (name.equals(FEDAVG) && settings.mu() != 0) {
            throw new IllegalArgumentException(FEDAVG + " has no proximal term: mu must be 0 (ask for " + FEDPROX
                    + " to use mu = " + settings.mu() + ")");
        }
        return settings;
    }

    @Override
    public RoundRequest start(StudyParameters parameters) {
        TrainingSettings settings = settings(parameters.parameters());
        ObjectNode params = JsonNodeFactory.instance.objectNode();
        ObjectNode study = parameters.parameters().deepCopy();
        params.set("study", study);
        params.put("stage", TrainingStage.SUMS.jsonName());
        if (settings.isPrivate()) {
            PrivacySettings privacy = new PrivacyPlan(settings.privacy().get(), settings.rounds()).calibrated();
            PrivacyPlan plan = new PrivacyPlan(privacy, settings.rounds());
            PrivacySpent planned = plan.planned();
            if (privacy.targetEpsilon().isPresent()
                    && planned.epsilon() > privacy.targetEpsilon().getAsDouble() + 1e-9) {
                throw new IllegalArgumentException(name + ": noise_multiplier " + privacy.noiseMultiplier() + " over "
                        + settings.rounds() + " rounds spends epsilon " + planned.epsilon() + ", more than the study's "
                        + privacy.targetEpsilon().getAsDouble());
            }
            ((ObjectNode) study.get("privacy")).put("noise_multiplier", privacy.noiseMultiplier());
            params.set("privacy_plan", PrivacyReport.json(planned, settings.rounds()));
        }
        return new RoundRequest(parameters.studyId(), 0, name, params, TrainingStage.SUMS.vectorLength(settings));
    }

    @Override
    public LocalAggregate compute(RoundRequest request, SurvivalTable siteTable, DisclosureRules rules) {
        throw new IllegalArgumentException(name + " trains on a patch set; this site has none (site.yaml: patches)");
    }

    @Override
    public LocalAggregate compute(RoundRequest request, SiteData site, DisclosureRules rules) {
        JsonNode params = request.parameters();
        TrainingSettings settings = settings(params.get("study"));
        TrainingStage stage = TrainingStage.fromJsonName(params.path("stage").asText());
        int expected = stage.vectorLength(settings);
        if (request.vectorLength() != expected) {
            throw new IllegalArgumentException(name + ": the round asks for " + request.vectorLength()
                    + " values where its " + stage.jsonName() + " stage has " + expected);
        }
        PatchSet set = site.patches()
                .orElseThrow(() ->
                        new IllegalArgumentException(name + ": this site holds no patch set (site.yaml: patches)"));
        SitePatches patches = SitePatches.of(set, settings, rules, name);
        if (patches.dimension() != settings.dimension()) {
            throw new IllegalArgumentException(name + ": the study's head takes " + settings.dimension()
                    + " features, this site's patch vectors have " + patches.dimension());
        }
        PrivacyBudget budget = rules.privacy();
        if (budget.maxEpsilon().isPresent() && !settings.isPrivate()) {
            throw new DisclosureException(name + ": this site's policy allows training on its patches only with"
                    + " differential privacy (max-epsilon "
                    + budget.maxEpsilon().getAsDouble()
                    + "); the study has no 'privacy' settings");
        }
        int k = settings.classCount();
        int d = settings.dimension();
        double[] out = new double[expected];
        switch (stage) {
            case SUMS -> {
                out[0] = patches.train().length;
                out[1] = patches.validation().length;
                System.arraycopy(patches.trainCounts(k), 0, out, 2, k);
                if (settings.isPrivate()) {
                    // the training count and one class count move by 1 with one patch: sensitivity sqrt 2
                    PrivacySettings privacy = settings.privacy().get();
                    double sd = privacy.statisticsNoiseMultiplier() * Math.sqrt(2) / Math.sqrt(privacy.noiseShares());
                    RandomGenerator noise = noise();
                    out[0] += sd * noise.nextGaussian();
                    for (int c = 0; c < k; c++) {
                        out[2 + c] += sd * noise.nextGaussian();
                    }
                    break;
                }
                for (double[] row : patches.train()) {
                    for (int j = 0; j < d; j++) {
                        out[2 + k + j] += row[j];
                    }
                }
            }
            case SPREAD -> {
                double[] mean = JsonVectors.read(params, "mean", d);
                for (double[] row : patches.train()) {
                    for (int j = 0; j < d; j++) {
                        double c = row[j] - mean[j];
                        out[j] += c * c;
                    }
                }
            }
            case TRAIN -> {
                double[] theta = JsonVectors.read(params, "head", settings.parameterCount());
                HeadLoss train = trainingLoss(params, settings, patches);
                if (settings.isPrivate()) {
                    PrivacySettings privacy = settings.privacy().get();
                    double[] noisy = new NoisyGradientSum(
                                    privacy.samplingRate(),
                                    privacy.clip(),
                                    privacy.noiseMultiplier(),
                                    privacy.noiseShares())
                            .of(train, theta, noise());
                    System.arraycopy(noisy, 0, out, 0, noisy.length);
                    break;
                }
                int round = params.path("training_round").asInt();
                LocalTraining local = new LocalTraining(
                        settings.localEpochs(),
                        settings.batchSize(),
                        settings.learningRate(round),
                        settings.l2Penalty(),
                        settings.mu());
                SplittableRandom random = new SplittableRandom(settings.seed() * 1_000_003L
                        + round * 7_919L
                        + set.dataSha256().hashCode());
                double[] trained = local.train(train, settings.penalised(), theta, theta, random);
                int n = patches.train().length;
                for (int p = 0; p < theta.length; p++) {
                    out[p] = n * (trained[p] - theta[p]);
                }
                out[theta.length] = n;
                ValidationSums.write(validationLoss(params, settings, patches), theta, out, theta.length + 1);
            }
            case FINAL -> {
                double[] theta = JsonVectors.read(params, "head", settings.parameterCount());
                ValidationSums.write(validationLoss(params, settings, patches), theta, out, 0);
            }
        }
        for (int i = 0; i < out.length; i++) {
            if (!Double.isFinite(out[i])) {
                throw new IllegalArgumentException(name + ": value " + i + " of this site's " + stage.jsonName()
                        + " vector is " + out[i] + "; nothing released (a patch vector is not finite, or local"
                        + " training diverged: lower the learning rate)");
            }
        }
        if (settings.isPrivate()) {
            charge(request, settings, stage, set.dataSha256(), budget);
        }
        return new LocalAggregate(out);
    }

    /**
     * Charges this release to the site's privacy budget, after the plan's check in the study's
     * first round; the site computes the plan from the public settings itself.
     */
    private void charge(
            RoundRequest request,
            TrainingSettings settings,
            TrainingStage stage,
            String dataset,
            PrivacyBudget budget) {
        PrivacySettings privacy = settings.privacy().get();
        if (!privacy.calibrated()) {
            throw new IllegalArgumentException(name + ": the study's privacy settings have no noise multiplier");
        }
        PrivacyPlan plan = new PrivacyPlan(privacy, settings.rounds());
        if (stage == TrainingStage.SUMS) {
            budget.checkPlanned(dataset, request.studyId(), plan.after(settings.rounds()), privacy.delta());
            budget.charge(dataset, "study " + request.studyId() + " statistics", plan.statistics(), privacy.delta());
        } else {
            budget.charge(
                    dataset,
                    "study " + request.studyId() + " training round "
                            + request.parameters().path("training_round").asInt(),
                    plan.trainingRound(),
                    privacy.delta());
        }
    }

    /** The secret randomness of the sites' DP noise and batch sampling (never the study's seed). */
    private static RandomGenerator noise() {
        return new SecureRandom();
    }

    private static HeadLoss trainingLoss(JsonNode params, TrainingSettings settings, SitePatches patches) {
        int d = settings.dimension();
        double[] mean = JsonVectors.read(params, "mean", d);
        double[] scale = JsonVectors.read(params, "scale", d);
        double[] weights = JsonVectors.read(params, "class_weights", settings.classCount());
        return settings.head()
                .loss(SitePatches.standardised(patches.train(), mean, scale), patches.trainClass(), weights);
    }

    private static HeadLoss validationLoss(JsonNode params, TrainingSettings settings, SitePatches patches) {
        int d = settings.dimension();
        double[] mean = JsonVectors.read(params, "mean", d);
        double[] scale = JsonVectors.read(params, "scale", d);
        double[] ones = new double[settings.classCount()];
        java.util.Arrays.fill(ones, 1);
        return settings.head()
                .loss(SitePatches.standardised(patches.validation(), mean, scale), patches.validationClass(), ones);
    }

    @Override
    public RoundOutcome aggregate(RoundRequest request, SecureSum sum) {
        JsonNode params = request.parameters();
        TrainingSettings settings = settings(params.get("study"));
        TrainingStage stage = TrainingStage.fromJsonName(params.path("stage").asText());
        double[] s = sum.values();
        if (s.length != stage.vectorLength(settings)) {
            return new RoundOutcome.Failed(name + ": the sum has " + s.length + " values, the round asked for "
                    + stage.vectorLength(settings));
        }
        if (params.has("sites")) {
            List<String> before = new ArrayList<>();
            params.get("sites").forEach(site -> before.add(site.asText()));
            if (!new TreeSet<>(before).equals(new TreeSet<>(sum.sites()))) {
                return new RoundOutcome.Failed(name + ": the sites summed changed between rounds, from " + before
                        + " to " + sum.sites() + "; a study's rounds must all pool the same sites");
            }
        }
        ObjectNode next = ((ObjectNode) params).deepCopy();
        int k = settings.classCount();
        int d = settings.dimension();
        return switch (stage) {
            case SUMS -> {
                if (settings.isPrivate()
                        && sum.sites().size() < settings.privacy().get().noiseShares()) {
                    yield tooFewShares(settings, sum);
                }
                ArrayNode sites = next.putArray("sites");
                sum.sites().forEach(sites::add);
                double n = s[0];
                double[] counts = new double[k];
                System.arraycopy(s, 2, counts, 0, k);
                if (settings.isPrivate()) {
                    yield startPrivateTraining(request, next, settings, n, counts);
                }
                double[] mean = new double[d];
                for (int j = 0; j < d; j++) {
                    mean[j] = s[2 + k + j] / n;
                }
                next.put("n_train", (long) Math.rint(n));
                next.put("n_validation", (long) Math.rint(s[1]));
                next.set("class_counts", JsonVectors.array(counts));
                next.set(
                        "class_weights",
                        JsonVectors.array(settings.classWeighting().weights(counts)));
                if (settings.startFrom().isPresent()) {
                    // continuing a model: its standardisation stays, no spread round
                    StandardisedHead start = settings.startFrom().get();
                    next.set("mean", JsonVectors.array(start.standardisation().mean()));
                    next.set("scale", JsonVectors.array(start.standardisation().scale()));
                    yield firstTrainingRound(
                            request, next, settings, settings.head().parameters(start));
                }
                next.set("mean", JsonVectors.array(mean));
                yield nextRound(request, next, TrainingStage.SPREAD, settings);
            }
            case SPREAD -> {
                double n = next.get("n_train").asDouble();
                double[] scale = new double[d];
                for (int j = 0; j < d; j++) {
                    double sd = Math.sqrt(s[j] / n);
                    // as Standardisation.fit: a constant feature is only centred
                    scale[j] = sd > 1e-12 ? sd : 1;
                }
                next.set("scale", JsonVectors.array(scale));
                yield firstTrainingRound(request, next, settings, initial(settings));
            }
            case TRAIN -> {
                if (settings.isPrivate()
                        && sum.sites().size() < settings.privacy().get().noiseShares()) {
                    yield tooFewShares(settings, sum);
                }
                yield settings.isPrivate()
                        ? trainPrivately(request, next, settings, s)
                        : train(request, next, settings, s);
            }
            case FINAL -> {
                double[] theta = JsonVectors.read(params, "head", settings.parameterCount());
                ValidationSums last = ValidationSums.of(s, 0);
                int trained = params.get("training_round").asInt();
                record(next, trained, last, Double.NaN);
                if (!next.has("best_loss")
                        || last.loss() < next.get("best_loss").asDouble() - settings.minDelta()) {
                    next.set("best", JsonVectors.packed(theta));
                    next.put("best_loss", last.loss());
                    next.put("best_round", trained);
                }
                yield finished(next, settings, sum.sites());
            }
        };
    }

    private RoundOutcome tooFewShares(TrainingSettings settings, SecureSum sum) {
        return new RoundOutcome.Failed(name + ": " + sum.sites().size() + " sites were summed, fewer than the "
                + settings.privacy().get().noiseShares() + " whose noise shares the privacy guarantee needs");
    }

    /**
     * After the private statistics round: class weights from the noisy counts (each at least 1), the
     * public feature scaling, and the first DP-SGD step.
     */
    private RoundOutcome startPrivateTraining(
            RoundRequest request, ObjectNode next, TrainingSettings settings, double n, double[] counts) {
        if (!(n >= 1)) {
            return new RoundOutcome.Failed(name + ": the noisy training count is " + n + "; too few patches for"
                    + " this noise (lower privacy.statistics_noise_multiplier or add sites)");
        }
        int k = settings.classCount();
        int d = settings.dimension();
        double[] floored = new double[k];
        for (int c = 0; c < k; c++) {
            floored[c] = Math.max(1, counts[c]);
        }
        double[] mean = new double[d];
        double[] scale = new double[d];
        java.util.Arrays.fill(scale, settings.privacy().get().featureClip() / Math.sqrt(d));
        double[] theta = initial(settings);
        if (settings.startFrom().isPresent()) {
            // continuing a (public) model: its standardisation and weights
            StandardisedHead start = settings.startFrom().get();
            mean = start.standardisation().mean();
            scale = start.standardisation().scale();
            theta = settings.head().parameters(start);
        }
        next.put("n_train", (long) Math.rint(n));
        next.put("n_validation", 0);
        next.set("class_counts", JsonVectors.array(counts));
        next.set("class_weights", JsonVectors.array(settings.classWeighting().weights(floored)));
        next.set("mean", JsonVectors.array(mean));
        next.set("scale", JsonVectors.array(scale));
        return firstTrainingRound(request, next, settings, theta);
    }

    private RoundOutcome firstTrainingRound(
            RoundRequest request, ObjectNode next, TrainingSettings settings, double[] theta) {
        ObjectNode study = (ObjectNode) next.get("study");
        if (study.has("start_from")) {
            // the head it starts from is 'head' now: later rounds carry its hash, not its weights again
            next.put("start_from_sha256", CanonicalJson.sha256(study.get("start_from")));
            study.remove("start_from");
        }
        next.set("head", JsonVectors.packed(theta));
        next.put("training_round", 1);
        next.put("stale", 0);
        next.putArray("history");
        return nextRound(request, next, TrainingStage.TRAIN, settings);
    }

    /** The head's public starting point from scratch (zero, or random weights drawn from the study's seed). */
    private static double[] initial(TrainingSettings settings) {
        return settings.head().initial(settings.classCount(), settings.dimension(), settings.seed());
    }

    /**
     * One DP-SGD step of the global model: {@code theta - rate (noisy gradient sum / (q n) + l2 w)},
     * n the noisy training count; epsilon so far recorded in the history.
     */
    private RoundOutcome trainPrivately(RoundRequest request, ObjectNode next, TrainingSettings settings, double[] s) {
        int p = settings.parameterCount();
        boolean[] penalised = settings.penalised();
        double[] theta = JsonVectors.read(next, "head", p);
        PrivacySettings privacy = settings.privacy().get();
        double batch = privacy.samplingRate() * next.get("n_train").asDouble();
        int round = next.get("training_round").asInt();
        double rate = settings.learningRate(round);
        double[] updated = new double[p];
        for (int i = 0; i < p; i++) {
            double g = s[i] / batch + (penalised[i] ? settings.l2Penalty() * theta[i] : 0);
            updated[i] = theta[i] - rate * g;
            if (!Double.isFinite(updated[i]) || Math.abs(updated[i]) > MAX_ABS_PARAMETER) {
                return new RoundOutcome.Failed(name + ": the global model diverged in round " + round + " (parameter "
                        + i + " = " + updated[i] + "); lower the learning rate");
            }
        }
        PrivacySpent spent = new PrivacyPlan(privacy, settings.rounds()).spentAfter(round);
        ObjectNode entry = next.withArray("history").addObject();
        entry.put("model_after_round", round);
        entry.put("learning_rate", rate);
        entry.put("epsilon", spent.epsilon());
        next.set("privacy_spent", PrivacyReport.json(spent, round));
        next.set("head", JsonVectors.packed(updated));
        if (round < settings.rounds()) {
            next.put("training_round", round + 1);
            return nextRound(request, next, TrainingStage.TRAIN, settings);
        }
        next.put("stopped_early", false);
        next.set("best", JsonVectors.packed(updated));
        next.put("best_round", round);
        return finished(next, settings, List.copyOf(stringList(next.get("sites"))));
    }

    private RoundOutcome train(RoundRequest request, ObjectNode next, TrainingSettings settings, double[] s) {
        int p = settings.parameterCount();
        double[] theta = JsonVectors.read(next, "head", p);
        double n = s[p];
        if (!(n > 0)) {
            return new RoundOutcome.Failed(name + ": the sites reported no training patches");
        }
        int round = next.get("training_round").asInt();
        if (n != next.get("n_train").asDouble()) {
            return new RoundOutcome.Failed(name + ": round " + round + " was trained on " + (long) n
                    + " patches, the sites counted " + next.get("n_train").asLong() + " in round 0");
        }
        if (settings.validates() && !(s[p + 2] > 0)) {
            return new RoundOutcome.Failed(name + ": no site held back validation patches; raise"
                    + " validation_fraction or set it to 0 (no early stopping)");
        }
        double[] updated = new double[p];
        for (int i = 0; i < p; i++) {
            updated[i] = theta[i] + s[i] / n;
            if (!Double.isFinite(updated[i]) || Math.abs(updated[i]) > MAX_ABS_PARAMETER) {
                return new RoundOutcome.Failed(name + ": the global model diverged in round " + round + " (parameter "
                        + i + " = " + updated[i] + "); lower the learning rate");
            }
        }
        boolean stop = round >= settings.rounds();
        if (settings.validates()) {
            ValidationSums validation = ValidationSums.of(s, p + 1);
            // the sites evaluated the model they started from: the one after round - 1 rounds
            record(next, round - 1, validation, settings.learningRate(round));
            if (!next.has("best_loss")
                    || validation.loss() < next.get("best_loss").asDouble() - settings.minDelta()) {
                next.set("best", JsonVectors.packed(theta));
                next.put("best_loss", validation.loss());
                next.put("best_round", round - 1);
                next.put("stale", 0);
            } else {
                next.put("stale", next.get("stale").asInt() + 1);
            }
            stop = stop || next.get("stale").asInt() >= settings.patience();
        }
        next.set("head", JsonVectors.packed(updated));
        if (!stop) {
            next.put("training_round", round + 1);
            return nextRound(request, next, TrainingStage.TRAIN, settings);
        }
        next.put("stopped_early", round < settings.rounds());
        if (settings.validates()) {
            return nextRound(request, next, TrainingStage.FINAL, settings);
        }
        next.set("best", JsonVectors.packed(updated));
        next.put("best_round", round);
        return finished(next, settings, List.copyOf(stringList(next.get("sites"))));
    }

    private static List<String> stringList(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static void record(ObjectNode next, int modelRound, ValidationSums validation, double learningRate) {
        ObjectNode entry = next.withArray("history").addObject();
        entry.put("model_after_round", modelRound);
        entry.put("validation_loss", validation.loss());
        entry.put("validation_accuracy", validation.accuracy());
        entry.put("validation_brier", validation.brier());
        if (Double.isFinite(learningRate)) {
            entry.put("learning_rate", learningRate);
        }
    }

    private RoundOutcome nextRound(
            RoundRequest request, ObjectNode next, TrainingStage stage, TrainingSettings settings) {
        next.put("stage", stage.jsonName());
        return new RoundOutcome.NextRound(
                new RoundRequest(request.studyId(), request.round() + 1, name, next, stage.vectorLength(settings)));
    }

    private RoundOutcome finished(ObjectNode state, TrainingSettings settings, List<String> sites) {
        return new RoundOutcome.Finished(TrainingResult.of(name, state, settings, sites));
    }
}
