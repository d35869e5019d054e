package org.precis.demo.algorithm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.precis.demo.cohort.SiteTables;
import org.precis.federation.algorithm.CoxStratified;
import org.precis.federation.algorithm.LocalStudyRun;
import org.precis.federation.algorithm.RoundOutcome;
import org.precis.federation.algorithm.StudyParameters;
import org.precis.survival.cox.CoxModel;
import org.precis.survival.cox.CoxResultJson;
import org.precis.survival.data.Column;
import org.precis.survival.data.CoxDesign;
import org.precis.survival.data.SurvivalTable;

/** Newton-Raphson's rarer paths, federated as on one machine: a diverging coefficient and collinear covariates. */
class CoxNewtonEdgeCasesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Two sites where x1 orders the deaths perfectly within each site (a monotone likelihood). */
    private static Map<String, SurvivalTable> monotone(boolean collinear) {
        Random random = new Random(7);
        Map<String, SurvivalTable> sites = new LinkedHashMap<>();
        for (String site : List.of("a", "b")) {
            int n = 40;
            double[] time = new double[n];
            double[] status = new double[n];
            double[] x1 = new double[n];
            double[] x2 = new double[n];
            for (int i = 0; i < n; i++) {
                time[i] = 1 + i + random.nextInt(3) * 0.25;
                status[i] = random.nextInt(4) == 0 ? 0 : 1;
                x1[i] = -time[i] / 10;
                x2[i] = collinear ? 2 * x1[i] : random.nextGaussian();
            }
            sites.put(
                    site,
                    SurvivalTable.of(List.of(
                            Column.numeric("time", time),
                            Column.numeric("status", status),
                            Column.numeric("x1", x1),
                            Column.numeric("x2", x2))));
        }
        return sites;
    }

    private static StudyParameters study() {
        ObjectNode p = JSON.createObjectNode();
        p.put("time", "time").put("event", "status");
        p.putArray("covariates").add("x1").add("x2");
        return new StudyParameters("edge", CoxStratified.NAME, p);
    }

    @Test
    void aDivergingCoefficientRunsOutOfIterationsAsThePooledFitDoes() {
        Map<String, SurvivalTable> sites = monotone(false);
        JsonNode federated =
                LocalStudyRun.run(new CoxStratified(), study(), sites).result();
        CoxModel pooled = CoxModel.fit(CoxDesign.builder()
                .time("time")
                .event("status")
                .covariates("x1", "x2")
                .strata(SiteTables.SITE_COLUMN)
                .on(SiteTables.pooled(sites)));
        JsonNode expected = JSON.valueToTree(CoxResultJson.describe(pooled.result()));
        assertThat(federated.get("warnings")).isEqualTo(expected.get("warnings"));
        assertThat(federated.get("iterations")).isEqualTo(expected.get("iterations"));
        // the loglik keeps creeping up: the iteration limit ends it, and the last good beta is reported
        assertThat(expected.get("warnings").toString()).contains("Ran out of iterations");
        assertThat(federated.get("iterations").asInt()).isEqualTo(21);
        // the estimate is ill-determined (the score is flat, the information near singular), so the
        // order of the sums moves the digits more than in a regular fit: the loglik and the diverging
        // coefficient agree closely (the loglik, near 0 as deaths are perfectly ordered, on the scale
        // of the loglik at 0), x2's tiny coefficient is rounding noise and is not compared
        double loglik = expected.get("loglik").get("final").asDouble();
        double scale = Math.abs(expected.get("loglik").get("null").asDouble());
        assertThat(federated.get("loglik").get("final").asDouble()).isCloseTo(loglik, within(1e-10 * scale));
        double coef = expected.get("terms").get(0).get("coef").asDouble();
        assertThat(federated.get("terms").get(0).get("coef").asDouble()).isCloseTo(coef, within(1e-6 * Math.abs(coef)));
    }

    @Test
    void collinearCovariatesFailTheStudyNamingThem() {
        RoundOutcome outcome =
                LocalStudyRun.run(new CoxStratified(), study(), monotone(true)).outcome();
        assertThat(outcome).isInstanceOf(RoundOutcome.Failed.class);
        assertThat(((RoundOutcome.Failed) outcome).reason()).contains("[x2] are collinear");
    }
}
