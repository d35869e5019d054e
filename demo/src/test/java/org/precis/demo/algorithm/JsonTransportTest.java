package org.precis.demo.algorithm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.precis.demo.cohort.DemoCohorts;
import org.precis.demo.cohort.DemoStudy;
import org.precis.federation.algorithm.DisclosureRules;
import org.precis.federation.algorithm.FederatedAlgorithm;
import org.precis.federation.algorithm.FederatedAlgorithms;
import org.precis.federation.algorithm.LocalStudyRun;
import org.precis.federation.algorithm.RoundOutcome;
import org.precis.federation.algorithm.RoundRequest;
import org.precis.federation.algorithm.SecureSum;
import org.precis.survival.data.SurvivalTable;
import org.precis.testing.SampleData;

/**
 * A coordinator keeps nothing between rounds but the request, which a transport carries as JSON
 * text: a study whose every request goes through text (as it would between processes, or when
 * the coordinator restarts from its stored request) ends with the very same result.
 */
class JsonTransportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DemoCohorts cohorts = new DemoCohorts(SampleData.path("samples/clinical"));

    @ParameterizedTest
    @ValueSource(strings = {"lung-cox", "breast-km"})
    void requestsCarriedAsJsonTextGiveTheSameResult(String id) throws IOException {
        DemoStudy study = DemoStudy.byId(id);
        Map<String, SurvivalTable> sites = cohorts.sites(study);
        FederatedAlgorithm algorithm = FederatedAlgorithms.named(study.algorithm());
        JsonNode direct =
                LocalStudyRun.run(algorithm, study.parameters(), sites).result();
        RoundRequest request = algorithm.start(study.parameters());
        RoundOutcome outcome;
        do {
            RoundRequest carried = new RoundRequest(
                    request.studyId(),
                    request.round(),
                    request.algorithm(),
                    JSON.readTree(JSON.writeValueAsString(request.parameters())),
                    request.vectorLength());
            double[] sum = new double[carried.vectorLength()];
            for (SurvivalTable table : sites.values()) {
                double[] v = FederatedAlgorithms.named(study.algorithm())
                        .compute(carried, table, DisclosureRules.defaults())
                        .values();
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += v[i];
                }
            }
            outcome = FederatedAlgorithms.named(study.algorithm())
                    .aggregate(carried, new SecureSum(sum, List.copyOf(sites.keySet())));
            if (outcome instanceof RoundOutcome.NextRound next) {
                request = next.request();
            }
        } while (outcome instanceof RoundOutcome.NextRound);
        assertThat(((RoundOutcome.Finished) outcome).result()).isEqualTo(direct);
    }
}
