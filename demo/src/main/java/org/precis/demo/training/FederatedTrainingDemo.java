package org.precis.demo.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.precis.demo.federation.NodeCommands;
import org.precis.embed.patches.PatchRecipes;
import org.precis.embed.patches.PatchSet;
import org.precis.federation.algorithm.DisclosureRules;
import org.precis.federation.proto.StudyStatus;
import org.precis.federation.training.FederatedHeads;
import org.precis.io.json.JsonMappers;
import org.precis.learn.metrics.Bootstrap;
import org.precis.learn.patch.PatchClassifier;
import org.precis.learn.patch.PatchClassifiers;

/**
 * The federated training demo: the LC25000 lung patches split non-IID across three site processes
 * ({@link SiteSplit}, the held-out patches kept apart first), a coordinator on loopback, the
 * training study submitted over mutual TLS, and the federated model compared in the same run with
 * the pooled model and each site's model alone on the same held-out patches. Every model is
 * written as a patch classifier file into the models folder: {@code federated.json},
 * {@code pooled.json}, {@code SITE-alone.json}; with the private study {@code federated-dp.json},
 * with the MLP study {@code federated-mlp.json} and {@code pooled-mlp.json}.
 */
public final class FederatedTrainingDemo {
    public static final String STUDY = "lung-patch-head";
    /** The differentially private study's id. */
    public static final String PRIVATE_STUDY = "lung-patch-head-dp";
    /** The MLP study's id. */
    public static final String MLP_STUDY = "lung-patch-head-mlp";
    /** The names the MLP models' scores go by. */
    public static final String FEDERATED_MLP = "federated MLP";

    public static final String POOLED_MLP = "pooled MLP";
    /** The head's L2 penalty, federated and in the references alike. */
    public static final double L2_PENALTY = 1e-3;

    private final PatchSet patches;
    private final Path workFolder;
    private final Path modelsFolder;
    private final NodeCommands commands;
    private final Clock clock;
    private final SecureRandom random;
    private final long seed;

    /**
     * @param patches the embedded LC25000 lung patches
     * @param workFolder an empty folder for the collaboration and logs
     * @param modelsFolder where the models are written (created if need be)
     * @param seed the split's and the bootstrap's
     */
    public FederatedTrainingDemo(
            PatchSet patches,
            Path workFolder,
            Path modelsFolder,
            NodeCommands commands,
            Clock clock,
            SecureRandom random,
            long seed) {
        this.patches = patches;
        this.workFolder = workFolder;
        this.modelsFolder = modelsFolder;
        this.commands = commands;
        this.clock = clock;
        this.random = random;
        this.seed = seed;
    }

    /** The demo study's parameters for {@code set}'s classes and recipe. */
    public static ObjectNode parameters(PatchSet set) {
        ObjectNode p = JsonNodeFactory.instance.objectNode();
        set.classNames().forEach(p.putArray("classes")::add);
        p.set("recipe", new PatchRecipes().toJson(set.recipe()));
        p.put("dimension", set.dimension());
        p.put("rounds", 30);
        p.put("local_epochs", 5);
        p.put("learning_rate", 0.05);
        p.put("l2_penalty", L2_PENALTY);
        p.put("class_weights", "balanced");
        p.put("validation_fraction", 0.2);
        p.put("patience", 5);
        p.put("seed", 1);
        return p;
    }

    /**
     * The demo's differentially private study: {@link #parameters} with one DP-SGD step a round
     * (full batches), no validation split, at epsilon 8 for delta 1e-5. The feature clip is the
     * order of the MobileNetV2 vectors' L2 norm on 224-px H&E patches (an encoder property,
     * not a site's figure); the noise is shared by the three sites.
     */
    public static ObjectNode privateParameters(PatchSet set) {
        ObjectNode p = parameters(set);
        p.remove("validation_fraction");
        p.remove("patience");
        p.put("rounds", 30);
        p.put("local_epochs", 1);
        p.put("learning_rate", 0.5);
        p.putObject("privacy")
                .put("epsilon", 8)
                .put("delta", 1e-5)
                .put("sampling_rate", 1.0)
                .put("clip", 1.0)
                .put("feature_clip", 30)
                .put("statistics_noise_multiplier", 5)
                .put("noise_shares", 3);
        return p;
    }

