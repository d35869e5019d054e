package org.precis.demo.federation;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.precis.federation.config.CoordinatorConfig;
import org.precis.federation.config.SiteConfig;
import org.precis.federation.coordinator.BonawitzAggregators;
import org.precis.federation.coordinator.Coordinator;
import org.precis.federation.coordinator.CoordinatorSettings;
import org.precis.federation.node.BonawitzParticipants;
import org.precis.federation.node.RunningSite;
import org.precis.federation.node.SiteLauncher;
import org.precis.federation.proto.SiteMessage;
import org.precis.federation.researcher.ResearcherClient;
import org.precis.federation.study.KnownAlgorithms;
import org.precis.federation.tls.MutualTls;
import org.precis.survival.data.SurvivalTable;

/**
 * A coordinator and site nodes in this JVM, talking gRPC over loopback with mutual TLS, and a record
 * of every message each site sent.
 */
// close() passes on the first failure of any site or the coordinator, interruption included: a
// test that is interrupted while closing should fail, so "try" (InterruptedException) is accepted.
@SuppressWarnings("try")
final class InProcessCollaboration implements AutoCloseable {
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
    InProcessCollaboration(DemoFolder folder, java.util.Collection<String> startedSites) throws IOException {
        this.folder = folder;
        CoordinatorConfig config = CoordinatorConfig.read(folder.coordinatorConfig());
        CoordinatorSettings settings = config.settings();
        coordinator = Coordinator.start(
                new CoordinatorSettings(
                        settings.host(),
                        0,
                        settings.stateFolder(),
                        java.time.Duration.ofSeconds(10),
                        java.time.Duration.ofSeconds(10)),
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

    void startSite(String site) throws IOException {
        List<SiteMessage> messages = sent.computeIfAbsent(site, s -> new CopyOnWriteArrayList<>());
        RunningSite running = new SiteLauncher(new KnownAlgorithms(), new BonawitzParticipants(random), clock, random)
                .launch(SiteConfig.read(folder.siteConfig(site, coordinator.port())), List.of(messages::add));
        sites.put(site, running);
    }

    ResearcherClient researcher() throws IOException {
        return new ResearcherClient(
                "localhost", coordinator.port(), MutualTls.load(folder.researcherTls(), clock), clock);
    }

    @Override
    public void close() throws Exception {
        List<Exception> problems = new ArrayList<>();
        for (RunningSite site : sites.values()) {
            try {
                site.close();
            } catch (Exception e) {
                problems.add(e);
            }
        }
        coordinator.close();
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
    }
}
