package org.precis.federation.algorithm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.precis.io.json.JsonMappers;
import org.precis.survival.cox.ChiSquareTest;
import org.precis.survival.cox.Cholesky;
import org.precis.survival.cox.ConcordanceSums;
import org.precis.survival.cox.CoxControl;
import org.precis.survival.cox.CoxLikelihood;
import org.precis.survival.cox.CoxResult;
import org.precis.survival.cox.CoxResultJson;
import org.precis.survival.cox.CoxTerm;
import org.precis.survival.cox.CoxWarnings;
import org.precis.survival.data.SurvivalTable;

/**
 * The rounds of a federated Cox fit, as the survival module fits one model: (1) moments: rows,
 * events, covariate sums and which columns hold only -1, 0, 1, for the centring; (2) deviations:
 * sums of absolute deviations from the pooled means, for coxfit6's scaling; (3) one round per
 * Newton-Raphson evaluation ({@link CoxNewton}); (4) the concordance's pair sums at the estimate.
 * Every vector's length depends on the number of covariates (and the grid) only, never on a
 * site's rows. The two federated Cox algorithms are this with their own baseline and likelihood.
 */
abstract class CoxRounds implements FederatedAlgorithm {
    private static final ObjectMapper JSON = JsonMappers.compact();

    private final String algorithm;
    private final CoxStudy.Baseline baseline;
    private final Function<CoxStudy, CoxLikelihoodRound> likelihood;

    protected CoxRounds(
            String algorithm, CoxStudy.Baseline baseline, Function<CoxStudy, CoxLikelihoodRound> likelihood) {
        this.algorithm = algorithm;
        this.baseline = baseline;
        this.likelihood = likelihood;
    }

    private enum Phase {
        MOMENTS,
        DEVIATIONS,
        NEWTON,
        CONCORDANCE
    }

    @Override
    public final String name() {
        return algorithm;
    }

    @Override
    public final RoundRequest start(StudyParameters parameters) {
        CoxStudy study = CoxStudy.read(algorithm, parameters.parameters(), baseline);
        int p = study.columns().covariates().width();
        ObjectNode params = JSON.createObjectNode();
        params.put("phase", "moments");
        params.set("study", parameters.parameters().deepCopy());
        return new RoundRequest(parameters.studyId(), 0, algorithm, params, 3 + 2 * p);
    }

    @Override
    public final LocalAggregate compute(RoundRequest request, SurvivalTable table, DisclosureRules rules) {
        JsonNode params = request.parameters();
        CoxStudy study = CoxStudy.read(algorithm, params.get("study"), baseline);
        CoxLikelihoodRound round = likelihood.apply(study);
        List<String> names = study.columns().covariates().termNames();
        int p = names.size();
        SiteRows rows = round.prepare(SiteRows.of(table, study.columns()));
        if (rows.size() < rules.minimumCellCount()) {
            throw new DisclosureException(
                    algorithm + ": this site has fewer complete rows than its minimum cell count ("
                            + rules.minimumCellCount() + ")");
        }
        double[] out = switch (phase(params)) {
            case MOMENTS -> moments(rows, p);
            case DEVIATIONS -> deviations(rows, ParameterReader.numbers(params, "centre", p));
            case NEWTON ->
                round.compute(
                        rows,
                        centred(rows, params, p),
                        CoxNewton.fromJson(params.get("newton"), p).trial());
            case CONCORDANCE ->
                concordance(
                        rows,
                        ParameterReader.numbers(params, "coefficients", p),
                        ParameterReader.numbers(params, "means", p));
        };
        if (out.length != request.vectorLength()) {
            throw new IllegalArgumentException(algorithm + ": round asks for " + request.vectorLength()
                    + " values but its parameters make " + out.length);
        }
        return new LocalAggregate(out);
    }

