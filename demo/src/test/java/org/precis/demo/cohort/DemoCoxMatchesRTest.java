package org.precis.demo.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.precis.survival.data.SurvivalTable;
import org.precis.testing.SampleData;

/**
 * The federated demo Cox studies against R's coxph with strata(site) on cohorts R split and
 * harmonised itself (cox_reference.csv, made by make_reference.R beside it).
 */
class DemoCoxMatchesRTest {
    private final DemoCohorts cohorts = new DemoCohorts(SampleData.path("samples/clinical"));

    @ParameterizedTest
    @EnumSource(
            value = DemoStudy.class,
            names = {"LUNG_COX", "BREAST_COX"})
    void federatedCoxStratifiedBySiteMatchesCoxphWithStrataSite(DemoStudy study) throws IOException {
        JsonNode fit = PooledComparison.of(study, cohorts).federated();
        SurvivalTable ref;
        try (Reader r =
                new InputStreamReader(getClass().getResourceAsStream("cox_reference.csv"), StandardCharsets.UTF_8)) {
            ref = SurvivalTable.readCsv(r);
        }
        int checked = 0;
        for (int row = 0; row < ref.rowCount(); row++) {
            if (!ref.column("study").text(row).get().equals(study.id())) {
                continue;
            }
            String quantity = ref.column("quantity").text(row).get();
            double expected = ref.column("value").number(row).getAsDouble();
            double actual = actual(fit, quantity);
            if (quantity.equals("iterations") || quantity.equals("n") || quantity.equals("events")) {
                assertThat(actual).as(quantity).isEqualTo(expected);
            }
            double relative = actual == expected ? 0 : Math.abs(actual - expected) / Math.abs(expected);
            assertThat(relative)
                    .as("%s %s: %s vs R %s", study.id(), quantity, actual, expected)
                    .isLessThanOrEqualTo(tolerance(quantity));
            checked++;
        }
        assertThat(checked).isGreaterThan(15);
    }

    /**
     * About 10x the worst relative difference measured over both studies (in brackets): the
     * coefficients [2.1e-13, breast-cox's er], their SEs [2e-15], log-likelihoods and the three tests
     * [8.5e-14, the likelihood ratio], concordance and its SE [1.3e-16]; counts exactly.
     */
    private static double tolerance(String quantity) {
        if (quantity.startsWith("coef:")) {
            return 3e-12;
        }
        if (quantity.startsWith("se:")) {
            return 3e-14;
        }
        return switch (quantity) {
            case "loglik_null", "loglik", "lr", "wald", "score" -> 1e-12;
            case "concordance", "concordance_se" -> 1e-14;
            default -> 0;
        };
    }

    private static double actual(JsonNode fit, String quantity) {
        if (quantity.startsWith("coef:") || quantity.startsWith("se:")) {
            String field = quantity.substring(0, quantity.indexOf(':'));
            String name = quantity.substring(quantity.indexOf(':') + 1);
            for (JsonNode term : fit.get("terms")) {
                if (term.get("name").asText().equals(name)) {
                    return term.get(field).asDouble();
                }
            }
            throw new AssertionError("no term " + name);
        }
        return switch (quantity) {
            case "loglik_null" -> fit.get("loglik").get("null").asDouble();
            case "loglik" -> fit.get("loglik").get("final").asDouble();
            case "lr", "wald", "score" -> fit.get("tests").get(quantity).asDouble();
            case "concordance" -> fit.get("concordance").get("c").asDouble();
            case "concordance_se" -> fit.get("concordance").get("se").asDouble();
            case "n", "events", "iterations" -> fit.get(quantity).asDouble();
            default -> throw new AssertionError("unknown quantity " + quantity);
        };
    }
}
