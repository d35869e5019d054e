package org.precis.federation.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.precis.federation.algorithm.TimeGrid;
import org.precis.federation.cohort.BreastCohort;
import org.precis.federation.cohort.DemoStudy;
import org.precis.federation.cohort.SiteTables;
import org.precis.survival.cox.CoxModel;
import org.precis.survival.cox.CoxResultJson;
import org.precis.survival.data.Column;
import org.precis.survival.data.CoxDesign;
import org.precis.survival.data.SurvivalTable;
import org.precis.survival.km.KaplanMeier;
import org.precis.survival.km.LogRank;
import org.precis.survival.km.RightCensoredSample;
import org.precis.survival.km.SurvivalCurveJson;

/**
 * The single-machine answer each demo study should equal: the same analysis on all sites' rows pooled
 * in one table, as {@code precis survival} computes it (Cox stratified by site; Kaplan-Meier and
 * log-rank on the rows' times coarsened to the study's public grid).
 */
final class PooledReference {
  private final ObjectMapper json = new ObjectMapper();

  JsonNode of(DemoStudy study, Map<String, SurvivalTable> sites) {
    SurvivalTable pooled = SiteTables.pooled(sites);
    return switch (study) {
      case LUNG_COX -> cox(CoxDesign.builder().time("time").event("status", 2)
          .covariates("age", "sex", "ph.ecog").strata(SiteTables.SITE_COLUMN).on(pooled));
      case BREAST_COX -> cox(CoxDesign.builder().time("time").event("status")
          .covariates("age", "meno", "size", "grade", "nodes", "pgr", "er", "hormon")
          .reference("size", BreastCohort.SIZE_LEVELS.get(0)).strata(SiteTables.SITE_COLUMN).on(pooled));
      case BREAST_KM -> kaplanMeier(pooled);
      case BREAST_LOGRANK -> {
        Coarsened rows = coarsened(pooled, DemoStudy.breastGrid());
        yield json.valueToTree(SurvivalCurveJson.describe(LogRank.logRank().test(rows.sample(), rows.groups())));
      }
    };
  }

  private JsonNode cox(CoxDesign design) {
    return json.valueToTree(CoxResultJson.describe(CoxModel.fit(design).result()));
  }

  private JsonNode kaplanMeier(SurvivalTable pooled) {
    Coarsened rows = coarsened(pooled, DemoStudy.breastGrid());
    List<Map<String, Object>> groups = new ArrayList<>();
    new KaplanMeier().estimateByGroup(rows.sample(), rows.groups())
        .forEach((label, curve) -> groups.add(SurvivalCurveJson.describe(label, curve)));
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("n", pooled.rowCount());
    result.put("dropped", 0);
    result.put("conf_type", "log");
    result.put("groups", groups);
    return json.valueToTree(result);
  }

  /** Every row once, its time coarsened to the grid as the sites do, an event beyond the grid censored. */
  private record Coarsened(RightCensoredSample sample, String[] groups) {}

  private static Coarsened coarsened(SurvivalTable pooled, TimeGrid grid) {
    Column time = pooled.column("time");
    Column status = pooled.column("status");
    Column hormon = pooled.column("hormon");
    int n = pooled.rowCount();
    double[] times = new double[n];
    boolean[] events = new boolean[n];
    String[] groups = new String[n];
    for (int r = 0; r < n; r++) {
      double raw = time.number(r).getAsDouble();
      times[r] = grid.coarsen(raw);
      events[r] = status.number(r).getAsDouble() != 0 && grid.keepsEvent(raw);
      groups[r] = hormon.text(r).orElseThrow();
    }
    return new Coarsened(RightCensoredSample.of(times, events), groups);
  }
}