    @Override
    public final RoundOutcome aggregate(RoundRequest request, SecureSum sum) {
        JsonNode params = request.parameters();
        CoxStudy study = CoxStudy.read(algorithm, params.get("study"), baseline);
        CoxLikelihoodRound round = likelihood.apply(study);
        List<String> names = study.columns().covariates().termNames();
        int p = names.size();
        double[] s = sum.values();
        if (s.length != request.vectorLength()) {
            return new RoundOutcome.Failed(
                    "the sum has " + s.length + " values, the round asked for " + request.vectorLength());
        }
        Optional<String> changed = RoundSites.changed(params, sum.sites());
        if (changed.isPresent()) {
            return new RoundOutcome.Failed(algorithm + ": " + changed.get());
        }
        ObjectNode next = ((ObjectNode) params).deepCopy();
        RoundSites.record(next, sum.sites());
        switch (phase(params)) {
            case MOMENTS -> {
                double n = s[0];
                double[] centre = new double[p];
                boolean[] binary = new boolean[p];
                for (int k = 0; k < p; k++) {
                    binary[k] = s[3 + p + k] == 0;
                    centre[k] = binary[k] ? 0 : s[3 + k] / n;
                }
                next.put("phase", "deviations");
                next.put("n", (int) n);
                next.put("events", (int) s[1]);
                next.put("dropped", (int) s[2]);
                next.set("centre", CoxNewton.array(centre));
                ArrayNode flags = next.putArray("binary");
                for (boolean b : binary) {
                    flags.add(b);
                }
                return new RoundOutcome.NextRound(request(request, next, p));
            }
            case DEVIATIONS -> {
                double n = params.get("n").asDouble();
                double[] scale = new double[p];
                for (int k = 0; k < p; k++) {
                    boolean binary = params.get("binary").get(k).asBoolean();
                    scale[k] = binary ? 1.0 : s[k] > 0 ? n / s[k] : 1.0;
                }
                next.put("phase", "newton");
                next.set("scale", CoxNewton.array(scale));
                next.set("newton", new CoxNewton(new double[p], new double[p], 0, 0, 0, 0, 0, false).toJson());
                next.put("at_zero", true);
                return new RoundOutcome.NextRound(request(request, next, round.vectorLength(p)));
            }
            case NEWTON -> {
                CoxLikelihood.Value value = round.combine(s, p);
                CoxNewton.Step step = params.path("at_zero").asBoolean()
                        ? CoxNewton.start(value, names)
                        : CoxNewton.fromJson(params.get("newton"), p).next(value);
                next.put("at_zero", false);
                if (step instanceof CoxNewton.Stop stop) {
                    return new RoundOutcome.Failed(stop.reason());
                }
                if (step instanceof CoxNewton.Evaluate evaluate) {
                    next.set("newton", evaluate.state().toJson());
                    return new RoundOutcome.NextRound(request(request, next, round.vectorLength(p)));
                }
                CoxNewton.Done done = (CoxNewton.Done) step;
                double[] scale = ParameterReader.numbers(params, "scale", p);
                double[] coef = new double[p];
                for (int k = 0; k < p; k++) {
                    coef[k] = done.beta()[k] * scale[k];
                }
                next.put("phase", "concordance");
                next.remove("newton");
                next.set("coefficients", CoxNewton.array(coef));
                next.set("means", CoxNewton.array(reportedMeans(params, p)));
                ObjectNode fit = JSON.createObjectNode();
                fit.set("beta", CoxNewton.array(done.beta()));
                fit.set("score", CoxNewton.array(done.value().score()));
                double[] info = new double[p * p];
                for (int i = 0; i < p; i++) {
                    System.arraycopy(done.value().information()[i], 0, info, i * p, p);
                }
                fit.set("information", CoxNewton.array(info));
                fit.put("loglik", done.value().loglik());
                fit.put("loglik_null", done.loglikNull());
                fit.put("score_test", done.scoreTest());
                fit.put("iterations", done.iterations());
                fit.put("converged", done.converged());
                next.set("fit", fit);
                return new RoundOutcome.NextRound(request(request, next, 6));
            }
            case CONCORDANCE -> {
                ConcordanceSums pairs = new ConcordanceSums(s[0], s[1], s[2], s[3], s[4], s[5]);
                CoxResult result = result(params, names, pairs, study);
                ObjectNode out = JSON.valueToTree(CoxResultJson.describe(result));
                out.set("sites", JSON.valueToTree(sum.sites()));
                return new RoundOutcome.Finished(out);
            }
            default -> throw new IllegalStateException("unreachable");
        }
    }

