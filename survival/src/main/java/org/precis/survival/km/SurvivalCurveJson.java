package org.precis.survival.km;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON shape of one Kaplan-Meier curve and of a log-rank result as {@code precis survival km
 * --json} and {@code logrank --json} print them, as maps for a JSON writer: one shape shared by
 * the commands and by federated studies.
 */
public final class SurvivalCurveJson {
    private SurvivalCurveJson() {}

    /** group, time, n_risk, n_event, n_censor, surv, std_err, lower, upper, median and its limits. */
    public static Map<String, Object> describe(String label, SurvivalCurve curve) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("group", label);
        out.put("time", curve.times());
        out.put("n_risk", curve.numberAtRisk());
        out.put("n_event", curve.numberOfEvents());
        out.put("n_censor", curve.numberCensored());
        out.put("surv", curve.survival());
        out.put("std_err", nullable(curve.standardError()));
        out.put("lower", nullable(curve.lower()));
        out.put("upper", nullable(curve.upper()));
        SurvivalQuantile median = curve.median();
        out.put("median", median.time().isPresent() ? median.time().getAsDouble() : null);
        out.put("median_lower", median.lower().isPresent() ? median.lower().getAsDouble() : null);
        out.put("median_upper", median.upper().isPresent() ? median.upper().getAsDouble() : null);
        return out;
    }

    /** chisq, df, p, rho and per group n, observed, expected. */
    public static Map<String, Object> describe(LogRankResult result) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("chisq", result.chiSquare());
        out.put("df", result.degreesOfFreedom());
        out.put("p", result.pValue());
        out.put("rho", result.rho());
        java.util.List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (LogRankResult.Group g : result.groups()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("group", g.label());
            row.put("n", g.n());
            row.put("observed", g.observed());
            row.put("expected", g.expected());
            rows.add(row);
        }
        out.put("groups", rows);
        return out;
    }

    /** NaN (R's NA) as JSON null. */
    private static Double[] nullable(double[] values) {
        Double[] out = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Double.isNaN(values[i]) ? null : values[i];
        }
        return out;
    }
}
