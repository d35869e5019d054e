package org.precis.federation.improve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.precis.embed.patches.PatchRecipe;
import org.precis.embed.patches.PatchRecipes;
import org.precis.federation.evaluation.FederatedEvaluation;
import org.precis.federation.evaluation.PromotionDecision;
import org.precis.federation.evaluation.SiteVerdict;
import org.precis.federation.proto.StudyState;
import org.precis.federation.proto.StudyStatus;
import org.precis.federation.researcher.ResearcherClient;
import org.precis.federation.study.StudySpec;
import org.precis.federation.training.FederatedHeadTraining;
import org.precis.federation.training.FederatedHeads;
import org.precis.federation.training.TrainingSettings;
import org.precis.io.json.JsonMappers;
import org.precis.learn.patch.PatchClassifier;
import org.precis.learn.patch.PatchClassifiers;
import org.precis.store.models.ModelRegistry;
import org.precis.store.models.ModelVersion;
import org.precis.store.models.NewModelEvaluation;
import org.precis.store.models.NewModelVersion;
import org.precis.store.models.PrivacySpent;
import org.precis.store.models.TrainingData;
import org.precis.store.models.TrainingSite;
import org.precis.store.users.User;

/**
 * One round of continuous improvement of a registered model: train a candidate federated from the
 * production version, register it (candidate, parent = production), let every site evaluate it
 * against production on its own validation patches, record each site's verdict, and promote it
 * when every site says better (the registry checks the verdicts again). With no production version
 * yet, the candidate is trained from scratch and each site judges it against the plan's accuracy bar.
 */
public final class ContinuousImprovement {
    private static final Duration POLL = Duration.ofMillis(25);

    private final ResearcherClient researcher;
    private final ModelRegistry registry;
    private final User actor;
    private final Clock clock;
    private final Duration timeout;
    private final String softwareVersion;
    private final PatchClassifiers models = new PatchClassifiers();

    /**
     * @param researcher a connection to the coordinator with the researcher's certificate
     * @param registry the researcher's model registry
     * @param actor who registers and promotes (a researcher or an administrator in the store)
     * @param timeout how long each study may take
     */
    public ContinuousImprovement(
            ResearcherClient researcher,
            ModelRegistry registry,
            User actor,
            Clock clock,
            Duration timeout,
            String softwareVersion) {
        this.researcher = researcher;
        this.registry = registry;
        this.actor = actor;
        this.clock = clock;
        this.timeout = timeout;
        this.softwareVersion = softwareVersion;
    }

    public ImprovementReport improve(ImprovementPlan plan) throws IOException, InterruptedException {
        StudySpec training = plan.training();
        if (!training.algorithm().equals(FederatedHeadTraining.FEDAVG)
                && !training.algorithm().equals(FederatedHeadTraining.FEDPROX)) {
            throw new IllegalArgumentException("study " + training.studyId() + ": improve trains with fedavg or"
                    + " fedprox, not " + training.algorithm());
        }
        if (training.parameters().has("start_from")) {
            throw new IllegalArgumentException("study " + training.studyId()
                    + ": improve sets start_from itself (the production version); remove it from the study");
        }
        TrainingSettings settings = TrainingSettings.read(training.algorithm(), training.parameters());
        Optional<ModelVersion> production = registry.production(plan.modelName());
        Optional<PatchClassifier> baseline = Optional.empty();
        ObjectNode parameters = training.parameters().deepCopy();
        if (production.isPresent()) {
            ModelVersion version = production.get();
            PatchClassifier current =
                    models.read(registry.file(version.name(), version.version()), "model " + version.label());
            check(plan, current, settings);
            parameters.set("start_from", FederatedHeads.head(current));
            baseline = Optional.of(current);
        }
        JsonNode trained = run(new StudySpec(
                training.studyId(),
                training.algorithm(),
                parameters,
                training.sites(),
                training.researcher(),
                training.threshold()));
        PatchClassifier candidate =
                FederatedHeads.classifier(trained, training.studyId(), clock.instant(), softwareVersion);
        ModelDescription description = production
                .map(p -> new ModelDescription(p.task(), p.intendedUse(), p.encoderLicence()))
                .orElse(plan.firstVersion());
        ModelVersion candidateVersion = registry.register(
                new NewModelVersion(
                        plan.modelName(),
                        production.map(ModelVersion::version),
                        description.task(),
                        description.intendedUse(),
                        trainingData(trained),
                        Optional.of(training.studyId()),
                        trained.get("rounds_trained").asInt(),
                        privacy(trained),
                        description.encoderLicence(),
                        models.toBytes(candidate)),
                actor);
        boolean trainedOnAll = !settings.validates();
        JsonNode evaluation = run(new StudySpec(
                plan.evaluationStudyId(),
                FederatedEvaluation.NAME,
                evaluationParameters(plan, settings, candidate, baseline),
                training.sites(),
                training.researcher(),
                training.threshold()));
        PromotionDecision decision = PromotionDecision.fromResult(evaluation);
        for (Map.Entry<String, SiteVerdict> verdict : decision.sites().entrySet()) {
            registry.recordEvaluation(
                    plan.modelName(),
                    candidateVersion.version(),
                    new NewModelEvaluation(
                            verdict.getKey(),
                            Optional.of(plan.evaluationStudyId()),
                            evaluation.get("sites").get(verdict.getKey()),
                            verdict.getValue().better()),
                    actor);
        }
        ModelVersion now = candidateVersion;
        if (decision.promote()) {
            now = registry.promote(
                    plan.modelName(),
                    candidateVersion.version(),
                    actor,
                    "federated evaluation " + plan.evaluationStudyId() + ": " + decision.reason());
        }
        ObjectNode shownTraining = trained.deepCopy();
        shownTraining.remove("head");
        ((ObjectNode) shownTraining.get("parameters")).remove("recipe");
        return new ImprovementReport(
                production, now, shownTraining, evaluation, decision, decision.promote(), trainedOnAll);
    }

