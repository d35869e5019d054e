package org.precis.federation.algorithm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.precis.survival.km.ConfidenceType;
import org.precis.survival.km.CurveConfidence;
import org.precis.survival.km.KaplanMeier;
import org.precis.survival.km.SurvivalCurve;
import org.precis.survival.km.SurvivalCurveJson;

/**
 * {@code km}: Kaplan-Meier curves across sites on a shared, public time grid, in one round: each
 * site counts its events and censorings per group and grid point ({@link TimeGrid} defines the
 * coarsening), the sums are the pooled coarsened data, and the survival module's estimator runs on
 * them. Equal to {@code precis survival km} on the pooled rows with their times coarsened.
 * Parameters: as {@link GridStudy}, and optional {@code conf_type} ({@code log}, R's default,
 * {@code log-log} or {@code plain}). The result has the shape of {@code precis survival km
 * --json}, plus the grid and the sites.
 */
public final class KaplanMeierOnGrid extends GridCountsAlgorithm {
    public static final String NAME = "km";

    public KaplanMeierOnGrid() {
        super(NAME, "conf_type");
    }

    @Override
    protected void checkOption(JsonNode parameters) {
        confidence(parameters);
    }

    @Override
    protected ObjectNode estimate(JsonNode parameters, GridStudy study, GridCounts.Pooled pooled) {
        KaplanMeier estimator = new KaplanMeier(new CurveConfidence(confidence(parameters), 0.95));
        SortedMap<String, SurvivalCurve> curves = new TreeMap<>();
        if (study.group().isEmpty()) {
            curves.put(GridStudy.ALL, estimator.estimate(pooled.sample()));
        } else {
            curves.putAll(estimator.estimateByGroup(pooled.sample(), pooled.groups()));
        }
        List<Map<String, Object>> groups = new ArrayList<>();
        curves.forEach((label, curve) -> groups.add(SurvivalCurveJson.describe(label, curve)));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("n", pooled.n());
        out.put("dropped", pooled.dropped());
        out.put("conf_type", parameters.path("conf_type").asText("log"));
        out.put("groups", groups);
        return JSON.valueToTree(out);
    }

    private static ConfidenceType confidence(JsonNode parameters) {
        String type =
                new ParameterReader(NAME, parameters).optionalText("conf_type").orElse("log");
        return switch (type) {
            case "log" -> ConfidenceType.LOG;
            case "log-log" -> ConfidenceType.LOG_LOG;
            case "plain" -> ConfidenceType.PLAIN;
            default ->
                throw new IllegalArgumentException(
                        NAME + ": study parameter 'conf_type' must be log, log-log or" + " plain, got '" + type + "'");
        };
    }
}
