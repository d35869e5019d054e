package org.precis.demo.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import org.precis.testing.SampleData;

/**
 * A site process killed ({@code kill -9}) in the middle of a FedAvg study: the coordinator starts
 * the study over on the two survivors, and the model is the survivors' federated model.
 */
class FederatedTrainingFaultTest {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final Duration START = Duration.ofSeconds(120);

    @TempDir
    Path folder;

    @Test
    void aSiteKilledMidTrainingLeavesTheModelToTheSurvivors() throws Exception {
        PatchSet patches = LungPatchEmbedding.embedded(
                SampleData.root(), LungPatchEmbedding.Recipe.IDENTITY, folder.resolve("lung.h5"), 2, done -> {});
        SiteSplit split = SiteSplit.nonIid(patches, 7);
        DemoFolder collaboration =
                DemoFolder.createForPatches(folder.resolve("work"), split.sites(), CLOCK, new SecureRandom());
        List<String> sites = List.copyOf(split.sites().keySet());
        ObjectNode parameters = FederatedTrainingDemo.parameters(patches);
        StudyStatus status;
        try (NodeProcesses nodes = new NodeProcesses(NodeCommands.federationMains(), folder.resolve("logs"), CLOCK)) {
            int port = nodes.startCoordinator(
                    collaboration.coordinatorConfig(), collaboration.coordinatorPortFile(), START);
            for (String site : sites) {
                nodes.startSite(site, collaboration.siteConfig(site, port));
            }
            for (String site : sites) {
                nodes.awaitWelcomed(site, 1, START);
            }
            try (ResearcherClient researcher = new ResearcherClient(
                    "localhost", port, MutualTls.load(collaboration.researcherTls(), CLOCK), CLOCK)) {
                researcher.submit(
                        new StudySpec("lung-head-dropout", "fedavg", parameters, sites, DemoFolder.RESEARCHER, 2));
                long deadline = CLOCK.millis() + 120_000;
                while (researcher.status("lung-head-dropout").getRounds() < 5) {
                    assertThat(CLOCK.millis())
                            .as("the study did not reach round 5")
                            .isLessThan(deadline);
                    Thread.sleep(5);
                }
                assertThat(researcher.status("lung-head-dropout").getState()).isEqualTo(StudyState.RUNNING);
                nodes.kill("site-b");
                status = researcher.awaitEnd("lung-head-dropout", Duration.ofMillis(20), Duration.ofSeconds(240));
            }
            assertThat(status.getState())
                    .as(status.getFailure() + nodes.logTail("coordinator"))
                    .isEqualTo(StudyState.FINISHED);
        }
        assertThat(status.getSitesList()).containsExactly("site-a", "site-c");
        JsonNode federated = new ObjectMapper().readTree(status.getResultJson().toByteArray());

        Map<String, SiteData> survivors = new LinkedHashMap<>();
        for (String site : List.of("site-a", "site-c")) {
            survivors.put(
                    site,
                    new SiteData(
                            site,
                            SurvivalTable.of(List.of()),
                            Optional.of(split.sites().get(site))));
        }
        JsonNode alone = LocalStudyRun.runOnSites(
                        FederatedAlgorithms.named("fedavg"),
                        new StudyParameters("lung-head-dropout", "fedavg", parameters),
                        survivors,
                        DisclosureRules.defaults())
                .result();
        assertThat(federated.get("n_train").asLong())
                .isEqualTo(alone.get("n_train").asLong());
        assertThat(federated.get("rounds_trained").asInt())
                .isEqualTo(alone.get("rounds_trained").asInt());
        assertThat(federated.get("best_round").asInt())
                .isEqualTo(alone.get("best_round").asInt());
        double worst = 0;
        JsonNode a = federated.get("head").get("weights");
        JsonNode b = alone.get("head").get("weights");
        for (int k = 0; k < a.size(); k++) {
            for (int j = 0; j < a.get(k).size(); j++) {
                worst = Math.max(
                        worst,
                        Math.abs(a.get(k).get(j).asDouble() - b.get(k).get(j).asDouble()));
            }
        }
        // measured 0.0: every value summed at 2^-60 resolution, the sums rounded once, as a double sum of two
        assertThat(worst).isLessThan(1e-12);
    }
}
