package org.precis.federation.algorithm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.precis.survival.data.SurvivalTable;
import org.precis.survival.km.LogRank;
import org.precis.survival.km.LogRankResult;
import org.precis.survival.km.SurvivalCurveJson;

/**
 * {@code logrank}: the G-rho test of equal survival across groups (rho = 0: log-rank), on a
 * shared time grid, in one round of the same counts as {@link KaplanMeierOnGrid}. Equal to
 * {@code precis survival logrank} on the pooled rows with their times coarsened. Parameters: as
 * {@link GridStudy} ({@code group} required), and optional {@code rho} (default 0). The result has
 * the shape of {@code precis survival logrank --json}, plus the grid and the sites.
 */
public final class LogRankOnGrid implements FederatedAlgorithm {
  public static final String NAME = "logrank";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public RoundRequest start(StudyParameters parameters) {
    GridStudy study = read(parameters.parameters());
    test(parameters.parameters());
    return new RoundRequest(parameters.studyId(), 0, NAME, parameters.parameters(), study.vectorLength());
  }

  @Override
  public LocalAggregate compute(RoundRequest request, SurvivalTable siteTable, DisclosureRules rules) {
    GridStudy study = read(request.parameters());
    KaplanMeierOnGrid.requireLength(request, study);
    return new LocalAggregate(GridCounts.of(study, siteTable, rules, NAME));
  }

  @Override
  public RoundOutcome aggregate(RoundRequest request, SecureSum sum) {
    GridStudy study = read(request.parameters());
    KaplanMeierOnGrid.requireLength(request, study);
    GridCounts.Pooled pooled = GridCounts.pooled(study, sum.values());
    LogRankResult result;
    try {
      result = test(request.parameters()).test(pooled.sample(), pooled.groups());
    } catch (IllegalArgumentException e) {
      return new RoundOutcome.Failed(NAME + ": " + e.getMessage());
    }
    ObjectNode json = JSON.valueToTree(SurvivalCurveJson.describe(result));
    json.set("grid", study.grid().toJson());
    json.set("sites", JSON.valueToTree(sum.sites()));
    return new RoundOutcome.Finished(json);
  }

  private static GridStudy read(JsonNode parameters) {
    ParameterReader p = new ParameterReader(NAME, parameters)
        .allowOnly("time", "event", "event_value", "group", "group_levels", "grid", "rho");
    p.text("group");
    return GridStudy.read(p, NAME);
  }

  private static LogRank test(JsonNode parameters) {
    double rho = new ParameterReader(NAME, parameters).optionalNumber("rho").orElse(0);
    try {
      return new LogRank(rho);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(NAME + ": study parameter 'rho': " + e.getMessage(), e);
    }
  }
}