    /** The production model must be the head the study trains: same classes, recipe and size. */
    private static void check(ImprovementPlan plan, PatchClassifier current, TrainingSettings settings) {
        String name = plan.modelName();
        if (!current.classNames().equals(settings.classes())) {
            throw new IllegalArgumentException("model " + name + " classifies " + current.classNames()
                    + ", the study trains " + settings.classes());
        }
        PatchRecipe recipe = current.recipe();
        if (!recipe.equals(settings.recipe())) {
            throw new IllegalArgumentException("model " + name + " was trained on recipe "
                    + new PatchRecipes().toText(recipe) + ", the study asks for "
                    + new PatchRecipes().toText(settings.recipe()));
        }
    }

    private static ObjectNode evaluationParameters(
            ImprovementPlan plan,
            TrainingSettings settings,
            PatchClassifier candidate,
            Optional<PatchClassifier> baseline) {
        ObjectNode p = JsonNodeFactory.instance.objectNode();
        settings.classes().forEach(p.putArray("classes")::add);
        p.set("recipe", new PatchRecipes().toJson(settings.recipe()));
        p.put("dimension", settings.dimension());
        p.set("candidate", FederatedHeads.head(candidate));
        baseline.ifPresent(b -> p.set("baseline", FederatedHeads.head(b)));
        // the training's own held-back patches when it kept some: the candidate never trained on them
        p.put("validation_fraction", settings.validates() ? settings.validationFraction() : plan.evaluationFraction());
        p.put("seed", settings.seed());
        p.put("bootstrap_replicates", plan.bootstrapReplicates());
        p.put("margin", plan.margin());
        p.put("min_accuracy", plan.minAccuracy());
        return p;
    }

    /** The sites of the study and the recipe; a site's count and data hash stay at the site. */
    private static TrainingData trainingData(JsonNode result) {
        List<TrainingSite> sites = new ArrayList<>();
        result.get("sites").forEach(site -> sites.add(TrainingSite.federated(site.asText())));
        return new TrainingData(sites, result.get("parameters").get("recipe"));
    }

    private static Optional<PrivacySpent> privacy(JsonNode result) {
        JsonNode privacy = result.get("privacy");
        return privacy == null
                ? Optional.empty()
                : Optional.of(new PrivacySpent(
                        privacy.get("epsilon").asDouble(), privacy.get("delta").asDouble()));
    }

    private JsonNode run(StudySpec study) throws IOException, InterruptedException {
        researcher.submit(study);
        StudyStatus status = researcher.awaitEnd(study.studyId(), POLL, timeout);
        if (status.getState() != StudyState.FINISHED) {
            throw new IllegalStateException("study " + study.studyId() + " "
                    + status.getState().name().toLowerCase(java.util.Locale.ROOT) + ": " + status.getFailure());
        }
        return JsonMappers.compact().readTree(status.getResultJson().toByteArray());
    }
}
