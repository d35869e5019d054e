package org.precis.demo.federation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.demo.cohort.DemoCohorts;
import org.precis.demo.cohort.DemoStudy;
import org.precis.demo.cohort.PooledReference;
import org.precis.demo.cohort.ResultDifference;
import org.precis.federation.proto.StudyState;
import org.precis.federation.proto.StudyStatus;
import org.precis.survival.data.SurvivalTable;
import org.precis.testing.SampleData;

/**
 * Faults with real processes: the coordinator and each site are their own JVMs on loopback, killed
 * as {@code kill -9} would and started again. Each test starts its own collaboration.
 */
class ProcessFaultTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A round left below its threshold fails after this wait for its sites. */
    private static final Duration FAIL_FAST = Duration.ofSeconds(3);
    /** Time for the sites to find a restarted coordinator again (they retry every 2 s at most, on a loaded machine). */
    private static final Duration RECONNECT = Duration.ofSeconds(20);

    @TempDir
    Path root;

    private final DemoCohorts cohorts = new DemoCohorts(SampleData.path("samples/clinical"));

    @Test
    void aSiteKilledMidStudyLeavesTheRoundToTheSurvivorsAndTheStudyStartsOverOnThem() throws Exception {
        Map<String, SurvivalTable> lung = cohorts.lungSites();
        try (ProcessCollaboration collaboration = new ProcessCollaboration(root, lung, FAIL_FAST)) {
            StudyStatus status = finishedWithoutLungC(collaboration, "lung-cox-dropout");
            assertThat(status.getState())
                    .as(status.getFailure() + collaboration.nodes.logTail("coordinator"))
                    .isEqualTo(StudyState.FINISHED);
            assertThat(status.getSitesList()).containsExactly("lung-a", "lung-b");
            Map<String, SurvivalTable> survivors = new LinkedHashMap<>(lung);
            survivors.remove("lung-c");
            assertEqualsPooled(status, DemoStudy.LUNG_COX, survivors);
        }
    }

    @Test
    void aStudyLeftWithFewerSitesThanItsThresholdFailsWithAClearMessage() throws Exception {
        try (ProcessCollaboration collaboration = new ProcessCollaboration(root, cohorts.breastSites(), FAIL_FAST)) {
            collaboration.submit("breast-cox-dropout", DemoStudy.BREAST_COX);
            collaboration.awaitRounds("breast-cox-dropout", 2);
            collaboration.nodes.kill("gbsg");
            StudyStatus status = collaboration.researcher.awaitEnd(
                    "breast-cox-dropout", Duration.ofMillis(20), Duration.ofSeconds(60));
            assertThat(status.getState()).isEqualTo(StudyState.FAILED);
            assertThat(status.getFailure())
                    .contains("below the secure-aggregation threshold of 2")
                    .contains("rotterdam");
            assertThat(status.getResultJson().isEmpty()).isTrue();
        }
    }

    @Test
    void aSiteKilledMidStudyRejoinsWhenStartedAgain() throws Exception {
        Map<String, SurvivalTable> lung = cohorts.lungSites();
        try (ProcessCollaboration collaboration = new ProcessCollaboration(root, lung, FAIL_FAST)) {
            finishedWithoutLungC(collaboration, "lung-cox-dropout");
            collaboration.startSite("lung-c");
            collaboration.awaitConnections("lung-c", 2);
            collaboration.submit("lung-cox-rejoined", DemoStudy.LUNG_COX);
            StudyStatus status = collaboration.researcher.awaitEnd(
                    "lung-cox-rejoined", Duration.ofMillis(20), Duration.ofSeconds(60));
            assertThat(status.getState()).as(status.getFailure()).isEqualTo(StudyState.FINISHED);
            assertThat(status.getSitesList()).containsExactly("lung-a", "lung-b", "lung-c");
            assertEqualsPooled(status, DemoStudy.LUNG_COX, lung);
        }
    }

    @Test
    void aRestartedCoordinatorResumesItsStudiesAndRunsNoneTwice() throws Exception {
        Map<String, SurvivalTable> breast = cohorts.breastSites();
        try (ProcessCollaboration collaboration = new ProcessCollaboration(root, breast, RECONNECT)) {
            collaboration.submit("breast-km-finished", DemoStudy.BREAST_KM);
            StudyStatus finished = collaboration.researcher.awaitEnd(
                    "breast-km-finished", Duration.ofMillis(20), Duration.ofSeconds(60));
            assertThat(finished.getState()).as(finished.getFailure()).isEqualTo(StudyState.FINISHED);
            collaboration.submit("breast-cox-resumed", DemoStudy.BREAST_COX);
            collaboration.awaitRounds("breast-cox-resumed", 3);
            collaboration.nodes.kill("coordinator");
            collaboration.startCoordinator();
            collaboration.awaitConnections("rotterdam", 2);
            collaboration.awaitConnections("gbsg", 2);
            StudyStatus status = collaboration.researcher.awaitEnd(
                    "breast-cox-resumed", Duration.ofMillis(20), Duration.ofSeconds(90));
            assertThat(status.getState()).as(status.getFailure()).isEqualTo(StudyState.FINISHED);
            assertEqualsPooled(status, DemoStudy.BREAST_COX, breast);
            for (String site : breast.keySet()) {
                Map<String, Map<Integer, Set<Integer>>> tasks =
                        tasksReceived(collaboration.folder.siteFolder(site).resolve("audit.log"));
                // a finished study is never sent again
                assertThat(tasks.get("breast-km-finished")).isEqualTo(Map.of(0, Set.of(1)));
                // the resumed study went on from its round: only the round cut short was tried a second time
                Map<Integer, Set<Integer>> resumed = tasks.get("breast-cox-resumed");
                assertThat(resumed.keySet()).isEqualTo(rounds(resumed.size()));
                assertThat(resumed.values().stream()
                                .filter(attempts -> attempts.size() > 1)
                                .count())
                        .isLessThanOrEqualTo(1);
                assertThat(resumed.values())
                        .allSatisfy(attempts -> assertThat(attempts).hasSizeLessThanOrEqualTo(2));
                assertThat(resumed.keySet().stream()
                                .filter(r -> resumed.get(r).size() > 1)
                                .allMatch(r -> r >= 2))
                        .isTrue();
            }
        }
    }

    /** Runs lung-cox under {@code id}, kills lung-c at its second round, and returns the study's end. */
    private static StudyStatus finishedWithoutLungC(ProcessCollaboration collaboration, String id) throws Exception {
        collaboration.submit(id, DemoStudy.LUNG_COX);
        collaboration.awaitRounds(id, 2);
        collaboration.nodes.kill("lung-c");
        return collaboration.researcher.awaitEnd(id, Duration.ofMillis(20), Duration.ofSeconds(60));
    }

    private static Set<Integer> rounds(int count) {
        Set<Integer> rounds = new TreeSet<>();
        for (int r = 0; r < count; r++) {
            rounds.add(r);
        }
        return rounds;
    }

    /** Per study, per round, the attempt numbers (unique in a study) of the tasks the site's audit log records. */
    private static Map<String, Map<Integer, Set<Integer>>> tasksReceived(Path auditLog) throws IOException {
        Map<String, Map<Integer, Set<Integer>>> tasks = new TreeMap<>();
        for (String line : Files.readAllLines(auditLog, StandardCharsets.UTF_8)) {
            JsonNode entry = JSON.readTree(line);
            JsonNode details = entry.path("details");
            if (entry.path("event").asText().equals("request-received")
                    && details.path("message").asText().equals("task")) {
                tasks.computeIfAbsent(details.path("study").asText(), s -> new TreeMap<>())
                        .computeIfAbsent(details.path("round").asInt(), r -> new TreeSet<>())
                        .add(details.path("attempt").asInt());
            }
        }
        return tasks;
    }

    private static void assertEqualsPooled(StudyStatus status, DemoStudy study, Map<String, SurvivalTable> sites)
            throws IOException {
        JsonNode federated = JSON.readTree(status.getResultJson().toByteArray());
        ResultDifference difference =
                ResultDifference.of(PooledReference.of(study, sites), federated, List.of("sites", "grid"));
        assertThat(difference.max()).as(difference.where()).isLessThan(1e-8);
    }
}
