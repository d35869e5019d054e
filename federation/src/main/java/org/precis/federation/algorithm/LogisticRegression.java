package org.precis.federation.algorithm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.precis.io.json.JsonMappers;
import org.precis.survival.cox.Cholesky;
import org.precis.survival.cox.CoxControl;
import org.precis.survival.cox.CoxTerm;
import org.precis.survival.data.SurvivalTable;

/**
 * {@code logistic}: logistic regression (binomial, logit link, intercept first) by Newton-Raphson
 * on the sites' summed log-likelihood, gradient and Hessian, on covariates centred on their pooled
 * means (a first round sums them), starting at 0: each round the sites
 * evaluate at the public coefficients; the fit stops when the deviance changes by less than
 * {@link #EPSILON} relative ({@code |dev - dev_old| / (|dev| + 0.1)}, glm's criterion, tighter
 * than glm's default) and one more Newton step has been taken, so the estimate is converged to
 * the last digits; at most {@link #MAX_ITERATIONS} rounds. Parameters: {@code outcome}, optional {@code outcome_value} (else any
 * non-zero value is 1), {@code covariates}, optional {@code levels}. Result: n, dropped, events,
 * terms (coef, se, z, p, odds ratio and its 95% limits), deviance, null deviance, AIC, iterations.
 */
public final class LogisticRegression implements FederatedAlgorithm {
    public static final String NAME = "logistic";
    public static final double EPSILON = 1e-12;
    public static final int MAX_ITERATIONS = 50;
    private static final ObjectMapper JSON = JsonMappers.compact();

    @Override
    public String name() {
        return NAME;
    }

    private static SiteRows.Columns read(JsonNode parameters) {
        ParameterReader p =
                new ParameterReader(NAME, parameters).allowOnly("outcome", "outcome_value", "covariates", "levels");
        return new SiteRows.Columns(
                Optional.empty(), p.text("outcome"), p.optionalNumber("outcome_value"), CovariateDesign.read(p));
    }

    private static List<String> names(SiteRows.Columns study) {
        List<String> names = new ArrayList<>();
        names.add("(Intercept)");
        names.addAll(study.covariates().termNames());
        return names;
    }

    /** Newton rounds: n, dropped, events, log-likelihood, gradient (q), Hessian (q x q); the first round sends n and the covariate sums. */
    private static int length(int q) {
        return 4 + q + q * q;
    }

    @Override
    public RoundRequest start(StudyParameters parameters) {
        SiteRows.Columns study = read(parameters.parameters());
        int q = names(study).size();
        ObjectNode params = JSON.createObjectNode();
        params.set("study", parameters.parameters().deepCopy());
        return new RoundRequest(parameters.studyId(), 0, NAME, params, q);
    }

