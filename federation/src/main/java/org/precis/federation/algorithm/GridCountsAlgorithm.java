package org.precis.federation.algorithm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.precis.io.json.JsonMappers;
import org.precis.survival.data.SurvivalTable;

/**
 * A one-round study on a shared time grid: each site sends its event and censoring counts per
 * group and grid point ({@link GridCounts}), and the pooled counts, the coarsened pooled data, go
 * to the survival module's estimator. Subclasses name the estimator's own parameter and run it.
 */
abstract class GridCountsAlgorithm implements FederatedAlgorithm {
    static final ObjectMapper JSON = JsonMappers.compact();

    private final String name;
    private final String option;

    /** @param option the one study parameter the estimator adds to those of {@link GridStudy} */
    protected GridCountsAlgorithm(String name, String option) {
        this.name = name;
        this.option = option;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final RoundRequest start(StudyParameters parameters) {
        GridStudy study = read(parameters.parameters());
        checkOption(parameters.parameters());
        return new RoundRequest(parameters.studyId(), 0, name, parameters.parameters(), study.vectorLength());
    }

    @Override
    public final LocalAggregate compute(RoundRequest request, SurvivalTable siteTable, DisclosureRules rules) {
        GridStudy study = read(request.parameters());
        requireLength(request, study);
        return new LocalAggregate(GridCounts.of(study, siteTable, rules, name));
    }

    @Override
    public final RoundOutcome aggregate(RoundRequest request, SecureSum sum) {
        GridStudy study = read(request.parameters());
        requireLength(request, study);
        ObjectNode json;
        try {
            json = estimate(request.parameters(), study, GridCounts.pooled(study, sum.values()));
        } catch (IllegalArgumentException e) {
            return new RoundOutcome.Failed(name + ": " + e.getMessage());
        }
        json.set("grid", study.grid().toJson());
        json.set("sites", JSON.valueToTree(sum.sites()));
        return new RoundOutcome.Finished(json);
    }

    /** Refuses a bad value of the estimator's own parameter before any site is asked. */
    protected abstract void checkOption(JsonNode parameters);

    /** Further checks of the study's parameters, made whenever they are read. */
    protected void checkStudy(ParameterReader parameters) {}

    /**
     * The estimator on the pooled coarsened data, as the survival command's {@code --json}.
     *
     * @throws IllegalArgumentException when the data do not allow it (the study then fails)
     */
    protected abstract ObjectNode estimate(JsonNode parameters, GridStudy study, GridCounts.Pooled pooled);

    private GridStudy read(JsonNode parameters) {
        ParameterReader p = new ParameterReader(name, parameters)
                .allowOnly("time", "event", "event_value", "group", "group_levels", "grid", option);
        checkStudy(p);
        return GridStudy.read(p, name);
    }

    private static void requireLength(RoundRequest request, GridStudy study) {
        if (request.vectorLength() != study.vectorLength()) {
            throw new IllegalArgumentException(request.algorithm() + ": round asks for " + request.vectorLength()
                    + " values but its grid and groups make " + study.vectorLength());
        }
    }
}
