package org.precis.federation.algorithm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
public final class LogRankOnGrid extends GridCountsAlgorithm {
    public static final String NAME = "logrank";

    public LogRankOnGrid() {
        super(NAME, "rho");
    }

    @Override
    protected void checkOption(JsonNode parameters) {
        test(parameters);
    }

    @Override
    protected void checkStudy(ParameterReader parameters) {
        parameters.text("group");
    }

    @Override
    protected ObjectNode estimate(JsonNode parameters, GridStudy study, GridCounts.Pooled pooled) {
        LogRankResult result = test(parameters).test(pooled.sample(), pooled.groups());
        return JSON.valueToTree(SurvivalCurveJson.describe(result));
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
