package org.precis.demo.cohort;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.precis.federation.algorithm.FederatedAlgorithms;
import org.precis.federation.algorithm.LocalStudyRun;
import org.precis.survival.data.SurvivalTable;

/**
 * A demo study run two ways: federated, in process over its site tables ({@link LocalStudyRun}),
 * and on one machine over the pooled rows ({@link PooledReference}), and how far the two results
 * differ.
 *
 * @param federated the federated result
 * @param pooled the pooled single-machine result, in the same JSON shape (without the sites and grid)
 * @param difference the largest relative difference over every number of the two
 * @param rounds the federated study's rounds
 */
public record PooledComparison(
        DemoStudy study, JsonNode federated, JsonNode pooled, ResultDifference difference, int rounds) {
    /** Runs the study both ways on the demo cohorts. */
    public static PooledComparison of(DemoStudy study, DemoCohorts cohorts) throws IOException {
        Map<String, SurvivalTable> sites = cohorts.sites(study);
        LocalStudyRun.Outcome run =
                LocalStudyRun.run(FederatedAlgorithms.named(study.algorithm()), study.parameters(), sites);
        JsonNode federated = run.result();
        JsonNode pooled = PooledReference.of(study, sites);
        return new PooledComparison(
                study,
                federated,
                pooled,
                ResultDifference.of(pooled, federated, List.of("sites", "grid")),
                run.rounds());
    }
}
