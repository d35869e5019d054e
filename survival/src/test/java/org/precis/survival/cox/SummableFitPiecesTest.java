package org.precis.survival.cox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.precis.survival.data.CoxDesign;
import org.precis.survival.data.TestData;

/**
 * The public pieces a fit over several tables (a federated fit) sums: the likelihood of a table
 * and the concordance's pair sums give what CoxModel reports for the whole table.
 */
class SummableFitPiecesTest {
    private final CoxDesign design = CoxDesign.builder()
            .time("time")
            .event("status", 2)
            .covariates("age", "ph.ecog")
            .strata("sex")
            .on(TestData.clinical("survival_lung.csv"));
    private final CoxModel model = CoxModel.fit(design);

    @Test
    void likelihoodAtTheEstimateIsTheFitsLoglikAndSumsOverStrata() {
        double[][] x = design.covariateMatrix();
        int[] strata = design.strata();
        CoxLikelihood whole = CoxLikelihood.rightCensored(x, design.stop(), design.event(), strata, Ties.EFRON);
        double[] coef = model.coefficients();
        // uncentred covariates: centring shifts every eta in a stratum alike, which the partial likelihood ignores
        assertThat(whole.at(coef).loglik()).isCloseTo(model.result().loglik(), within(1e-9));
        assertThat(whole.at(new double[2]).loglik()).isCloseTo(model.result().loglikNull(), within(1e-9));
        for (double u : whole.at(coef).score()) {
            assertThat(u).isCloseTo(0, within(1e-6));
        }
        // each stratum alone, summed, is the whole
        double loglik = 0;
        double[][] info = new double[2][2];
        for (int s = 0; s < 2; s++) {
            final int stratum = s;
            int[] rows = java.util.stream.IntStream.range(0, x.length)
                    .filter(i -> strata[i] == stratum)
                    .toArray();
            double[][] xs = new double[rows.length][];
            double[] ts = new double[rows.length];
            boolean[] es = new boolean[rows.length];
            for (int k = 0; k < rows.length; k++) {
                xs[k] = x[rows[k]];
                ts[k] = design.stop()[rows[k]];
                es[k] = design.event()[rows[k]];
            }
            CoxLikelihood.Value v = CoxLikelihood.rightCensored(xs, ts, es, new int[rows.length], Ties.EFRON)
                    .at(coef);
            loglik += v.loglik();
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    info[i][j] += v.information()[i][j];
                }
            }
        }
        assertThat(loglik).isCloseTo(whole.at(coef).loglik(), within(1e-10));
        double[][] variance = new Cholesky(info, CoxControl.TOLER_CHOL).inverse();
        assertThat(Math.sqrt(variance[0][0]))
                .isCloseTo(model.result().terms().get(0).se(), within(1e-12));
    }

    @Test
    void concordancePairSumsOfEachStratumAddUpToTheFitsConcordance() {
        double[][] x = design.covariateMatrix();
        int[] strata = design.strata();
        double[] lp = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            lp[i] = model.linearPredictor(x[i], design.strataLabels().get(strata[i]));
        }
        ConcordanceSums sum = null;
        for (int s = 0; s < 2; s++) {
            final int stratum = s;
            int[] rows = java.util.stream.IntStream.range(0, x.length)
                    .filter(i -> strata[i] == stratum)
                    .toArray();
            double[] l = new double[rows.length];
            double[] t = new double[rows.length];
            boolean[] e = new boolean[rows.length];
            for (int k = 0; k < rows.length; k++) {
                l[k] = lp[rows[k]];
                t[k] = design.stop()[rows[k]];
                e[k] = design.event()[rows[k]];
            }
            ConcordanceSums part = ConcordanceSums.rightCensored(l, t, e, new int[rows.length]);
            sum = sum == null ? part : sum.plus(part);
        }
        Concordance expected = model.result().concordance();
        assertThat(sum.concordance().concordance()).isCloseTo(expected.concordance(), within(1e-14));
        assertThat(sum.concordance().standardError())
                .isCloseTo(expected.standardError(), within(1e-10 * expected.standardError()));
        assertThat(sum.concordant()).isEqualTo(expected.concordant());
    }

    @Test
    void resultJsonHasTheCommandsShape() {
        Map<String, Object> json = CoxResultJson.describe(model.result());
        assertThat(json.keySet())
                .containsExactly(
                        "n",
                        "events",
                        "dropped",
                        "ties",
                        "loglik",
                        "terms",
                        "concordance",
                        "tests",
                        "iterations",
                        "warnings");
        assertThat(new ObjectMapper()
                        .valueToTree(json)
                        .get("terms")
                        .get(1)
                        .get("name")
                        .asText())
                .isEqualTo("ph.ecog");
    }
}
