package org.precis.federation.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.federation.cohort.DemoCohorts;
import org.precis.federation.cohort.DemoStudy;
import org.precis.federation.proto.StudyState;
import org.precis.federation.proto.StudyStatus;
import org.precis.federation.researcher.ResearcherClient;
import org.precis.federation.study.StudySpec;
import org.precis.survival.data.SurvivalTable;
import org.precis.testing.SampleData;

/** The demo's four studies over real gRPC on loopback with mutual TLS: each equals the pooled answer. */
class FederatedStudiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir
  static Path root;
  static Map<String, SurvivalTable> lung;
  static Map<String, SurvivalTable> breast;
  static InProcessCollaboration collaboration;

  @BeforeAll
  static void start() throws Exception {
    DemoCohorts cohorts = new DemoCohorts(SampleData.path("samples/clinical"));
    lung = cohorts.lungSites();
    breast = cohorts.breastSites();
    Map<String, SurvivalTable> all = new LinkedHashMap<>(lung);
    all.putAll(breast);
    collaboration = new InProcessCollaboration(root, all, Map.of());
  }

  @AfterAll
  static void stop() throws Exception {
    collaboration.close();
  }

  @Test
  void theFourDemoStudiesEqualThePooledSingleMachineResults() throws Exception {
    try (ResearcherClient researcher = collaboration.researcher()) {
      for (DemoStudy study : DemoStudy.values()) {
        Map<String, SurvivalTable> sites = study.cohort() == DemoStudy.Cohort.LUNG ? lung : breast;
        List<String> names = List.copyOf(sites.keySet());
        researcher.submit(new StudySpec(study.id(), study.algorithm(), study.parameters().parameters(), names,
            DemoFolder.RESEARCHER, StudySpec.majorityOf(names.size())));
        StudyStatus status = researcher.awaitEnd(study.id(), Duration.ofMillis(20), Duration.ofSeconds(60));
        assertThat(status.getState()).as(status.getFailure()).isEqualTo(StudyState.FINISHED);
        JsonNode federated = JSON.readTree(status.getResultJson().toByteArray());
        RelativeDifference difference = RelativeDifference.between(new PooledReference().of(study, sites), federated,
            Set.of());
        System.out.println(study.id() + ": " + status.getRounds() + " rounds, " + status.getWallMillis()
            + " ms, max relative difference " + difference.max() + " at " + difference.where());
        assertThat(difference.max()).as(difference.where()).isLessThan(1e-8);
        assertThat(status.getSitesList()).containsExactlyElementsOf(names);
      }
    }
  }
}
