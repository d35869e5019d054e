package org.precis.demo.cohort;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.precis.federation.algorithm.CoxGrid;
import org.precis.federation.algorithm.LocalStudyRun;
import org.precis.federation.algorithm.StudyParameters;
import org.precis.survival.cox.CoxModel;
import org.precis.survival.cox.CoxResult;
import org.precis.survival.cox.CoxTerm;
import org.precis.survival.cox.Ties;
import org.precis.survival.data.DesignSpec;
import org.precis.survival.data.SurvivalTable;

/**
 * How far a {@code cox-grid} fit lies from the Cox fit of the exact (uncoarsened) pooled rows with
 * one baseline hazard: per term both coefficients and standard errors, and the largest
 * differences. For the demo and for choosing a grid; it needs the pooled rows, so it runs where a
 * test or the demo holds them all, never in a real study.
 *
 * @param terms per design column, in model order
 * @param maxCoefficientDifference largest |coef(grid) - coef(exact)|
 * @param maxCoefficientDifferenceInSe the same in units of the exact fit's SE
 * @param maxRelativeSeDifference largest |se(grid) / se(exact) - 1|
 */
public record GridCoarseningEffect(
        List<Term> terms,
        double maxCoefficientDifference,
        double maxCoefficientDifferenceInSe,
        double maxRelativeSeDifference) {

    /** One term: the grid fit's and the exact fit's coefficient and SE. */
    public record Term(String name, double gridCoef, double exactCoef, double gridSe, double exactSe) {}

    public GridCoarseningEffect {
        terms = List.copyOf(terms);
    }

    /**
     * Runs the {@code cox-grid} study in process on the sites (which validates its parameters) and
     * fits the exact pooled rows with one baseline hazard.
     */
    public static GridCoarseningEffect of(StudyParameters parameters, Map<String, SurvivalTable> sites) {
        JsonNode grid = LocalStudyRun.run(new CoxGrid(), parameters, sites).result();
        DesignSpec.Builder spec = PooledCox.design(parameters.parameters());
        Ties ties = PooledCox.ties(parameters.parameters());
        CoxResult exact = CoxModel.fit(spec.on(SiteTables.pooled(sites)), ties).result();
        Map<String, JsonNode> gridTerms = new LinkedHashMap<>();
        grid.get("terms").forEach(t -> gridTerms.put(t.get("name").asText(), t));
        List<Term> terms = new ArrayList<>();
        double coef = 0;
        double inSe = 0;
        double se = 0;
        for (CoxTerm t : exact.terms()) {
            JsonNode g = gridTerms.get(t.name());
            if (g == null) {
                throw new IllegalStateException(
                        "the grid fit has no term '" + t.name() + "'; it has " + gridTerms.keySet());
            }
            Term term = new Term(
                    t.name(), g.get("coef").asDouble(), t.coef(), g.get("se").asDouble(), t.se());
            terms.add(term);
            double diff = Math.abs(term.gridCoef() - term.exactCoef());
            coef = Math.max(coef, diff);
            inSe = Math.max(inSe, diff / term.exactSe());
            se = Math.max(se, Math.abs(term.gridSe() / term.exactSe() - 1));
        }
        return new GridCoarseningEffect(terms, coef, inSe, se);
    }
}
