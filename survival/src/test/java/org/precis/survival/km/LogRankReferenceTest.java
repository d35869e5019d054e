package org.precis.survival.km;

import static org.assertj.core.api.Assertions.assertThat;
import static org.precis.survival.km.ReferenceValues.assertClose;
import static org.precis.survival.km.ReferenceValues.number;
import static org.precis.survival.km.ReferenceValues.numbers;
import static org.precis.survival.km.ReferenceValues.strings;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every test in reference/km/log_rank.json (R survival 3.5-3 survdiff) reproduced, each quantity to
 * about 10x the worst relative difference measured (in brackets).
 */
class LogRankReferenceTest {
    /** Observed and expected (weighted) events and their variance matrix [2.4e-15]. */
    private static final double TOLERANCE = 3e-14;
    /** The chi-square statistic [2.3e-14]. */
    private static final double CHI_SQUARE = 3e-13;
    /** The p-value, down to 1e-12 [5.9e-13]. */
    private static final double P_VALUE = 6e-12;

    @TestFactory
    Stream<DynamicTest> testsMatchRSurvdiff() {
        return ReferenceValues.cases("log_rank.json").stream()
                .map(c -> DynamicTest.dynamicTest(c.get("name").asText(), () -> checkCase(c)));
    }

    private static void checkCase(JsonNode c) {
        JsonNode strata = c.get("strata_column");
        SampleTables.Survival data = SampleTables.survival(
                c.get("dataset").asText(),
                c.get("time_column").asText(),
                c.get("status_column").asText(),
                c.get("group_column").asText(),
                strata.isNull() ? null : strata.asText());
        LogRank test = new LogRank(c.get("rho").asDouble());
        LogRankResult result = strata.isNull()
                ? test.test(data.sample(), data.groups())
                : test.test(data.sample(), data.groups(), data.strata());

        String[] labels = strings(c.get("groups"));
        assertThat(result.groups().stream().map(LogRankResult.Group::label).toList())
                .containsExactly(labels);
        double[] n =
                result.groups().stream().mapToDouble(LogRankResult.Group::n).toArray();
        double[] o = result.groups().stream()
                .mapToDouble(LogRankResult.Group::observed)
                .toArray();
        double[] e = result.groups().stream()
                .mapToDouble(LogRankResult.Group::expected)
                .toArray();
        assertClose("n", numbers(c.get("n")), n, 0);
        assertClose("observed", numbers(c.get("observed")), o, TOLERANCE);
        assertClose("expected", numbers(c.get("expected")), e, TOLERANCE);
        double[] v = numbers(c.get("variance"));
        int k = labels.length;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                // R stores the matrix column by column
                assertClose("var[" + a + "," + b + "]", v[a + k * b], result.variance(a, b), TOLERANCE);
            }
        }
        double chisq = number(c.get("chisq"));
        assertThat(Math.abs(result.chiSquare() - chisq))
                .as("chisq " + result.chiSquare() + " vs R " + chisq)
                .isLessThanOrEqualTo(CHI_SQUARE * chisq);
        assertThat(result.degreesOfFreedom()).isEqualTo((int) number(c.get("df")));
        double p = number(c.get("p"));
        assertThat(Math.abs(result.pValue() - p))
                .as("p " + result.pValue() + " vs R " + p)
                .isLessThanOrEqualTo(P_VALUE * p);
    }
}
