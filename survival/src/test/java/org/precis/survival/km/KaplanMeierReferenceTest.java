package org.precis.survival.km;

import static org.assertj.core.api.Assertions.assertThat;
import static org.precis.survival.km.ReferenceValues.assertClose;
import static org.precis.survival.km.ReferenceValues.number;
import static org.precis.survival.km.ReferenceValues.numbers;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every curve in reference/km/kaplan_meier.json (R survival 3.5-3) reproduced: times, counts and
 * medians exactly, the rest to about 10x the worst relative difference measured (in brackets).
 */
class KaplanMeierReferenceTest {
    /** Survival and its standard errors [0: equal to the last bit; a few ulps allowed]. */
    private static final double TOLERANCE = 1e-14;
    /** Confidence limits (a log, an exp and a square root more) [2.4e-15]. */
    private static final double LIMITS = 3e-14;

    @TestFactory
    Stream<DynamicTest> curvesMatchRSurvfit() {
        return ReferenceValues.cases("kaplan_meier.json").stream()
                .map(c -> DynamicTest.dynamicTest(c.get("name").asText(), () -> checkCase(c)));
    }

    private static void checkCase(JsonNode c) {
        ConfidenceType type = switch (c.get("conf_type").asText()) {
            case "log" -> ConfidenceType.LOG;
            case "log-log" -> ConfidenceType.LOG_LOG;
            case "plain" -> ConfidenceType.PLAIN;
            default -> throw new IllegalArgumentException(c.get("conf_type").asText());
        };
        KaplanMeier km =
                new KaplanMeier(new CurveConfidence(type, c.get("conf_level").asDouble()));
        Map<String, SurvivalCurve> curves;
        if (c.get("dataset").asText().equals("inline")) {
            double[] times = numbers(c.get("data_time"));
            double[] status = numbers(c.get("data_status"));
            // Surv(): status 1/2 means censored/dead, 0/1 means censored/event
            double eventCode = Arrays.stream(status).max().orElse(1) == 2 ? 2 : 1;
            boolean[] events = new boolean[times.length];
            for (int i = 0; i < events.length; i++) {
                events[i] = status[i] == eventCode;
            }
            RightCensoredSample sample = c.get("data_weight").isNull()
                    ? RightCensoredSample.of(times, events)
                    : RightCensoredSample.weighted(times, events, numbers(c.get("data_weight")));
            curves = c.get("data_group").isNull()
                    ? Map.of("all", km.estimate(sample))
                    : km.estimateByGroup(sample, ReferenceValues.strings(c.get("data_group")));
        } else {
            JsonNode group = c.get("group_column");
            SampleTables.Survival data = SampleTables.survival(
                    c.get("dataset").asText(),
                    c.get("time_column").asText(),
                    c.get("status_column").asText(),
                    group.isNull() ? null : group.asText(),
                    null);
            curves = group.isNull()
                    ? Map.of("all", km.estimate(data.sample()))
                    : km.estimateByGroup(data.sample(), data.groups());
        }
        assertThat(curves).hasSize(c.get("curves").size());
        for (JsonNode expected : c.get("curves")) {
            String label = expected.get("label").asText();
            SurvivalCurve curve = curves.get(label);
            assertThat(curve).as("curve " + label).isNotNull();
            checkCurve(label, expected, curve);
        }
    }

    private static void checkCurve(String label, JsonNode r, SurvivalCurve curve) {
        assertClose(label + " time", numbers(r.get("time")), curve.times(), 0);
        assertClose(label + " n.risk", numbers(r.get("n_risk")), curve.numberAtRisk(), 0);
        assertClose(label + " n.event", numbers(r.get("n_event")), curve.numberOfEvents(), 0);
        assertClose(label + " n.censor", numbers(r.get("n_censor")), curve.numberCensored(), 0);
        assertClose(label + " surv", numbers(r.get("surv")), curve.survival(), TOLERANCE);
        assertClose(
                label + " std.err (cumhaz)",
                numbers(r.get("std_err_cumhaz")),
                curve.standardErrorOfCumulativeHazard(),
                TOLERANCE);
        assertClose(label + " std.err", numbers(r.get("std_err")), curve.standardError(), TOLERANCE);
        assertClose(label + " lower", numbers(r.get("lower")), curve.lower(), LIMITS);
        assertClose(label + " upper", numbers(r.get("upper")), curve.upper(), LIMITS);

        SurvivalQuantile quantile = curve.quantile(0.5);
        assertClose(label + " quantile(0.5)", number(r.get("median")), value(quantile.time()), 0);
        assertClose(label + " quantile(0.5) lower", number(r.get("median_lower")), value(quantile.lower()), 0);
        assertClose(label + " quantile(0.5) upper", number(r.get("median_upper")), value(quantile.upper()), 0);
        SurvivalQuantile median = curve.median();
        assertClose(label + " printed median", number(r.get("print_median")), value(median.time()), 0);
        assertClose(label + " printed 0.95LCL", number(r.get("print_median_lower")), value(median.lower()), 0);
        assertClose(label + " printed 0.95UCL", number(r.get("print_median_upper")), value(median.upper()), 0);

        JsonNode at = r.get("at");
        double[] times = numbers(at.get("time"));
        List<SurvivalAtTime> rows = curve.at(times);
        assertClose(
                label + " at n.risk",
                numbers(at.get("n_risk")),
                rows.stream().mapToDouble(SurvivalAtTime::numberAtRisk).toArray(),
                0);
        assertClose(
                label + " at n.event",
                numbers(at.get("n_event")),
                rows.stream().mapToDouble(SurvivalAtTime::numberOfEvents).toArray(),
                0);
        assertClose(
                label + " at surv",
                numbers(at.get("surv")),
                rows.stream().mapToDouble(SurvivalAtTime::survival).toArray(),
                TOLERANCE);
        assertClose(
                label + " at std.err",
                numbers(at.get("std_err")),
                rows.stream().mapToDouble(SurvivalAtTime::standardError).toArray(),
                TOLERANCE);
        assertClose(
                label + " at lower",
                numbers(at.get("lower")),
                rows.stream().mapToDouble(SurvivalAtTime::lower).toArray(),
                LIMITS);
        assertClose(
                label + " at upper",
                numbers(at.get("upper")),
                rows.stream().mapToDouble(SurvivalAtTime::upper).toArray(),
                LIMITS);
        assertThat(Arrays.stream(times).boxed().toList())
                .isEqualTo(rows.stream().map(SurvivalAtTime::time).toList());
    }

    private static double value(OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : Double.NaN;
    }
}
