package org.precis.demo.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.precis.demo.federation.DemoFolder;
import org.precis.demo.federation.FederationDemo;
import org.precis.demo.federation.NodeCommands;
import org.precis.demo.federation.NodeProcesses;
import org.precis.embed.patches.PatchSet;
import org.precis.federation.drift.FederatedDrift;
import org.precis.federation.improve.ContinuousImprovement;
import org.precis.federation.improve.ImprovementPlan;
import org.precis.federation.improve.ImprovementReport;
import org.precis.federation.improve.ModelDescription;
import org.precis.federation.proto.StudyState;
import org.precis.federation.proto.StudyStatus;
import org.precis.federation.researcher.ResearcherClient;
import org.precis.federation.study.StudySpec;
import org.precis.federation.tls.MutualTls;
import org.precis.federation.training.FederatedHeads;
import org.precis.io.json.JsonMappers;
import org.precis.learn.patch.PatchClassifier;
import org.precis.learn.patch.PatchClassifiers;
import org.precis.store.Store;
import org.precis.store.StoreLocation;
import org.precis.store.models.ModelVersion;
import org.precis.store.users.Role;
import org.precis.store.users.User;

/**
 * The continuous-improvement demo: a model registry of its own (an embedded store, made afresh each
 * run), the three lung sites first holding 85% of each class of their patches — {@code federation
 * improve} trains version 1 and every site judges it — then all of them, as when pathologists have
 * signed off more cases: improve trains version 2 from version 1, every site evaluates it against
 * version 1 on its own validation patches, and the registry promotes it only if every site says
 * better; then each site measures its patches' drift against the production model (the {@code
 * drift} study: embedding shift and calibration, numbers only). Site processes on loopback, as the
 * training demo's.
 */
public final class ImprovementDemo {
    public static final String MODEL = "lung-patch-subtype";
    /** Each site's share of each class before its new labelled patches arrive. */
    public static final double EARLIER_SHARE = 0.85;
    /** The registry's researcher. */
    public static final String RESEARCHER = "demo-researcher";

    private static final Duration STUDY_TIMEOUT = Duration.ofSeconds(300);
    private static final Duration NODE_START = Duration.ofSeconds(180);

    private final PatchSet patches;
    private final Path workFolder;
    private final Path registryFolder;
    private final NodeCommands commands;
    private final Clock clock;
    private final SecureRandom random;
    private final long seed;
    private final String softwareVersion;

    /**
     * @param workFolder an empty folder for the two collaborations and their logs
     * @param registryFolder the registry store's data folder (deleted and made afresh)
     */
    public ImprovementDemo(
            PatchSet patches,
            Path workFolder,
            Path registryFolder,
            NodeCommands commands,
            Clock clock,
            SecureRandom random,
            long seed,
            String softwareVersion) {
        this.patches = patches;
        this.workFolder = workFolder;
        this.registryFolder = registryFolder;
        this.commands = commands;
        this.clock = clock;
        this.random = random;
        this.seed = seed;
        this.softwareVersion = softwareVersion;
    }

    /** Runs both improvements; the registry is left in {@code registryFolder} for {@code precis models}. */
    public ImprovementDemoReport run() throws IOException, InterruptedException {
        FederationDemo.deleteTree(registryFolder);
        SiteSplit later = SiteSplit.nonIid(patches, seed);
        SiteSplit earlier = later.earlier(EARLIER_SHARE, seed);
        ObjectNode parameters = FederatedTrainingDemo.parameters(patches);
        List<ImprovementReport> reports = new ArrayList<>();
        List<ModelVersion> versions;
        JsonNode drift;
        try (Store store = Store.open(StoreLocation.embedded(Files.createDirectories(registryFolder)), clock, random)) {
            store.users().add(RESEARCHER, Role.RESEARCHER);
            User researcher = store.users().find(RESEARCHER).orElseThrow();
            reports.add(improve(store, researcher, earlier, parameters, "lung-head-v1", "earlier", false)
                    .report());
            Improved second = improve(store, researcher, later, parameters, "lung-head-v2", "later", true);
            reports.add(second.report());
            drift = second.drift().orElseThrow();
            versions = store.models().versions(MODEL);
        }
        return new ImprovementDemoReport(MODEL, registryFolder, reports, versions, drift);
    }

