package org.precis.demo.federation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.precis.embed.patches.PatchSet;
import org.precis.federation.config.CoordinatorConfig;
import org.precis.federation.config.SiteConfig;
import org.precis.federation.coordinator.BonawitzAggregators;
import org.precis.federation.coordinator.Coordinator;
import org.precis.federation.coordinator.CoordinatorSettings;
import org.precis.federation.node.BonawitzParticipants;
import org.precis.federation.node.RunningSite;
import org.precis.federation.node.SiteLauncher;
import org.precis.federation.proto.SiteMessage;
import org.precis.federation.proto.StudyState;
import org.precis.federation.proto.StudyStatus;
import org.precis.federation.researcher.ResearcherClient;
import org.precis.federation.study.KnownAlgorithms;
import org.precis.federation.study.StudySpec;
import org.precis.federation.tls.MutualTls;
import org.precis.io.json.JsonMappers;
import org.precis.survival.data.SurvivalTable;

/**
 * A coordinator and site nodes in this JVM, talking gRPC over loopback with mutual TLS, and a record
 * of every message each site sent: over sites' tables with their policies, or over sites' patch
 * sets ({@link #ofPatches}). Closing it stops the sites and the coordinator.
 */
public final class InProcessCollaboration implements AutoCloseable {
    /** How long the coordinator waits for a site's answer in a phase, and for a study's sites to connect. */
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** As the demo's coordinator configuration: a site's work on patches (bootstraps, epochs) takes longer. */
    private static final Duration PATCHES_WAIT = Duration.ofSeconds(20);

    final DemoFolder folder;
    final Coordinator coordinator;
    final Map<String, RunningSite> sites = new LinkedHashMap<>();
    final Map<String, List<SiteMessage>> sent = new LinkedHashMap<>();
    private final Clock clock = Clock.systemUTC();
    private final SecureRandom random = new SecureRandom();

    InProcessCollaboration(Path root, Map<String, SurvivalTable> tables, Map<String, Integer> minimumCellCounts)
            throws IOException {
        this(
                DemoFolder.create(root, tables, minimumCellCounts, Clock.systemUTC(), new SecureRandom()),
                tables.keySet());
    }

    /** Starts a coordinator on a prepared folder, and the nodes of {@code startedSites}. */
    InProcessCollaboration(DemoFolder folder, Collection<String> startedSites) throws IOException {
        this(folder, startedSites, WAIT);
    }

    private InProcessCollaboration(DemoFolder folder, Collection<String> startedSites, Duration wait)
            throws IOException {
        this.folder = folder;
        CoordinatorConfig config = CoordinatorConfig.read(folder.coordinatorConfig());
        CoordinatorSettings settings = config.settings();
        coordinator = Coordinator.start(
                new CoordinatorSettings(settings.host(), 0, settings.stateFolder(), wait, wait),
                MutualTls.load(config.tls(), clock),
                new KnownAlgorithms(),
                new BonawitzAggregators(),
                clock,
                random,
                Executors.newSingleThreadExecutor());
        for (String site : startedSites) {
            startSite(site);
        }
    }

    /**
     * Writes a collaboration of sites that hold these patch sets into {@code root} (every site's
     * policy allows every algorithm and the demo researcher) and starts the coordinator and every site.
     */
    public static InProcessCollaboration ofPatches(Path root, Map<String, PatchSet> sites) throws IOException {
        return new InProcessCollaboration(
                DemoFolder.createForPatches(root, sites, Clock.systemUTC(), new SecureRandom()),
                sites.keySet(),
                PATCHES_WAIT);
    }

    void startSite(String site) throws IOException {
        List<SiteMessage> messages = sent.computeIfAbsent(site, s -> new CopyOnWriteArrayList<>());
        RunningSite running = new SiteLauncher(new KnownAlgorithms(), new BonawitzParticipants(random), clock, random)
                .launch(SiteConfig.read(folder.siteConfig(site, coordinator.port())), List.of(messages::add));
        sites.put(site, running);
    }

    /** A new connection to the coordinator with the demo researcher's certificate; the caller closes it. */
    public ResearcherClient researcher() throws IOException {
        return new ResearcherClient(
                "localhost", coordinator.port(), MutualTls.load(folder.researcherTls(), clock), clock);
    }

    /** Submits {@code study}, waits up to two minutes for its end, and gives its result; fails unless it finished. */
    public JsonNode finish(StudySpec study) throws IOException, InterruptedException {
        try (ResearcherClient researcher = researcher()) {
            researcher.submit(study);
            StudyStatus status = researcher.awaitEnd(study.studyId(), Duration.ofMillis(20), Duration.ofSeconds(120));
            if (status.getState() != StudyState.FINISHED) {
                throw new AssertionError(
                        "study " + study.studyId() + " " + status.getState() + ": " + status.getFailure());
            }
            return JsonMappers.compact().readTree(status.getResultJson().toByteArray());
        }
    }

    /** Stops every site, then the coordinator; passes on the first failure of a site's close. */
    @Override
    public void close() throws IOException {
        List<Exception> problems = new ArrayList<>();
        for (RunningSite site : sites.values()) {
            try {
                site.close();
            } catch (IOException | RuntimeException e) {
                problems.add(e);
            }
        }
        coordinator.close();
        if (problems.isEmpty()) {
            return;
        }
        if (problems.get(0) instanceof IOException e) {
            throw e;
        }
        throw (RuntimeException) problems.get(0);
    }
}