    @Override
    public LocalAggregate compute(RoundRequest request, SurvivalTable table, DisclosureRules rules) {
        SiteRows.Columns study = read(request.parameters().get("study"));
        int q = names(study).size();
        boolean moments = !request.parameters().has("centre");
        int expected = moments ? q : length(q);
        if (request.vectorLength() != expected) {
            throw new IllegalArgumentException(NAME + ": round asks for " + request.vectorLength()
                    + " values but its covariates make " + expected);
        }
        SiteRows rows = SiteRows.of(table, study);
        if (rows.size() < rules.minimumCellCount()) {
            throw new DisclosureException(NAME + ": this site has fewer complete rows than its minimum cell count ("
                    + rules.minimumCellCount() + ")");
        }
        if (moments) {
            double[] sums = new double[q];
            sums[0] = rows.size();
            for (double[] x : rows.x()) {
                for (int j = 1; j < q; j++) {
                    sums[j] += x[j - 1];
                }
            }
            return new LocalAggregate(sums);
        }
        double[] beta = ParameterReader.numbers(request.parameters(), "beta", q);
        double[] centre = ParameterReader.numbers(request.parameters(), "centre", q - 1);
        double[] out = new double[length(q)];
        out[0] = rows.size();
        out[1] = rows.dropped();
        double[] xi = new double[q];
        xi[0] = 1;
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 1; j < q; j++) {
                xi[j] = rows.x()[i][j - 1] - centre[j - 1];
            }
            double eta = 0;
            for (int j = 0; j < q; j++) {
                eta += beta[j] * xi[j];
            }
            double y = rows.event()[i] ? 1 : 0;
            out[2] += y;
            // log(1 + e^eta) without overflow
            double log1pExp = eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta));
            out[3] += y * eta - log1pExp;
            double mu = 1 / (1 + Math.exp(-eta));
            double w = mu * (1 - mu);
            for (int j = 0; j < q; j++) {
                out[4 + j] += (y - mu) * xi[j];
                for (int l = 0; l < q; l++) {
                    out[4 + q + j * q + l] += w * xi[j] * xi[l];
                }
            }
        }
        return new LocalAggregate(out);
    }

    @Override
    public RoundOutcome aggregate(RoundRequest request, SecureSum sum) {
        SiteRows.Columns study = read(request.parameters().get("study"));
        List<String> names = names(study);
        int q = names.size();
        double[] s = sum.values();
        if (s.length != request.vectorLength()) {
            return new RoundOutcome.Failed(
                    "the sum has " + s.length + " values, the round asked for " + request.vectorLength());
        }
        JsonNode params = request.parameters();
        Optional<String> changed = RoundSites.changed(params, sum.sites());
        if (changed.isPresent()) {
            return new RoundOutcome.Failed(NAME + ": " + changed.get());
        }
        if (!params.has("centre")) {
            double[] centre = new double[q - 1];
            for (int j = 1; j < q; j++) {
                centre[j - 1] = s[j] / s[0];
            }
            ObjectNode next = ((ObjectNode) params).deepCopy();
            RoundSites.record(next, sum.sites());
            next.set("centre", CoxNewton.array(centre));
            next.set("beta", CoxNewton.array(new double[q]));
            next.put("iteration", 0);
            return new RoundOutcome.NextRound(
                    new RoundRequest(request.studyId(), request.round() + 1, NAME, next, length(q)));
        }
        double[] beta = ParameterReader.numbers(params, "beta", q);
        int iteration = params.get("iteration").asInt();
        double deviance = -2 * s[3];
        double[] gradient = new double[q];
        System.arraycopy(s, 4, gradient, 0, q);
        double[][] hessian = new double[q][q];
        for (int j = 0; j < q; j++) {
            System.arraycopy(s, 4 + q + j * q, hessian[j], 0, q);
        }
        // solved on the Hessian scaled to a unit diagonal: covariates in the thousands (receptor
        // levels) beside 0/1 ones would otherwise cost digits
        double[] d = new double[q];
        for (int j = 0; j < q; j++) {
            d[j] = Math.sqrt(hessian[j][j]);
        }
        double[][] scaled = new double[q][q];
        for (int j = 0; j < q; j++) {
            for (int l = 0; l < q; l++) {
                scaled[j][l] = d[j] > 0 && d[l] > 0 ? hessian[j][l] / (d[j] * d[l]) : hessian[j][l];
            }
        }
        Cholesky chol = new Cholesky(scaled, CoxControl.TOLER_CHOL);
        if (chol.rank() < q) {
            List<String> singular = new ArrayList<>();
            for (int k = 0; k < q; k++) {
                if (chol.isZeroPivot(k)) {
                    singular.add(names.get(k));
                }
            }
            return new RoundOutcome.Failed(NAME + ": " + singular + " are collinear with the terms before them in "
                    + names + " over the pooled rows; drop them");
        }
        OptionalDouble previous = params.has("deviance")
                ? OptionalDouble.of(params.get("deviance").asDouble())
                : OptionalDouble.empty();
        boolean converged = previous.isPresent()
                && Math.abs(deviance - previous.getAsDouble()) / (Math.abs(deviance) + 0.1) < EPSILON;
        boolean polished = params.path("polish").asBoolean();
        if (polished || iteration + 1 >= MAX_ITERATIONS) {
            double[][] inv = chol.inverse();
            double[][] variance = new double[q][q];
            for (int j = 0; j < q; j++) {
                for (int l = 0; l < q; l++) {
                    variance[j][l] = inv[j][l] / (d[j] * d[l]);
                }
            }
            return new RoundOutcome.Finished(result(
                    names,
                    beta,
                    variance,
                    ParameterReader.numbers(params, "centre", q - 1),
                    s,
                    deviance,
                    iteration,
                    polished,
                    sum.sites()));
        }
        double[] scaledGradient = new double[q];
        for (int j = 0; j < q; j++) {
            scaledGradient[j] = gradient[j] / d[j];
        }
        double[] step = chol.solve(scaledGradient);
        for (int j = 0; j < q; j++) {
            step[j] /= d[j];
        }
        double[] next = new double[q];
        for (int j = 0; j < q; j++) {
            next[j] = beta[j] + step[j];
        }
        ObjectNode out = ((ObjectNode) params).deepCopy();
        out.set("beta", CoxNewton.array(next));
        out.put("iteration", iteration + 1);
        out.put("deviance", deviance);
        // once the deviance has settled, one more Newton step: quadratic convergence then leaves
        // coefficients and standard errors accurate to rounding, which far-tail p-values need
        out.put("polish", converged);
        return new RoundOutcome.NextRound(
                new RoundRequest(request.studyId(), request.round() + 1, NAME, out, length(q)));
    }

    /**
     * The result for the original covariates: the fit ran on covariates centred on their pooled
     * means, which moves only the intercept, b0 - sum b_j c_j, and its variance terms.
     */
    private static JsonNode result(
            List<String> names,
            double[] centredBeta,
            double[][] centredVariance,
            double[] centre,
            double[] s,
            double deviance,
            int iteration,
            boolean converged,
            List<String> sites) {
        int q = names.size();
        double[] beta = centredBeta.clone();
        double[] a = new double[q]; // the intercept as a combination of the centred coefficients
        a[0] = 1;
        for (int j = 1; j < q; j++) {
            beta[0] -= centredBeta[j] * centre[j - 1];
            a[j] = -centre[j - 1];
        }
        double[][] variance = new double[q][q];
        for (int j = 0; j < q; j++) {
            for (int l = 0; l < q; l++) {
                variance[j][l] = centredVariance[j][l];
            }
        }
        double[] va = new double[q];
        for (int j = 0; j < q; j++) {
            for (int l = 0; l < q; l++) {
                va[j] += centredVariance[j][l] * a[l];
            }
        }
        double intercept = 0;
        for (int j = 0; j < q; j++) {
            intercept += a[j] * va[j];
        }
        variance[0][0] = intercept;
        double n = s[0];
        double events = s[2];
        double ybar = events / n;
        double nullDeviance = -2 * (events * Math.log(ybar) + (n - events) * Math.log(1 - ybar));
        ObjectNode out = JSON.createObjectNode();
        out.put("n", (long) n);
        out.put("dropped", (long) s[1]);
        out.put("events", (long) events);
        ArrayNode terms = out.putArray("terms");
        for (int j = 0; j < names.size(); j++) {
            // z, p and the exp(coef) limits are the same formulas as a Cox term's
            CoxTerm t = CoxTerm.of(names.get(j), beta[j], Math.sqrt(variance[j][j]), OptionalDouble.empty());
            terms.addObject()
                    .put("name", t.name())
                    .put("coef", t.coef())
                    .put("se", t.se())
                    .put("z", t.z())
                    .put("p", t.p())
                    .put("odds_ratio", t.hr())
                    .put("or_lower", t.hrLower())
                    .put("or_upper", t.hrUpper());
        }
        out.put("deviance", deviance);
        out.put("null_deviance", nullDeviance);
        out.put("df_residual", (long) n - names.size());
        out.put("df_null", (long) n - 1);
        out.put("aic", deviance + 2 * names.size());
        out.put("iterations", iteration + 1);
        out.put("converged", converged);
        out.set("sites", JSON.valueToTree(sites));
        return out;
    }
}
