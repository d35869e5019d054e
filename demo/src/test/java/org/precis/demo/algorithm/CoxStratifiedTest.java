package org.precis.demo.algorithm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.precis.demo.cohort.DemoCohorts;
import org.precis.demo.cohort.DemoStudy;
import org.precis.demo.cohort.ResultDifference;
import org.precis.demo.cohort.SiteTables;
import org.precis.federation.algorithm.CoxStratified;
import org.precis.federation.algorithm.DisclosureException;
import org.precis.federation.algorithm.DisclosureRules;
import org.precis.federation.algorithm.LocalStudyRun;
import org.precis.federation.algorithm.RoundOutcome;
import org.precis.federation.algorithm.RoundRequest;
import org.precis.federation.algorithm.SecureSum;
import org.precis.federation.algorithm.StudyParameters;
import org.precis.survival.cox.CoxModel;
import org.precis.survival.cox.CoxResultJson;
import org.precis.survival.data.CoxDesign;
import org.precis.survival.data.SurvivalTable;
import org.precis.testing.SampleData;

class CoxStratifiedTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DemoCohorts cohorts = new DemoCohorts(SampleData.path("samples/clinical"));

    @Test
    void lungCoxStratifiedBySiteEqualsThePooledFitWithSiteStrata() throws IOException {
        Map<String, SurvivalTable> sites = cohorts.lungSites();
        LocalStudyRun.Outcome run = LocalStudyRun.run(new CoxStratified(), DemoStudy.LUNG_COX.parameters(), sites);
        CoxModel pooled = CoxModel.fit(CoxDesign.builder()
                .time("time")
                .event("status", 2)
                .covariates("age", "sex", "ph.ecog")
                .strata(SiteTables.SITE_COLUMN)
                .on(SiteTables.pooled(sites)));
        JsonNode expected = JSON.valueToTree(CoxResultJson.describe(pooled.result()));
        ResultDifference d = ResultDifference.of(expected, run.result(), List.of("sites"));
        System.out.println(
                "lung-cox max relative difference " + d.max() + " at " + d.where() + " in " + run.rounds() + " rounds");
        assertThat(d.max()).as(d.where()).isLessThanOrEqualTo(1e-8);
        assertThat(run.result().get("iterations").asInt())
                .isEqualTo(pooled.result().iterations());
        assertThat(run.result().get("sites")).hasSize(3);
    }

    @Test
    void breastCoxStratifiedBySiteEqualsThePooledFitWithSiteStrata() throws IOException {
        Map<String, SurvivalTable> sites = cohorts.breastSites();
        LocalStudyRun.Outcome run = LocalStudyRun.run(new CoxStratified(), DemoStudy.BREAST_COX.parameters(), sites);
        CoxModel pooled = CoxModel.fit(CoxDesign.builder()
                .time("time")
                .event("status")
                .covariates("age", "meno", "size", "grade", "nodes", "pgr", "er", "hormon")
                .reference("size", "<=20")
                .strata(SiteTables.SITE_COLUMN)
                .on(SiteTables.pooled(sites)));
        JsonNode expected = JSON.valueToTree(CoxResultJson.describe(pooled.result()));
        ResultDifference d = ResultDifference.of(expected, run.result(), List.of("sites"));
        System.out.println("breast-cox max relative difference " + d.max() + " at " + d.where() + " in " + run.rounds()
                + " rounds");
        assertThat(d.max()).as(d.where()).isLessThanOrEqualTo(1e-8);
    }

    @Test
    void vectorLengthsDependOnTheCovariatesOnlyNotOnTheRows() throws IOException {
        Map<String, SurvivalTable> sites = cohorts.lungSites();
        LocalStudyRun.Outcome all = LocalStudyRun.run(new CoxStratified(), DemoStudy.LUNG_COX.parameters(), sites);
        // the same study on each site's first 60 rows only: the rounds ask for vectors of the same lengths
        Map<String, SurvivalTable> fewer = new java.util.LinkedHashMap<>();
        sites.forEach((s, t) ->
                fewer.put(s, t.select(java.util.stream.IntStream.range(0, 25).toArray())));
        LocalStudyRun.Outcome few = LocalStudyRun.run(new CoxStratified(), DemoStudy.LUNG_COX.parameters(), fewer);
        int p = 3;
        assertThat(all.vectorLengths()).containsOnly(3 + 2 * p, p, 1 + p + p * p, 6);
        assertThat(few.vectorLengths()).containsOnly(3 + 2 * p, p, 1 + p + p * p, 6);
    }

    @Test
    void refusesUnknownColumnsAndParametersWithClearMessages() throws IOException {
        Map<String, SurvivalTable> sites = cohorts.lungSites();
        CoxStratified cox = new CoxStratified();
        ObjectNode p = (ObjectNode) DemoStudy.LUNG_COX.parameters().parameters().deepCopy();
        p.putArray("covariates").add("age").add("weight");
        RoundRequest request = cox.start(new org.precis.federation.algorithm.StudyParameters("s", "cox-stratified", p));
        assertThatThrownBy(() -> cox.compute(request, sites.get("lung-a"), DisclosureRules.defaults()))
                .hasMessageContaining("site table has no column 'weight'");
        ObjectNode typo =
                (ObjectNode) DemoStudy.LUNG_COX.parameters().parameters().deepCopy();
        typo.put("covariate", "age");
        assertThatThrownBy(() -> cox.start(new StudyParameters("s", "cox-stratified", typo)))
                .hasMessageContaining("unknown study parameter 'covariate'");
        ObjectNode ties =
                (ObjectNode) DemoStudy.LUNG_COX.parameters().parameters().deepCopy();
        ties.put("ties", "exact");
        assertThatThrownBy(() -> cox.start(new StudyParameters("s", "cox-stratified", ties)))
                .hasMessageContaining("'ties' must be efron or breslow");
    }

    @Test
    void aSiteWithFewerRowsThanItsMinimumCellCountRefuses() throws IOException {
        Map<String, SurvivalTable> sites = cohorts.lungSites();
        CoxStratified cox = new CoxStratified();
        RoundRequest request = cox.start(DemoStudy.LUNG_COX.parameters());
        SurvivalTable tiny = sites.get("lung-a").select(new int[] {0, 1, 2, 3, 4});
        assertThatThrownBy(() -> cox.compute(request, tiny, new DisclosureRules(10)))
                .isInstanceOf(DisclosureException.class)
                .hasMessageContaining("minimum cell count (10)");
    }

    @Test
    void aSiteMissingFromALaterRoundFailsTheStudyRatherThanMixPools() throws IOException {
        Map<String, SurvivalTable> sites = cohorts.lungSites();
        CoxStratified cox = new CoxStratified();
        RoundRequest first = cox.start(DemoStudy.LUNG_COX.parameters());
        double[] sum = new double[first.vectorLength()];
        for (SurvivalTable t : sites.values()) {
            double[] v = cox.compute(first, t, DisclosureRules.defaults()).values();
            for (int i = 0; i < sum.length; i++) {
                sum[i] += v[i];
            }
        }
        RoundRequest second = ((RoundOutcome.NextRound)
                        cox.aggregate(first, new SecureSum(sum, List.of("lung-a", "lung-b", "lung-c"))))
                .request();
        double[] two = new double[second.vectorLength()];
        for (String site : List.of("lung-a", "lung-b")) {
            double[] v = cox.compute(second, sites.get(site), DisclosureRules.defaults())
                    .values();
            for (int i = 0; i < two.length; i++) {
                two[i] += v[i];
            }
        }
        RoundOutcome outcome = cox.aggregate(second, new SecureSum(two, List.of("lung-a", "lung-b")));
        assertThat(outcome).isInstanceOf(RoundOutcome.Failed.class);
        assertThat(((RoundOutcome.Failed) outcome).reason()).contains("sites summed changed between rounds");
    }
}
