package org.precis.survival.cox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON shape of a {@link CoxResult} as {@code precis survival cox --json} prints it, as maps
 * and lists for a JSON writer: one shape shared by the command and by federated Cox studies.
 */
public final class CoxResultJson {
    private CoxResultJson() {}

    /** n, events, dropped, ties, loglik, terms (coef, se, robust_se, hr and its limits, z, p), concordance, tests. */
    public static Map<String, Object> describe(CoxResult result) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("n", result.n());
        out.put("events", result.events());
        out.put("dropped", result.dropped());
        out.put("ties", result.ties().name().toLowerCase(Locale.ROOT));
        // ordered maps: Map.of iterates in an order that changes from one JVM run to the next
        Map<String, Object> loglik = new LinkedHashMap<>();
        loglik.put("null", result.loglikNull());
        loglik.put("final", result.loglik());
        out.put("loglik", loglik);
        List<Map<String, Object>> terms = new ArrayList<>();
        for (CoxTerm term : result.terms()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", term.name());
            row.put("coef", term.coef());
            row.put("se", term.se());
            row.put("robust_se", term.robustSe().isPresent() ? term.robustSe().getAsDouble() : null);
            row.put("hr", term.hr());
            row.put("hr_lower", term.hrLower());
            row.put("hr_upper", term.hrUpper());
            row.put("z", term.z());
            row.put("p", term.p());
            terms.add(row);
        }
        out.put("terms", terms);
        Map<String, Object> concordance = new LinkedHashMap<>();
        concordance.put("c", result.concordance().concordance());
        concordance.put("se", result.concordance().standardError());
        out.put("concordance", concordance);
        Map<String, Object> tests = new LinkedHashMap<>();
        tests.put("wald", result.wald().statistic());
        tests.put("lr", result.likelihoodRatio().statistic());
        tests.put("score", result.score().statistic());
        tests.put("df", result.wald().df());
        tests.put("wald_p", result.wald().p());
        tests.put("lr_p", result.likelihoodRatio().p());
        tests.put("score_p", result.score().p());
        out.put("tests", tests);
        out.put("iterations", result.iterations());
        out.put("warnings", result.warnings());
        return out;
    }
}