    /**
     * The demo's MLP study: {@link #parameters} with the MLP head (64 ReLU hidden units), trained by
     * mini-batch gradient descent at the sites (batches of 32, two local epochs a round), early
     * stopping on the federated validation loss as the logistic head's study does.
     */
    public static ObjectNode mlpParameters(PatchSet set) {
        ObjectNode p = parameters(set);
        p.put("head", "mlp");
        p.put("hidden_units", 64);
        p.put("batch_size", 32);
        p.put("local_epochs", 2);
        p.put("learning_rate", 0.05);
        p.put("rounds", 30);
        return p;
    }

    /** Runs the demo study with {@code algorithm} and {@code parameters} on the demo's non-IID split. */
    public TrainingDemoReport run(String algorithm, ObjectNode parameters) throws IOException, InterruptedException {
        return run(algorithm, parameters, SiteSplit.nonIid(patches, seed), Optional.empty(), Optional.empty());
    }

    /**
     * Runs the demo study, and then, in the same collaboration, the private study of {@code
     * privateParameters} and the MLP study of {@code mlpParameters} when given, on the demo's
     * non-IID split.
     */
    public TrainingDemoReport run(
            String algorithm,
            ObjectNode parameters,
            Optional<ObjectNode> privateParameters,
            Optional<ObjectNode> mlpParameters)
            throws IOException, InterruptedException {
        return run(algorithm, parameters, SiteSplit.nonIid(patches, seed), privateParameters, mlpParameters);
    }

    /** Runs the study with {@code algorithm} and {@code parameters} on {@code split}. */
    public TrainingDemoReport run(String algorithm, ObjectNode parameters, SiteSplit split)
            throws IOException, InterruptedException {
        return run(algorithm, parameters, split, Optional.empty(), Optional.empty());
    }

