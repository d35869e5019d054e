package org.precis.demo.cohort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.precis.federation.algorithm.TimeGrid;
import org.precis.io.json.JsonMappers;
import org.precis.survival.cox.CoxModel;
import org.precis.survival.cox.CoxResultJson;
import org.precis.survival.data.Column;
import org.precis.survival.data.SurvivalTable;
import org.precis.survival.km.KaplanMeier;
import org.precis.survival.km.LogRank;
import org.precis.survival.km.RightCensoredSample;
import org.precis.survival.km.SurvivalCurveJson;

/**
 * The single-machine answer a demo study should equal: the same analysis, from the study's own
 * parameters, on all sites' rows pooled in one table, as {@code precis survival} computes it (the
 * Cox studies with strata(site); the KM and log-rank studies on the rows with their times
 * coarsened to the study's grid, as {@link TimeGrid} defines it), in the federated result's JSON
 * shape without the sites and grid.
 */
public final class PooledReference {
    private static final ObjectMapper JSON = JsonMappers.compact();

    private PooledReference() {}

    /** The study on the pooled rows of {@code sites}. */
    public static JsonNode of(DemoStudy study, Map<String, SurvivalTable> sites) {
        SurvivalTable pooledRows = SiteTables.pooled(sites);
        JsonNode p = study.parameters().parameters();
        return switch (study) {
            case LUNG_COX, BREAST_COX ->
                JSON.valueToTree(CoxResultJson.describe(CoxModel.fit(
                                PooledCox.design(p)
                                        .strata(SiteTables.SITE_COLUMN)
                                        .on(pooledRows),
                                PooledCox.ties(p))
                        .result()));
            case BREAST_KM -> {
                Coarsened c = Coarsened.of(pooledRows, p);
                List<Map<String, Object>> groups = new ArrayList<>();
                new KaplanMeier()
                        .estimateByGroup(c.sample(), c.groups())
                        .forEach((label, curve) -> groups.add(SurvivalCurveJson.describe(label, curve)));
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("n", pooledRows.rowCount());
                out.put("dropped", 0);
                out.put("conf_type", "log");
                out.put("groups", groups);
                yield JSON.valueToTree(out);
            }
            case BREAST_LOGRANK -> {
                Coarsened c = Coarsened.of(pooledRows, p);
                yield JSON.valueToTree(SurvivalCurveJson.describe(
                        new LogRank(p.path("rho").asDouble(0)).test(c.sample(), c.groups())));
            }
        };
    }

    /** The pooled rows (all complete in the demo cohorts) with their times coarsened to the study's grid. */
    private record Coarsened(RightCensoredSample sample, String[] groups) {
        static Coarsened of(SurvivalTable pooled, JsonNode p) {
            TimeGrid grid = new TimeGrid(
                    p.get("grid").get("step").asDouble(),
                    p.get("grid").get("points").asInt());
            Column time = pooled.column(p.get("time").asText());
            Column event = pooled.column(p.get("event").asText());
            Column group = pooled.column(p.get("group").asText());
            int n = pooled.rowCount();
            double[] t = new double[n];
            boolean[] e = new boolean[n];
            String[] g = new String[n];
            for (int r = 0; r < n; r++) {
                double raw = time.number(r).getAsDouble();
                t[r] = grid.coarsen(raw);
                e[r] = event.number(r).getAsDouble() != 0 && grid.keepsEvent(raw);
                g[r] = group.text(r).get();
            }
            return new Coarsened(RightCensoredSample.of(t, e), g);
        }
    }
}