    /** An improvement and, when asked for, the sites' drift against the production model after it. */
    private record Improved(ImprovementReport report, Optional<JsonNode> drift) {}

    private Improved improve(
            Store store,
            User actor,
            SiteSplit split,
            ObjectNode parameters,
            String studyId,
            String work,
            boolean monitorDrift)
            throws IOException, InterruptedException {
        Path folder = workFolder.resolve(work);
        DemoFolder collaboration = DemoFolder.createForPatches(folder, split.sites(), clock, random);
        List<String> sites = List.copyOf(split.sites().keySet());
        try (NodeProcesses nodes = new NodeProcesses(commands, folder.resolve("logs"), clock)) {
            int port = nodes.startCoordinator(
                    collaboration.coordinatorConfig(), collaboration.coordinatorPortFile(), NODE_START);
            for (String site : sites) {
                nodes.startSite(site, collaboration.siteConfig(site, port));
            }
            for (String site : sites) {
                nodes.awaitWelcomed(site, 1, NODE_START);
            }
            try (ResearcherClient researcher = new ResearcherClient(
                    "localhost", port, MutualTls.load(collaboration.researcherTls(), clock), clock)) {
                ContinuousImprovement improvement = new ContinuousImprovement(
                        researcher, store.models(), actor, clock, STUDY_TIMEOUT, softwareVersion);
                ImprovementReport report = improvement.improve(new ImprovementPlan(
                        MODEL,
                        new StudySpec(
                                studyId,
                                "fedavg",
                                parameters,
                                sites,
                                DemoFolder.RESEARCHER,
                                StudySpec.majorityOf(sites.size())),
                        0.2,
                        1000,
                        0.02,
                        0.5,
                        new ModelDescription(
                                "lung patch subtype: adenocarcinoma, benign lung, squamous cell carcinoma",
                                "research use: patch heatmaps for a pathologist's review, not a diagnosis",
                                "Apache-2.0 (MobileNetV2 weights from google-coral test_data)")));
                if (!monitorDrift) {
                    return new Improved(report, Optional.empty());
                }
                return new Improved(report, Optional.of(drift(store, researcher, parameters, sites, studyId)));
            } catch (RuntimeException e) {
                throw new IllegalStateException(
                        e.getMessage() + " (coordinator log: " + nodes.logTail("coordinator") + ")", e);
            }
        }
    }

    /** Each site's drift against the production model, on all its patches (the drift study). */
    private JsonNode drift(
            Store store, ResearcherClient researcher, ObjectNode training, List<String> sites, String studyId)
            throws IOException, InterruptedException {
        ModelVersion production = store.models().production(MODEL).orElseThrow();
        PatchClassifier model = new PatchClassifiers()
                .read(store.models().file(MODEL, production.version()), "model " + production.label());
        ObjectNode p = JsonNodeFactory.instance.objectNode();
        for (String field : List.of("classes", "recipe", "dimension", "seed")) {
            p.set(field, training.get(field).deepCopy());
        }
        p.set("model", FederatedHeads.head(model));
        p.put("bootstrap_replicates", 200);
        String id = studyId + "-drift";
        researcher.submit(new StudySpec(
                id, FederatedDrift.NAME, p, sites, DemoFolder.RESEARCHER, StudySpec.majorityOf(sites.size())));
        StudyStatus status = researcher.awaitEnd(id, Duration.ofMillis(25), STUDY_TIMEOUT);
        if (status.getState() != StudyState.FINISHED) {
            throw new IllegalStateException("the drift study failed: " + status.getFailure());
        }
        return JsonMappers.compact().readTree(status.getResultJson().toByteArray());
    }
}
