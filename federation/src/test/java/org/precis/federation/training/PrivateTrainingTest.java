package org.precis.federation.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.embed.patches.PatchSet;
import org.precis.federation.algorithm.DisclosureException;
import org.precis.federation.algorithm.DisclosureRules;
import org.precis.federation.algorithm.FederatedAlgorithms;
import org.precis.federation.algorithm.LocalStudyRun;
import org.precis.federation.algorithm.RoundOutcome;
import org.precis.federation.algorithm.SiteData;
import org.precis.federation.algorithm.StudyParameters;
import org.precis.federation.node.PrivacyLedger;
import org.precis.federation.privacy.RdpCurve;
import org.precis.federation.privacy.SampledGaussian;

/**
 * DP-SGD training: the mechanism (per-patch clipping, noise shares that sum to the full noise),
 * the accountant's epsilon reported every round and calibrated to the target, and a site's budget
 * (refusal before a study that would exceed it, a ledger that survives a restart, no training
 * without privacy under a budget).
 */
class PrivateTrainingTest {
    private static final int D = 6;

    @TempDir
    Path folder;

    private static ObjectNode privateParameters(double epsilon, int rounds) {
        ObjectNode p = TrainingFixtures.parameters(D);
        p.put("rounds", rounds).put("learning_rate", 0.5);
        p.putObject("privacy")
                .put("epsilon", epsilon)
                .put("delta", 1e-5)
                .put("sampling_rate", 1.0)
                .put("clip", 1.0)
                .put("feature_clip", 12)
                .put("statistics_noise_multiplier", 5)
                .put("noise_shares", 3);
        return p;
    }

    private static Map<String, SiteData> threeSites() {
        Map<String, SiteData> sites = new LinkedHashMap<>();
        sites.put("a", TrainingFixtures.site("a", TrainingFixtures.patches("a", new int[] {60, 20, 20}, D, 1)));
        sites.put("b", TrainingFixtures.site("b", TrainingFixtures.patches("b", new int[] {20, 20, 60}, D, 2)));
        sites.put("c", TrainingFixtures.site("c", TrainingFixtures.patches("c", new int[] {20, 60, 20}, D, 3)));
        return sites;
    }

    private static LocalStudyRun.Outcome run(
            ObjectNode parameters, Map<String, SiteData> sites, DisclosureRules rules) {
        return LocalStudyRun.runOnSites(
                FederatedAlgorithms.named("fedavg"),
                new StudyParameters("dp-study", "fedavg", parameters),
                sites,
                rules);
    }

    @Test
    void eachPatchsGradientIsClippedAndTheSumIsTheirSum() {
        PatchSet set = TrainingFixtures.patches("a", new int[] {15, 10, 10}, D, 4);
        double[][] z = SitePatches.standardised(rows(set), new double[D], filled(D, 0.5));
        SoftmaxLoss loss = new SoftmaxLoss(z, set.classIndex(), new double[] {1, 1.5, 0.5});
        double[] theta = new SplittableRandom(5).doubles(3 * (D + 1), -0.3, 0.3).toArray();
        double clip = 0.8;
        // noise multiplier 0: the clipped sum alone
        double[] sum = new NoisyGradientSum(1.0, clip, 0, 1).of(loss, theta, new SplittableRandom(6));
        double[] expected = new double[theta.length];
        int clipped = 0;
        for (int i = 0; i < z.length; i++) {
            double[] g = new double[theta.length];
            loss.addGradient(theta, new int[] {i}, g);
            double norm = norm(g);
            clipped += norm > clip ? 1 : 0;
            double[] own = new double[theta.length];
            assertThat(loss.exampleGradient(theta, i, own)).isCloseTo(norm, org.assertj.core.data.Offset.offset(1e-12));
            for (int p = 0; p < g.length; p++) {
                assertThat(own[p]).isCloseTo(g[p], org.assertj.core.data.Offset.offset(1e-12));
                expected[p] += g[p] * Math.min(1, clip / norm);
            }
        }
        assertThat(clipped).as("some patches' gradients are clipped, some not").isBetween(1, z.length - 1);
        for (int p = 0; p < sum.length; p++) {
            assertThat(sum[p]).isCloseTo(expected[p], org.assertj.core.data.Offset.offset(1e-12));
        }
        // one patch removed moves the sum by at most the clip: the sensitivity the accountant assumes
        SoftmaxLoss fewer = new SoftmaxLoss(
                java.util.Arrays.copyOf(z, z.length - 1),
                java.util.Arrays.copyOf(set.classIndex(), z.length - 1),
                new double[] {1, 1.5, 0.5});
        double[] without = new NoisyGradientSum(1.0, clip, 0, 1).of(fewer, theta, new SplittableRandom(6));
        double[] change = new double[sum.length];
        for (int p = 0; p < sum.length; p++) {
            change[p] = sum[p] - without[p];
        }
        assertThat(norm(change)).isLessThanOrEqualTo(clip + 1e-12);
    }

