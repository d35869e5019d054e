package org.precis.federation.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.precis.federation.cohort.DemoCohorts;
import org.precis.federation.cohort.DemoStudy;
import org.precis.federation.cohort.PooledReference;
import org.precis.federation.cohort.ResultDifference;
import org.precis.federation.proto.StudyState;
import org.precis.federation.proto.StudyStatus;
import org.precis.federation.researcher.ResearcherClient;
import org.precis.federation.study.StudySpec;
import org.precis.federation.tls.MutualTls;
import org.precis.survival.data.SurvivalTable;
import org.precis.testing.SampleData;

/**
 * Faults with real processes: the coordinator and each site are their own JVMs on loopback, killed
 * as {@code kill -9} would and started again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProcessFaultTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Clock CLOCK = Clock.systemUTC();
  @TempDir
  static Path root;
  static Map<String, SurvivalTable> lung;
  static Map<String, SurvivalTable> breast;
  static DemoFolder folder;
  static NodeProcesses nodes;
  static int port;
  static ResearcherClient researcher;

  @BeforeAll
  static void start() throws Exception {
    DemoCohorts cohorts = new DemoCohorts(SampleData.path("samples/clinical"));
    lung = cohorts.lungSites();
    breast = cohorts.breastSites();
    Map<String, SurvivalTable> all = new LinkedHashMap<>(lung);
    all.putAll(breast);
    folder = DemoFolder.create(root, all, Map.of(), CLOCK, new SecureRandom());
    // a fixed port, so that sites find the coordinator again after it restarts
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path config = folder.coordinatorConfig();
    Files.writeString(config, Files.readString(config).replace("port: 0", "port: " + port)
        .replace("connect_wait_ms: 20000", "connect_wait_ms: 3000"), StandardCharsets.UTF_8);
    nodes = new NodeProcesses(NodeCommands.federationMains(), root.resolve("logs"), CLOCK);
    nodes.startCoordinator(config, folder.coordinatorPortFile(), Duration.ofSeconds(60));
    for (String site : all.keySet()) {
      nodes.startSite(site, folder.siteConfig(site, port));
    }
    for (String site : all.keySet()) {
      awaitConnections(site, 1);
    }
    researcher = new ResearcherClient("localhost", port, MutualTls.load(folder.researcherTls(), CLOCK), CLOCK);
  }

  @AfterAll
  static void stop() throws Exception {
    researcher.close();
    nodes.close();
  }

  @Test
  @Order(1)
  void aSiteKilledMidStudyLeavesTheRoundToTheSurvivorsAndTheStudyStartsOverOnThem() throws Exception {
    submit("lung-cox-dropout", DemoStudy.LUNG_COX);
    awaitRounds("lung-cox-dropout", 2);
    nodes.kill("lung-c");
    StudyStatus status = researcher.awaitEnd("lung-cox-dropout", Duration.ofMillis(20), Duration.ofSeconds(60));
    assertThat(status.getState()).as(status.getFailure() + nodes.logTail("coordinator"))
        .isEqualTo(StudyState.FINISHED);
    assertThat(status.getSitesList()).containsExactly("lung-a", "lung-b");
    Map<String, SurvivalTable> survivors = new LinkedHashMap<>(lung);
    survivors.remove("lung-c");
    assertEqualsPooled(status, DemoStudy.LUNG_COX, survivors);
  }

  @Test
  @Order(2)
  void aStudyLeftWithFewerSitesThanItsThresholdFailsWithAClearMessage() throws Exception {
    submit("breast-cox-dropout", DemoStudy.BREAST_COX);
    awaitRounds("breast-cox-dropout", 2);
    nodes.kill("gbsg");
    StudyStatus status = researcher.awaitEnd("breast-cox-dropout", Duration.ofMillis(20), Duration.ofSeconds(60));
    assertThat(status.getState()).isEqualTo(StudyState.FAILED);
    assertThat(status.getFailure()).contains("below the secure-aggregation threshold of 2").contains("rotterdam");
    assertThat(status.getResultJson().isEmpty()).isTrue();
  }

  @Test
  @Order(3)
  void killedSitesRejoinWhenStartedAgain() throws Exception {
    nodes.startSite("lung-c", folder.siteConfig("lung-c", port));
    nodes.startSite("gbsg", folder.siteConfig("gbsg", port));
    awaitConnections("lung-c", 2);
    awaitConnections("gbsg", 2);
    submit("lung-cox-rejoined", DemoStudy.LUNG_COX);
    StudyStatus status = researcher.awaitEnd("lung-cox-rejoined", Duration.ofMillis(20), Duration.ofSeconds(60));
    assertThat(status.getState()).as(status.getFailure()).isEqualTo(StudyState.FINISHED);
    assertThat(status.getSitesList()).containsExactly("lung-a", "lung-b", "lung-c");
    assertEqualsPooled(status, DemoStudy.LUNG_COX, lung);
    submit("breast-km-rejoined", DemoStudy.BREAST_KM);
    status = researcher.awaitEnd("breast-km-rejoined", Duration.ofMillis(20), Duration.ofSeconds(60));
    assertThat(status.getState()).as(status.getFailure()).isEqualTo(StudyState.FINISHED);
    assertEqualsPooled(status, DemoStudy.BREAST_KM, breast);
  }

  @Test
  @Order(4)
  void aRestartedCoordinatorResumesItsStudiesAndRunsNoneTwice() throws Exception {
    submit("breast-cox-resumed", DemoStudy.BREAST_COX);
    awaitRounds("breast-cox-resumed", 3);
    nodes.kill("coordinator");
    nodes.startCoordinator(folder.coordinatorConfig(), folder.coordinatorPortFile(), Duration.ofSeconds(60));
    awaitConnections("rotterdam", 2);
    awaitConnections("gbsg", 3);
    StudyStatus status = researcher.awaitEnd("breast-cox-resumed", Duration.ofMillis(20), Duration.ofSeconds(90));
    assertThat(status.getState()).as(status.getFailure()).isEqualTo(StudyState.FINISHED);
    assertEqualsPooled(status, DemoStudy.BREAST_COX, breast);
    for (String site : breast.keySet()) {
      Map<String, Map<Integer, Set<Integer>>> tasks = tasksReceived(folder.siteFolder(site).resolve("audit.log"));
      // a finished study is never sent again
      assertThat(tasks.get("breast-km-rejoined")).isEqualTo(Map.of(0, Set.of(1)));
      // the resumed study went on from its round: only the round cut short was tried a second time
      Map<Integer, Set<Integer>> resumed = tasks.get("breast-cox-resumed");
      assertThat(resumed.keySet()).isEqualTo(rounds(resumed.size()));
      assertThat(resumed.values().stream().filter(attempts -> attempts.size() > 1).count()).isLessThanOrEqualTo(1);
      assertThat(resumed.values()).allSatisfy(attempts -> assertThat(attempts).hasSizeLessThanOrEqualTo(2));
      assertThat(resumed.keySet().stream().filter(r -> resumed.get(r).size() > 1).allMatch(r -> r >= 2)).isTrue();
    }
  }

  private static void awaitConnections(String site, int times) throws IOException, InterruptedException {
    nodes.awaitWelcomed(site, times, Duration.ofSeconds(60));
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
      if (entry.path("event").asText().equals("request-received") && details.path("message").asText().equals("task")) {
        tasks.computeIfAbsent(details.path("study").asText(), s -> new TreeMap<>())
            .computeIfAbsent(details.path("round").asInt(), r -> new TreeSet<>()).add(details.path("attempt").asInt());
      }
    }
    return tasks;
  }

  private static void submit(String id, DemoStudy study) {
    List<String> sites = new ArrayList<>((study.cohort() == DemoStudy.Cohort.LUNG ? lung : breast).keySet());
    researcher.submit(new StudySpec(id, study.algorithm(), study.parameters().parameters(), sites,
        DemoFolder.RESEARCHER, StudySpec.majorityOf(sites.size())));
  }

  private static void awaitRounds(String id, int rounds) throws InterruptedException {
    long deadline = CLOCK.millis() + 60_000;
    while (researcher.status(id).getRounds() < rounds) {
      if (CLOCK.millis() > deadline) {
        throw new AssertionError("study " + id + " did not reach round " + rounds + ": " + researcher.status(id)
            + "\ncoordinator: " + nodes.logTail("coordinator") + "\nlung-a: " + nodes.logTail("lung-a"));
      }
      Thread.sleep(5);
    }
    assertThat(researcher.status(id).getState()).isEqualTo(StudyState.RUNNING);
  }

  private static void assertEqualsPooled(StudyStatus status, DemoStudy study, Map<String, SurvivalTable> sites)
      throws IOException {
    JsonNode federated = JSON.readTree(status.getResultJson().toByteArray());
    ResultDifference difference = ResultDifference.of(PooledReference.of(study, sites), federated,
        List.of("sites", "grid"));
    assertThat(difference.max()).as(difference.where()).isLessThan(1e-8);
  }
}
