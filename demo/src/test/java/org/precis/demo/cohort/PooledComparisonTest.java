package org.precis.demo.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.precis.testing.SampleData;

class PooledComparisonTest {
  private final DemoCohorts cohorts = new DemoCohorts(SampleData.path("samples/clinical"));

  @ParameterizedTest
  @EnumSource(DemoStudy.class)
  void everyDemoStudyGivesThePooledSingleMachineAnswer(DemoStudy study) throws IOException {
    PooledComparison c = PooledComparison.of(study, cohorts);
    System.out.println(study.id() + ": max relative difference " + c.difference().max() + " at "
        + c.difference().where() + " (" + c.rounds() + " rounds)");
    double tolerance = study.algorithm().startsWith("cox") ? 1e-8 : 1e-12;
    assertThat(c.difference().max()).as(c.difference().where()).isLessThanOrEqualTo(tolerance);
    assertThat(c.federated().get("sites")).hasSize(study.cohort() == DemoStudy.Cohort.LUNG ? 3 : 2);
  }
}