    @Test
    void threeSitesNoiseSharesSumToTheFullNoise() {
        // no patches: each site's vector is its noise share alone; their sum must have sd sigma * clip
        SoftmaxLoss empty = new SoftmaxLoss(new double[0][], new int[0], new double[] {1, 1, 1});
        double sigma = 2.5;
        double clip = 0.7;
        NoisyGradientSum share = new NoisyGradientSum(1.0, clip, sigma, 3);
        SplittableRandom random = new SplittableRandom(7);
        double[] theta = new double[3 * (100 + 1)];
        double sumSquares = 0;
        long n = 0;
        for (int repeat = 0; repeat < 200; repeat++) {
            double[] total = new double[theta.length];
            for (int site = 0; site < 3; site++) {
                double[] v = share.of(empty, theta, random);
                for (int p = 0; p < v.length; p++) {
                    total[p] += v[p];
                }
            }
            for (double v : total) {
                sumSquares += v * v;
                n++;
            }
        }
        double sd = Math.sqrt(sumSquares / n);
        // 60,600 draws: the relative standard error of sd is 0.29 %; five of them allowed
        assertThat(sd / (sigma * clip)).isBetween(0.985, 1.015);
    }

    @Test
    void aPrivateStudyIsCalibratedToItsTargetAndReportsEpsilonEveryRound() {
        LocalStudyRun.Outcome outcome = run(privateParameters(8, 20), threeSites(), DisclosureRules.defaults());
        assertThat(outcome.outcome()).isInstanceOf(RoundOutcome.Finished.class);
        JsonNode result = outcome.result();
        assertThat(outcome.rounds())
                .as("one statistics round, then the training rounds")
                .isEqualTo(21);
        double sigma =
                result.get("parameters").get("privacy").get("noise_multiplier").asDouble();
        double epsilon = result.get("privacy").get("epsilon").asDouble();
        assertThat(epsilon).isLessThanOrEqualTo(8).isGreaterThan(7.99);
        // the accountant's own figure for the same mechanisms
        RdpCurve statistics = SampledGaussian.rdp(1.0, 5, 1, RdpCurve.defaultOrders());
        RdpCurve training = SampledGaussian.rdp(1.0, sigma, 20, RdpCurve.defaultOrders());
        assertThat(epsilon).isEqualTo(statistics.plus(training).epsilon(1e-5).epsilon());
        double previous = 0;
        for (JsonNode entry : result.get("history")) {
            assertThat(entry.get("epsilon").asDouble()).isGreaterThan(previous);
            previous = entry.get("epsilon").asDouble();
        }
        assertThat(previous).isEqualTo(epsilon);
        assertThat(result.get("n_validation").asInt()).isZero();
        // the head still learns: the three well-separated fixture classes
        assertThat(accuracy(result, threeSites())).isGreaterThan(0.8);
    }

    @Test
    void aPrivateStudyNeedsNoValidationAndOneStepARound() {
        ObjectNode validating = privateParameters(8, 10).put("validation_fraction", 0.2);
        assertThatThrownBy(() -> run(validating, threeSites(), DisclosureRules.defaults()))
                .hasMessageContaining("with privacy, validation_fraction must be 0");
        ObjectNode epochs = privateParameters(8, 10).put("local_epochs", 3);
        assertThatThrownBy(() -> run(epochs, threeSites(), DisclosureRules.defaults()))
                .hasMessageContaining("local_epochs must be 1");
    }

    @Test
    void aSiteRefusesAStudyThatWouldPassItsBudgetBeforeAnythingLeaves() throws Exception {
        Path file = folder.resolve("ledger.json");
        PrivacyLedger ledger = PrivacyLedger.open(file, OptionalDouble.of(4), Clock.systemUTC());
        DisclosureRules rules = new DisclosureRules(10, ledger);
        assertThatThrownBy(() -> run(privateParameters(8, 10), threeSites(), rules))
                .isInstanceOf(DisclosureException.class)
                .hasMessageContaining("would spend epsilon 7.99")
                .hasMessageContaining("0.000 spent before")
                .hasMessageContaining("the policy allows 4.000");
        assertThat(ledger.spentEpsilon("cd".repeat(32), 1e-5))
                .as("nothing charged")
                .isZero();

        ObjectNode plain = TrainingFixtures.parameters(D);
        assertThatThrownBy(() -> run(plain, threeSites(), rules))
                .isInstanceOf(DisclosureException.class)
                .hasMessageContaining("only with differential privacy");
    }

