package org.precis.demo.federation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.precis.demo.cohort.DemoCohorts;
import org.precis.demo.cohort.DemoStudy;
import org.precis.demo.cohort.PooledReference;
import org.precis.demo.cohort.ResultDifference;
import org.precis.federation.proto.StudyState;
import org.precis.federation.proto.StudyStatus;
import org.precis.federation.researcher.ResearcherClient;
import org.precis.federation.study.StudySpec;
import org.precis.federation.tls.MutualTls;
import org.precis.io.json.JsonMappers;
import org.precis.survival.data.SurvivalTable;

/**
 * The federation demo: a throwaway CA and certificates, the five demo sites' tables, a coordinator
 * and one JVM a site on loopback ports, and the four demo studies submitted by a researcher over
 * mutual TLS, each compared with the pooled single-machine answer.
 */
public final class FederationDemo {
    private static final Duration STUDY_TIMEOUT = Duration.ofSeconds(120);
    /** How long a node JVM may take to start and connect: seconds alone, more than a minute on a loaded machine. */
    private static final Duration NODE_START = Duration.ofSeconds(180);

    private final Path clinicalFolder;
    private final Path workFolder;
    private final NodeCommands commands;
    private final Clock clock;
    private final SecureRandom random;
    private final ObjectMapper json = JsonMappers.compact();

    /**
     * @param clinicalFolder {@code PRECIS_DATA/samples/clinical}
     * @param workFolder an empty folder for the CA, certificates, site data, state and logs
     */
    public FederationDemo(
            Path clinicalFolder, Path workFolder, NodeCommands commands, Clock clock, SecureRandom random) {
        this.clinicalFolder = clinicalFolder;
        this.workFolder = workFolder;
        this.commands = commands;
        this.clock = clock;
        this.random = random;
    }

    /**
     * Runs the demo on {@code clinicalFolder} in {@code workFolder} (created if need be), or, when
     * that is empty, in a temporary folder deleted afterwards.
     */
    public static DemoReport run(
            Path clinicalFolder,
            java.util.Optional<Path> workFolder,
            NodeCommands commands,
            Clock clock,
            SecureRandom random)
            throws IOException, InterruptedException {
        Path folder = workFolder.isPresent()
                ? Files.createDirectories(workFolder.get())
                : Files.createTempDirectory("precis-federation-demo");
        try {
            return new FederationDemo(clinicalFolder, folder, commands, clock, random).run();
        } finally {
            if (workFolder.isEmpty()) {
                deleteTree(folder);
            }
        }
    }

    /** Deletes {@code folder} and everything in it (nothing when it does not exist): the demos' throwaway folders. */
    public static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    public DemoReport run() throws IOException, InterruptedException {
        long started = clock.millis();
        DemoCohorts cohorts = new DemoCohorts(clinicalFolder);
        Map<String, SurvivalTable> lung = cohorts.lungSites();
        Map<String, SurvivalTable> breast = cohorts.breastSites();
        Map<String, SurvivalTable> all = new LinkedHashMap<>(lung);
        all.putAll(breast);
        DemoFolder folder = DemoFolder.create(workFolder, all, Map.of(), clock, random);
        List<StudyReport> reports = new ArrayList<>();
        try (NodeProcesses nodes = new NodeProcesses(commands, workFolder.resolve("logs"), clock)) {
            int port = nodes.startCoordinator(folder.coordinatorConfig(), folder.coordinatorPortFile(), NODE_START);
            for (String site : all.keySet()) {
                nodes.startSite(site, folder.siteConfig(site, port));
            }
            for (String site : all.keySet()) {
                nodes.awaitWelcomed(site, 1, NODE_START);
            }
            try (ResearcherClient researcher =
                    new ResearcherClient("localhost", port, MutualTls.load(folder.researcherTls(), clock), clock)) {
                for (DemoStudy study : DemoStudy.values()) {
                    Map<String, SurvivalTable> sites = study.cohort() == DemoStudy.Cohort.LUNG ? lung : breast;
                    reports.add(runStudy(study, sites, researcher, folder, nodes));
                }
            }
        }
        return new DemoReport(reports, clock.millis() - started);
    }

    private StudyReport runStudy(
            DemoStudy study,
            Map<String, SurvivalTable> sites,
            ResearcherClient researcher,
            DemoFolder folder,
            NodeProcesses nodes)
            throws IOException, InterruptedException {
        List<String> names = List.copyOf(sites.keySet());
        StudySpec spec = new StudySpec(
                study.id(),
                study.algorithm(),
                study.parameters().parameters(),
                names,
                DemoFolder.RESEARCHER,
                StudySpec.majorityOf(names.size()));
        researcher.submit(spec);
        StudyStatus status = researcher.awaitEnd(study.id(), Duration.ofMillis(25), STUDY_TIMEOUT);
        if (status.getState() != StudyState.FINISHED) {
            throw new IllegalStateException("demo study " + study.id() + " failed: " + status.getFailure()
                    + " (coordinator log: " + nodes.logTail("coordinator") + ")");
        }
        JsonNode federated = json.readTree(status.getResultJson().toByteArray());
        PooledReference.of(study, sites); // once untimed, so that the timed call below is not the JIT's first
        java.time.Instant pooledStart = clock.instant();
        JsonNode pooled = PooledReference.of(study, sites);
        double pooledMillis = Duration.between(pooledStart, clock.instant()).toNanos() / 1e6;
        ResultDifference difference = ResultDifference.of(pooled, federated, List.of("sites", "grid"));
        Map<String, Long> bytes = new LinkedHashMap<>();
        Map<String, Long> messages = new LinkedHashMap<>();
        for (String site : names) {
            JsonNode counts =
                    awaitWireCounts(folder.siteFolder(site).resolve("wire-bytes.json"), study.id(), status.getRounds());
            bytes.put(site, counts.path("bytes").asLong());
            messages.put(site, counts.path("messages").asLong());
        }
        return new StudyReport(
                study.id(),
                study.algorithm(),
                names,
                status.getRounds(),
                status.getWallMillis(),
                pooledMillis,
                federated,
                pooled,
                difference.max(),
                difference.where(),
                bytes,
                messages);
    }

    /** The site's counts for a study once it has closed all of the study's rounds. */
    private JsonNode awaitWireCounts(Path file, String studyId, int rounds) throws IOException, InterruptedException {
        long deadline = clock.millis() + 10_000;
        while (true) {
            if (Files.exists(file)) {
                JsonNode counts = json.readTree(Files.readString(file, StandardCharsets.UTF_8))
                        .path(studyId);
                if (counts.path("rounds_closed").asInt() >= rounds) {
                    return counts;
                }
            }
            if (clock.millis() > deadline) {
                throw new IllegalStateException(file + ": no byte counts for all " + rounds + " rounds of " + studyId);
            }
            Thread.sleep(10);
        }
    }
}
