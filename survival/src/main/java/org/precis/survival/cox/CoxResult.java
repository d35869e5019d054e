package org.precis.survival.cox;

import java.util.List;
import java.util.Objects;

/**
 * What R's {@code summary(coxph)} reports, immutable.
 *
 * @param ties tie handling used
 * @param terms one per design column, in design order
 * @param loglikNull log partial likelihood at beta = 0
 * @param loglik log partial likelihood at the estimate
 * @param likelihoodRatio 2 (loglik - loglikNull)
 * @param wald Wald test of all coefficients (robust variance when clustered, as R)
 * @param score score (log-rank) test at beta = 0
 * @param iterations Newton-Raphson iterations, counted as R counts them
 * @param converged false when the iteration limit was reached
 * @param n rows used
 * @param events events among them
 * @param dropped rows dropped for a missing value
 * @param means the centring R reports as {@code fit$means} (0 for columns of -1, 0, 1 values)
 * @param warnings R's warnings, such as a coefficient that may be infinite
 * @param concordance Harrell's C and its standard error, as summary(coxph)$concordance
 */
public record CoxResult(
        Ties ties,
        List<CoxTerm> terms,
        double loglikNull,
        double loglik,
        ChiSquareTest likelihoodRatio,
        ChiSquareTest wald,
        ChiSquareTest score,
        int iterations,
        boolean converged,
        int n,
        int events,
        int dropped,
        List<Double> means,
        List<String> warnings,
        Concordance concordance) {
    public CoxResult {
        Objects.requireNonNull(ties, "ties");
        terms = List.copyOf(terms);
        means = List.copyOf(means);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(concordance, "concordance");
    }

    /** The term of that name; fails listing the names there are. */
    public CoxTerm term(String name) {
        return terms.stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no term '" + name + "'; terms are "
                        + terms.stream().map(CoxTerm::name).toList()));
    }
}