    private TrainingDemoReport run(
            String algorithm,
            ObjectNode parameters,
            SiteSplit split,
            Optional<ObjectNode> privateParameters,
            Optional<ObjectNode> mlpParameters)
            throws IOException, InterruptedException {
        List<PatchStudies.Study> studies = new ArrayList<>();
        studies.add(new PatchStudies.Study(STUDY, algorithm, parameters, "training study"));
        privateParameters.ifPresent(
                p -> studies.add(new PatchStudies.Study(PRIVATE_STUDY, algorithm, p, "private training study")));
        mlpParameters.ifPresent(
                p -> studies.add(new PatchStudies.Study(MLP_STUDY, algorithm, p, "MLP training study")));
        List<StudyStatus> ends = new PatchStudies(workFolder, commands, clock, random).run(split.sites(), studies);
        StudyStatus status = ends.get(0);
        int next = 1;
        Optional<StudyStatus> privateStatus =
                privateParameters.isPresent() ? Optional.of(ends.get(next++)) : Optional.empty();
        Optional<StudyStatus> mlpStatus = mlpParameters.isPresent() ? Optional.of(ends.get(next)) : Optional.empty();
        JsonNode result = JsonMappers.compact().readTree(status.getResultJson().toByteArray());
        Path models = Files.createDirectories(modelsFolder);
        PatchClassifiers files = new PatchClassifiers();
        PatchClassifier federated =
                FederatedHeads.classifier(result, STUDY, clock.instant(), LungPatchEmbedding.SOFTWARE_VERSION);
        Path model = models.resolve("federated.json");
        files.write(federated, model);
        TrainingComparison comparison = new TrainingComparison(L2_PENALTY, new Bootstrap(1000, 0.95), seed);
        PatchClassifier pooled = comparison.fit(split.union(), "all sites' patches pooled", clock.instant());
        Path pooledModel = models.resolve("pooled.json");
        files.write(pooled, pooledModel);
        List<ModelScores> scores = new ArrayList<>();
        // scored as read back from its file: what patches evaluate / predict would use
        scores.add(comparison.score("federated", files.read(model), split, Optional.empty()));
        scores.add(comparison.score("pooled", files.read(pooledModel), split, Optional.empty()));
        Map<String, Path> siteModels = new LinkedHashMap<>();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        Map<String, double[]> others = new LinkedHashMap<>();
        for (Map.Entry<String, PatchSet> site : split.sites().entrySet()) {
            PatchClassifier alone = comparison.fit(site.getValue(), site.getKey() + " alone", clock.instant());
            Path file = models.resolve(site.getKey() + "-alone.json");
            files.write(alone, file);
            siteModels.put(site.getKey(), file);
            sizes.put(site.getKey(), site.getValue().count());
            scores.add(comparison.score(site.getKey() + " alone", files.read(file), split, Optional.of(site.getKey())));
            PatchSet otherPatches = split.otherSitesTest(site.getKey());
            others.put(site.getKey(), new double[] {
                TrainingComparison.accuracy(alone, otherPatches), TrainingComparison.accuracy(federated, otherPatches)
            });
        }
        Optional<PrivateTraining> privateTraining = Optional.empty();
        if (privateStatus.isPresent()) {
            JsonNode privateResult = JsonMappers.compact()
                    .readTree(privateStatus.get().getResultJson().toByteArray());
            Path privateModel = models.resolve("federated-dp.json");
            files.write(
                    FederatedHeads.classifier(
                            privateResult, PRIVATE_STUDY, clock.instant(), LungPatchEmbedding.SOFTWARE_VERSION),
                    privateModel);
            JsonNode privacy = privateResult.get("privacy");
            String name = String.format(
                    java.util.Locale.ROOT,
                    "federated DP eps %.2f",
                    privacy.get("epsilon").asDouble());
            scores.add(2, comparison.score(name, files.read(privateModel), split, Optional.empty()));
            ObjectNode spent = privacy.deepCopy();
            spent.put(
                    "noise_multiplier",
                    privateResult
                            .get("parameters")
                            .get("privacy")
                            .get("noise_multiplier")
                            .asDouble());
            privateTraining = Optional.of(new PrivateTraining(
                    PRIVATE_STUDY,
                    privateModel,
                    name,
                    privateStatus.get().getRounds(),
                    privateStatus.get().getWallMillis(),
                    spent));
        }
        Optional<FederatedMlp> mlp = Optional.empty();
        if (mlpStatus.isPresent()) {
            JsonNode mlpResult = JsonMappers.compact()
                    .readTree(mlpStatus.get().getResultJson().toByteArray());
            Path mlpModel = models.resolve("federated-mlp.json");
            files.write(
                    FederatedHeads.classifier(
                            mlpResult, MLP_STUDY, clock.instant(), LungPatchEmbedding.SOFTWARE_VERSION),
                    mlpModel);
            Path pooledMlpModel = models.resolve("pooled-mlp.json");
            files.write(pooledMlp(algorithm, mlpParameters.get(), split.union()), pooledMlpModel);
            scores.add(comparison.score(FEDERATED_MLP, files.read(mlpModel), split, Optional.empty()));
            scores.add(comparison.score(POOLED_MLP, files.read(pooledMlpModel), split, Optional.empty()));
            mlp = Optional.of(new FederatedMlp(
                    MLP_STUDY,
                    mlpModel,
                    pooledMlpModel,
                    mlpStatus.get().getRounds(),
                    mlpStatus.get().getWallMillis(),
                    mlpResult.get("rounds_trained").asInt(),
                    mlpResult.get("best_round").asInt()));
        }
        ObjectNode shown = ((ObjectNode) result).deepCopy();
        shown.remove("head");
        ((ObjectNode) shown.get("parameters")).remove("recipe");
        return new TrainingDemoReport(
                STUDY,
                algorithm,
                sizes,
                split.test().count(),
                status.getRounds(),
                status.getWallMillis(),
                model,
                pooledModel,
                siteModels,
                scores,
                others,
                shown,
                privateTraining,
                mlp);
    }

    /**
     * The pooled reference of the MLP study: the same rounds of the same algorithm, run in this
     * process on one site that holds the union of the sites' patches (the same head, start, local
     * optimiser and early stopping, on one machine).
     */
    private PatchClassifier pooledMlp(String algorithm, ObjectNode parameters, PatchSet union) {
        String study = MLP_STUDY + "-pooled";
        JsonNode result = PatchStudies.inProcess(
                study, algorithm, parameters, Map.of("pooled", union), DisclosureRules.defaults());
        return FederatedHeads.classifier(result, study, clock.instant(), LungPatchEmbedding.SOFTWARE_VERSION);
    }
}
