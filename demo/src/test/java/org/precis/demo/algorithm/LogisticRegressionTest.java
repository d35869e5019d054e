package org.precis.demo.algorithm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.precis.demo.cohort.BreastCohort;
import org.precis.demo.cohort.DemoCohorts;
import org.precis.federation.algorithm.DisclosureRules;
import org.precis.federation.algorithm.LocalStudyRun;
import org.precis.federation.algorithm.LogisticRegression;
import org.precis.federation.algorithm.RoundRequest;
import org.precis.federation.algorithm.StudyParameters;
import org.precis.survival.data.Column;
import org.precis.survival.data.SurvivalTable;
import org.precis.testing.SampleData;

/** Against R's glm(binomial) on the pooled cohorts: logistic/reference.csv, made by make_reference.R beside it. */
class LogisticRegressionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DemoCohorts cohorts = new DemoCohorts(SampleData.path("samples/clinical"));

    private static SurvivalTable reference() throws IOException {
        try (Reader r = new InputStreamReader(
                LogisticRegressionTest.class.getResourceAsStream("logistic/reference.csv"), StandardCharsets.UTF_8)) {
            return SurvivalTable.readCsv(r);
        }
    }

    private static double worstDifference(JsonNode result, String cohort) throws IOException {
        SurvivalTable ref = reference();
        Column name = ref.column("cohort");
        Column term = ref.column("term");
        double worst = 0;
        int checked = 0;
        for (int r = 0; r < ref.rowCount(); r++) {
            if (!name.text(r).get().equals(cohort)) {
                continue;
            }
            String t = term.text(r).get();
            double coef = ref.column("coef").number(r).getAsDouble();
            switch (t) {
                case "(deviance)" ->
                    worst = Math.max(
                            worst, relative(coef, result.get("deviance").asDouble()));
                case "(null deviance)" ->
                    worst = Math.max(
                            worst, relative(coef, result.get("null_deviance").asDouble()));
                case "(aic)" ->
                    worst = Math.max(worst, relative(coef, result.get("aic").asDouble()));
                case "(n)" -> assertThat(result.get("n").asDouble()).isEqualTo(coef);
                default -> {
                    JsonNode row = null;
                    for (JsonNode candidate : result.get("terms")) {
                        if (candidate.get("name").asText().equals(t)) {
                            row = candidate;
                        }
                    }
                    assertThat(row).as("term " + t).isNotNull();
                    for (String field : new String[] {"coef", "se", "z", "p"}) {
                        worst = Math.max(
                                worst,
                                relative(
                                        ref.column(field).number(r).getAsDouble(),
                                        row.get(field).asDouble()));
                    }
                }
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(5);
        return worst;
    }

    private static double relative(double expected, double actual) {
        return expected == actual ? 0 : Math.abs(expected - actual) / Math.max(Math.abs(expected), Math.abs(actual));
    }

    private static StudyParameters breastStudy() {
        ObjectNode p = JSON.createObjectNode();
        p.put("outcome", "status");
        p.putArray("covariates")
                .add("age")
                .add("meno")
                .add("size")
                .add("grade")
                .add("nodes")
                .add("pgr")
                .add("er")
                .add("hormon");
        var size = p.putObject("levels").putArray("size");
        BreastCohort.SIZE_LEVELS.forEach(size::add);
        return new StudyParameters("breast-logistic", LogisticRegression.NAME, p);
    }

    @Test
    void breastLogisticAcrossTwoSitesEqualsGlmOnThePooledRows() throws IOException {
        LocalStudyRun.Outcome run = LocalStudyRun.run(new LogisticRegression(), breastStudy(), cohorts.breastSites());
        double worst = worstDifference(run.result(), "breast");
        System.out.println(
                "breast logistic max relative difference to R glm " + worst + " in " + run.rounds() + " rounds");
        assertThat(run.result().get("converged").asBoolean()).isTrue();
        assertThat(worst).isLessThanOrEqualTo(1e-8);
    }

    @Test
    void lungLogisticAcrossThreeSitesEqualsGlmOnThePooledRows() throws IOException {
        ObjectNode p = JSON.createObjectNode();
        p.put("outcome", "status");
        p.put("outcome_value", 2);
        p.putArray("covariates").add("age").add("sex").add("ph.ecog");
        Map<String, SurvivalTable> sites = cohorts.lungSites();
        LocalStudyRun.Outcome run = LocalStudyRun.run(
                new LogisticRegression(), new StudyParameters("lung-logistic", LogisticRegression.NAME, p), sites);
        double worst = worstDifference(run.result(), "lung");
        System.out.println("lung logistic max relative difference to R glm " + worst);
        assertThat(worst).isLessThanOrEqualTo(1e-8);
        assertThat(run.result().get("dropped").asInt()).isEqualTo(1);
        assertThat(run.vectorLengths()).containsOnly(4, 4 + 4 + 16);
    }

    @Test
    void refusesUnknownColumnsAndParameters() throws IOException {
        LogisticRegression logistic = new LogisticRegression();
        ObjectNode p = (ObjectNode) breastStudy().parameters().deepCopy();
        p.put("outcome", "relapse");
        RoundRequest request = logistic.start(new StudyParameters("s", "logistic", p));
        assertThatThrownBy(
                        () -> logistic.compute(request, cohorts.breastSites().get("gbsg"), DisclosureRules.defaults()))
                .hasMessageContaining("site table has no column 'relapse'");
        ObjectNode q = (ObjectNode) breastStudy().parameters().deepCopy();
        q.putObject("levels").putArray("grade").add("1");
        assertThatThrownBy(() -> logistic.start(new StudyParameters("s", "logistic", q)))
                .hasMessageContaining("covariate 'grade' needs at least two levels");
    }
}
