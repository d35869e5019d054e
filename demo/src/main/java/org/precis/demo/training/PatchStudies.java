package org.precis.demo.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.precis.demo.federation.DemoFolder;
import org.precis.demo.federation.NodeCommands;
import org.precis.demo.federation.NodeProcesses;
import org.precis.embed.patches.PatchSet;
import org.precis.federation.algorithm.DisclosureRules;
import org.precis.federation.algorithm.FederatedAlgorithms;
import org.precis.federation.algorithm.LocalStudyRun;
import org.precis.federation.algorithm.SiteData;
import org.precis.federation.algorithm.StudyParameters;
import org.precis.federation.proto.StudyState;
import org.precis.federation.proto.StudyStatus;
import org.precis.federation.researcher.ResearcherClient;
import org.precis.federation.study.StudySpec;
import org.precis.federation.tls.MutualTls;
import org.precis.survival.data.SurvivalTable;

/**
 * Studies over the sites' patch sets (lung patches, annotated cells) in one collaboration of site
 * processes on loopback: a throwaway CA, a coordinator and a site process per patch set, the
 * studies submitted over mutual TLS one after the other, each awaited to its end.
 */
public final class PatchStudies {
    private static final Duration STUDY_TIMEOUT = Duration.ofSeconds(300);
    private static final Duration NODE_START = Duration.ofSeconds(180);

    /**
     * One study to run.
     *
     * @param id the study's id
     * @param algorithm its algorithm
     * @param parameters its parameters
     * @param description what it is called when it fails
     */
    public record Study(String id, String algorithm, ObjectNode parameters, String description) {}

    private final Path workFolder;
    private final NodeCommands commands;
    private final Clock clock;
    private final SecureRandom random;

    /** @param workFolder an empty folder for the collaboration's files and the processes' logs */
    public PatchStudies(Path workFolder, NodeCommands commands, Clock clock, SecureRandom random) {
        this.workFolder = workFolder;
        this.commands = commands;
        this.clock = clock;
        this.random = random;
    }

    /**
     * The result of one study over {@code sitePatches} run in this process ({@link LocalStudyRun}:
     * every site's compute, a plain sum, the coordinator's aggregate; the same three functions as
     * across processes, without the secure sum): the pooled references, the same study on one
     * machine. Fails with the study's reason.
     */
    public static JsonNode inProcess(
            String studyId,
            String algorithm,
            ObjectNode parameters,
            Map<String, PatchSet> sitePatches,
            DisclosureRules rules) {
        Map<String, SiteData> sites = new LinkedHashMap<>();
        sitePatches.forEach(
                (name, set) -> sites.put(name, new SiteData(name, SurvivalTable.of(List.of()), Optional.of(set))));
        return LocalStudyRun.runOnSites(
                        FederatedAlgorithms.named(algorithm),
                        new StudyParameters(studyId, algorithm, parameters),
                        sites,
                        rules)
                .result();
    }

    /**
     * Each study's end, in order; a study that does not finish fails the run with its reason and
     * the tail of the coordinator's log.
     */
    public List<StudyStatus> run(Map<String, PatchSet> sitePatches, List<Study> studies)
            throws IOException, InterruptedException {
        DemoFolder folder = DemoFolder.createForPatches(workFolder, sitePatches, clock, random);
        List<String> sites = List.copyOf(sitePatches.keySet());
        List<StudyStatus> ends = new ArrayList<>();
        try (NodeProcesses nodes = new NodeProcesses(commands, workFolder.resolve("logs"), clock)) {
            int port = nodes.startCoordinator(folder.coordinatorConfig(), folder.coordinatorPortFile(), NODE_START);
            for (String site : sites) {
                nodes.startSite(site, folder.siteConfig(site, port));
            }
            for (String site : sites) {
                nodes.awaitWelcomed(site, 1, NODE_START);
            }
            try (ResearcherClient researcher =
                    new ResearcherClient("localhost", port, MutualTls.load(folder.researcherTls(), clock), clock)) {
                for (Study study : studies) {
                    researcher.submit(new StudySpec(
                            study.id(),
                            study.algorithm(),
                            study.parameters(),
                            sites,
                            DemoFolder.RESEARCHER,
                            StudySpec.majorityOf(sites.size())));
                    StudyStatus end = researcher.awaitEnd(study.id(), Duration.ofMillis(25), STUDY_TIMEOUT);
                    if (end.getState() != StudyState.FINISHED) {
                        throw new IllegalStateException("the " + study.description() + " failed: " + end.getFailure()
                                + " (coordinator log: " + nodes.logTail("coordinator") + ")");
                    }
                    ends.add(end);
                }
            }
        }
        return ends;
    }
}
