package org.precis.demo.federation;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.precis.demo.cohort.DemoStudy;
import org.precis.federation.proto.StudyState;
import org.precis.federation.researcher.ResearcherClient;
import org.precis.federation.study.StudySpec;
import org.precis.federation.tls.MutualTls;
import org.precis.survival.data.SurvivalTable;

/**
 * A coordinator and one JVM a site on loopback, in a folder of their own, for one fault test: the
 * coordinator on a fixed port, so that the sites find it again after it restarts, and a researcher
 * connected to it. Closing it stops every process.
 */
final class ProcessCollaboration implements AutoCloseable {
    private static final Clock CLOCK = Clock.systemUTC();
    /** How long a JVM may take to start and connect: on a loaded 2-core machine, a minute is not always enough. */
    private static final Duration START = Duration.ofSeconds(120);

    final DemoFolder folder;
    final NodeProcesses nodes;
    final ResearcherClient researcher;
    private final int port;
    private final List<String> sites;

    /**
     * @param connectWait how long the coordinator waits for a study's sites to be connected before it
     *     gives up on a round: short where a test wants a round left below its threshold to fail fast
     */
    ProcessCollaboration(Path root, Map<String, SurvivalTable> tables, Duration connectWait) throws Exception {
        folder = DemoFolder.create(root, tables, Map.of(), CLOCK, new SecureRandom());
        sites = List.copyOf(tables.keySet());
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path config = folder.coordinatorConfig();
        Files.writeString(
                config,
                Files.readString(config)
                        .replace("port: 0", "port: " + port)
                        .replace("connect_wait_ms: 20000", "connect_wait_ms: " + connectWait.toMillis()),
                StandardCharsets.UTF_8);
        nodes = new NodeProcesses(NodeCommands.federationMains(), root.resolve("logs"), CLOCK);
        try {
            startCoordinator();
            for (String site : sites) {
                startSite(site);
            }
            for (String site : sites) {
                awaitConnections(site, 1);
            }
            researcher = new ResearcherClient("localhost", port, MutualTls.load(folder.researcherTls(), CLOCK), CLOCK);
        } catch (Exception e) {
            nodes.close();
            throw e;
        }
    }

    void startCoordinator() throws IOException, InterruptedException {
        nodes.startCoordinator(folder.coordinatorConfig(), folder.coordinatorPortFile(), START);
    }

    void startSite(String site) throws IOException {
        nodes.startSite(site, folder.siteConfig(site, port));
    }

    /** Waits until the coordinator has welcomed the site {@code times} times in all. */
    void awaitConnections(String site, int times) throws IOException, InterruptedException {
        nodes.awaitWelcomed(site, times, START);
    }

    /** Submits the demo study under another id, over all of this collaboration's sites. */
    void submit(String id, DemoStudy study) {
        researcher.submit(new StudySpec(
                id,
                study.algorithm(),
                study.parameters().parameters(),
                sites,
                DemoFolder.RESEARCHER,
                StudySpec.majorityOf(sites.size())));
    }

    /** Waits until the study has reached {@code rounds} rounds and still runs. */
    void awaitRounds(String id, int rounds) throws InterruptedException {
        long deadline = CLOCK.millis() + 60_000;
        while (researcher.status(id).getRounds() < rounds) {
            if (CLOCK.millis() > deadline) {
                throw new AssertionError("study " + id + " did not reach round " + rounds + ": " + researcher.status(id)
                        + "\ncoordinator: " + nodes.logTail("coordinator") + "\n" + sites.get(0) + ": "
                        + nodes.logTail(sites.get(0)));
            }
            Thread.sleep(5);
        }
        if (researcher.status(id).getState() != StudyState.RUNNING) {
            throw new AssertionError("study " + id + " ended before round " + rounds + ": " + researcher.status(id));
        }
    }

    @Override
    public void close() {
        try {
            researcher.close();
        } finally {
            nodes.close();
        }
    }
}