    /** The result from the fit carried in the round's parameters, as CoxModel assembles it. */
    private CoxResult result(JsonNode params, List<String> names, ConcordanceSums pairs, CoxStudy study) {
        int p = names.size();
        JsonNode fit = params.get("fit");
        double[] scale = ParameterReader.numbers(params, "scale", p);
        double[] beta = ParameterReader.numbers(fit, "beta", p);
        double[] score = ParameterReader.numbers(fit, "score", p);
        double[] infoFlat = ParameterReader.numbers(fit, "information", p * p);
        double[][] info = new double[p][p];
        for (int i = 0; i < p; i++) {
            System.arraycopy(infoFlat, i * p, info[i], 0, p);
        }
        double[][] inv = new Cholesky(info, CoxControl.TOLER_CHOL).inverse();
        double[] coef = new double[p];
        double[] u = new double[p];
        double[][] var = new double[p][p];
        for (int i = 0; i < p; i++) {
            coef[i] = beta[i] * scale[i];
            u[i] = score[i] / scale[i];
            for (int j = 0; j < p; j++) {
                var[i][j] = inv[i][j] * scale[i] * scale[j];
            }
        }
        boolean converged = fit.get("converged").asBoolean();
        List<String> warnings = CoxWarnings.rightCensored(converged, coef, u, var, names);
        List<CoxTerm> terms = new ArrayList<>();
        for (int k = 0; k < p; k++) {
            terms.add(CoxTerm.of(names.get(k), coef[k], Math.sqrt(var[k][k]), OptionalDouble.empty()));
        }
        double[] solved = new Cholesky(var, CoxControl.TOLER_CHOL).solve(coef);
        double wald = 0;
        for (int k = 0; k < p; k++) {
            wald += coef[k] * solved[k];
        }
        double loglik = fit.get("loglik").asDouble();
        double loglikNull = fit.get("loglik_null").asDouble();
        List<Double> means = new ArrayList<>();
        for (double m : ParameterReader.numbers(params, "means", p)) {
            means.add(m);
        }
        return new CoxResult(
                study.ties(),
                terms,
                loglikNull,
                loglik,
                ChiSquareTest.of(2 * (loglik - loglikNull), p),
                ChiSquareTest.of(wald, p),
                ChiSquareTest.of(fit.get("score_test").asDouble(), p),
                fit.get("iterations").asInt(),
                converged,
                params.get("n").asInt(),
                params.get("events").asInt(),
                params.get("dropped").asInt(),
                means,
                warnings,
                pairs.concordance());
    }

    /** R's fit$means: the centre, 0 for columns of -1, 0, 1 values. */
    private static double[] reportedMeans(JsonNode params, int p) {
        return ParameterReader.numbers(params, "centre", p);
    }

    private static RoundRequest request(RoundRequest previous, JsonNode parameters, int length) {
        return new RoundRequest(previous.studyId(), previous.round() + 1, previous.algorithm(), parameters, length);
    }

    private Phase phase(JsonNode params) {
        String name = params.path("phase").asText("");
        return switch (name) {
            case "moments" -> Phase.MOMENTS;
            case "deviations" -> Phase.DEVIATIONS;
            case "newton" -> Phase.NEWTON;
            case "concordance" -> Phase.CONCORDANCE;
            default ->
                throw new IllegalArgumentException(algorithm + ": unknown round phase '" + name
                        + "'; expected moments, deviations, newton or concordance");
        };
    }

    /** n, events, dropped, then per covariate its sum, then per covariate the rows not -1, 0 or 1. */
    private static double[] moments(SiteRows rows, int p) {
        double[] out = new double[3 + 2 * p];
        out[0] = rows.size();
        out[1] = rows.events();
        out[2] = rows.dropped();
        for (double[] x : rows.x()) {
            for (int k = 0; k < p; k++) {
                out[3 + k] += x[k];
                if (x[k] != 0 && x[k] != 1 && x[k] != -1) {
                    out[3 + p + k] += 1;
                }
            }
        }
        return out;
    }

    private static double[] deviations(SiteRows rows, double[] centre) {
        double[] out = new double[centre.length];
        for (double[] x : rows.x()) {
            for (int k = 0; k < centre.length; k++) {
                out[k] += Math.abs(x[k] - centre[k]);
            }
        }
        return out;
    }

    private static double[][] centred(SiteRows rows, JsonNode params, int p) {
        double[] centre = ParameterReader.numbers(params, "centre", p);
        double[] scale = ParameterReader.numbers(params, "scale", p);
        double[][] x = rows.x();
        double[][] z = new double[x.length][p];
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < p; k++) {
                z[i][k] = (x[i][k] - centre[k]) * scale[k];
            }
        }
        return z;
    }

    /** The pair sums of the site's rows (pairs never cross sites: a stratum per site). */
    private static double[] concordance(SiteRows rows, double[] coef, double[] means) {
        double[][] x = rows.x();
        double[] lp = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double eta = 0;
            for (int k = 0; k < coef.length; k++) {
                eta += coef[k] * (x[i][k] - means[k]);
            }
            lp[i] = eta;
        }
        ConcordanceSums sums = ConcordanceSums.rightCensored(lp, rows.time(), rows.event(), new int[x.length]);
        return new double[] {
            sums.concordant(),
            sums.discordant(),
            sums.tiedRisk(),
            sums.influenceDifference2(),
            sums.influenceCross(),
            sums.influenceTotal2()
        };
    }
}