    @Test
    void theLedgerKeepsWhatWasSpentAcrossStudiesAndRestarts() throws Exception {
        Path file = folder.resolve("ledger.json");
        DisclosureRules rules =
                new DisclosureRules(10, PrivacyLedger.open(file, OptionalDouble.of(6.5), Clock.systemUTC()));
        // the three fixture sites share one data hash: run each alone against its own ledger
        Map<String, SiteData> one = new LinkedHashMap<>();
        one.put("a", threeSites().get("a"));
        ObjectNode single = privateParameters(6, 10);
        ((ObjectNode) single.get("privacy")).put("noise_shares", 1);
        LocalStudyRun.Outcome first = run(single, one, rules);
        double spent = first.result().get("privacy").get("epsilon").asDouble();
        PrivacyLedger reopened = PrivacyLedger.open(file, OptionalDouble.of(6.5), Clock.systemUTC());
        assertThat(reopened.spentEpsilon("cd".repeat(32), 1e-5))
                .isCloseTo(spent, org.assertj.core.data.Offset.offset(1e-9));
        // a second study of epsilon 6 on the same patches would pass 6.5 together: refused at once
        assertThatThrownBy(() -> run(single, one, new DisclosureRules(10, reopened)))
                .isInstanceOf(DisclosureException.class)
                .hasMessageContaining("spent before");
        // and a release past the budget is refused and not recorded
        RdpCurve big = SampledGaussian.rdp(1.0, 0.5, 10, RdpCurve.defaultOrders());
        assertThatThrownBy(() -> reopened.charge("cd".repeat(32), "a big release", big, 1e-5))
                .isInstanceOf(DisclosureException.class)
                .hasMessageContaining("privacy budget spent");
        assertThat(PrivacyLedger.open(file, OptionalDouble.of(6.5), Clock.systemUTC())
                        .spentEpsilon("cd".repeat(32), 1e-5))
                .isCloseTo(spent, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void fewerSitesThanNoiseSharesFailTheStudy() {
        Map<String, SiteData> two = new LinkedHashMap<>(threeSites());
        two.remove("c");
        LocalStudyRun.Outcome outcome = run(privateParameters(8, 5), two, DisclosureRules.defaults());
        assertThat(outcome.outcome()).isInstanceOf(RoundOutcome.Failed.class);
        assertThat(((RoundOutcome.Failed) outcome.outcome()).reason())
                .contains("2 sites were summed, fewer than the 3 whose noise shares");
    }

    private static double accuracy(JsonNode result, Map<String, SiteData> sites) {
        JsonNode head = result.get("head");
        int correct = 0;
        int total = 0;
        for (SiteData site : sites.values()) {
            PatchSet set = site.patches().orElseThrow();
            double[][] rows = rows(set);
            for (int i = 0; i < rows.length; i++) {
                int best = 0;
                double bestScore = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < 3; c++) {
                    double s = head.get("intercepts").get(c).asDouble();
                    for (int j = 0; j < D; j++) {
                        double zj = (rows[i][j] - head.get("mean").get(j).asDouble())
                                / head.get("scale").get(j).asDouble();
                        s += head.get("weights").get(c).get(j).asDouble() * zj;
                    }
                    if (s > bestScore) {
                        bestScore = s;
                        best = c;
                    }
                }
                correct += best == set.classIndex()[i] ? 1 : 0;
                total++;
            }
        }
        return correct / (double) total;
    }

    private static double[][] rows(PatchSet set) {
        double[][] rows = new double[set.count()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = set.feature(i);
        }
        return rows;
    }

    private static double[] filled(int n, double value) {
        double[] out = new double[n];
        java.util.Arrays.fill(out, value);
        return out;
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    @Test
    void anMlpHeadTrainsPrivatelyUnderTheSameAccount() {
        ObjectNode p = privateParameters(8, 10);
        p.put("head", "mlp").put("hidden_units", 4);
        LocalStudyRun.Outcome outcome = run(p, threeSites(), DisclosureRules.defaults());
        JsonNode result = outcome.result();
        // the guarantee is the mechanism's, whatever the head: the same epsilon for the same plan
        double sigma =
                result.get("parameters").get("privacy").get("noise_multiplier").asDouble();
        RdpCurve statistics = SampledGaussian.rdp(1.0, 5, 1, RdpCurve.defaultOrders());
        RdpCurve training = SampledGaussian.rdp(1.0, sigma, 10, RdpCurve.defaultOrders());
        assertThat(result.get("privacy").get("epsilon").asDouble())
                .isEqualTo(statistics.plus(training).epsilon(1e-5).epsilon())
                .isLessThanOrEqualTo(8);
        assertThat(result.get("head").get("type").asText()).isEqualTo(FederatedHeads.MLP_TYPE);
        assertThat(FederatedHeads.model(result.get("head"), 3, D)).isInstanceOf(org.precis.learn.mlp.MlpModel.class);
    }
}
