package org.precis.federation.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.precis.embed.patches.PatchSet;
import org.precis.federation.algorithm.DisclosureRules;
import org.precis.federation.algorithm.FederatedAlgorithms;
import org.precis.federation.algorithm.LocalStudyRun;
import org.precis.federation.algorithm.RoundOutcome;
import org.precis.federation.algorithm.RoundRequest;
import org.precis.federation.algorithm.SecureSum;
import org.precis.federation.algorithm.SiteData;
import org.precis.federation.algorithm.StudyParameters;
import org.precis.federation.secagg.FixedPoint;
import org.precis.learn.linear.Standardisation;

/** FedAvg and FedProx as pure functions: against centralised gradient descent, each other, exact averaging and the fixed-point sum. */
class FederatedHeadTrainingTest {
    private static final int D = 6;
    private static final DisclosureRules RULES = DisclosureRules.defaults();

    private static LocalStudyRun.Outcome run(String algorithm, ObjectNode parameters, Map<String, SiteData> sites) {
        return LocalStudyRun.runOnSites(
                FederatedAlgorithms.named(algorithm),
                new StudyParameters("study", algorithm, parameters),
                sites,
                RULES);
    }

    private static double[] head(JsonNode result) {
        JsonNode head = result.get("head");
        int k = head.get("intercepts").size();
        double[] theta = new double[k * (D + 1)];
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < D; j++) {
                theta[c * (D + 1) + j] = head.get("weights").get(c).get(j).asDouble();
            }
            theta[c * (D + 1) + D] = head.get("intercepts").get(c).asDouble();
        }
        return theta;
    }

    private static double maxDifference(double[] a, double[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    @Test
    void fedAvgOnOneSiteWithFullBatchesIsCentralisedGradientDescent() {
        PatchSet set = TrainingFixtures.patches("a", new int[] {30, 25, 20}, D, 1);
        ObjectNode p = TrainingFixtures.parameters(D);
        p.put("rounds", 6).put("local_epochs", 3).put("learning_rate", 0.1).put("validation_fraction", 0);
        p.put("class_weights", "balanced");
        JsonNode result =
                run("fedavg", p, Map.of("a", TrainingFixtures.site("a", set))).result();

        // the same steps on one machine: pooled standardisation, balanced weights, 18 epochs
        TrainingSettings settings = TrainingSettings.read("fedavg", p);
        SitePatches rows = SitePatches.of(set, settings, RULES, "fedavg");
        Standardisation pooled = Standardisation.fit(rows.train());
        assertThat(maxDifference(JsonVectors.read(result.get("head"), "mean", D), pooled.mean()))
                .isLessThan(1e-13);
        assertThat(maxDifference(JsonVectors.read(result.get("head"), "scale", D), pooled.scale()))
                .isLessThan(1e-13);
        SoftmaxLoss loss = new SoftmaxLoss(
                SitePatches.standardised(rows.train(), pooled.mean(), pooled.scale()),
                rows.trainClass(),
                ClassWeighting.BALANCED.weights(rows.trainCounts(3)));
        double[] central = new LocalTraining(18, 0, 0.1, settings.l2Penalty(), 0)
                .train(
                        loss,
                        settings.penalised(),
                        new double[3 * (D + 1)],
                        new double[3 * (D + 1)],
                        new SplittableRandom(1));
        // measured 4.4e-16: each round adds n * delta / n back, one rounding each
        assertThat(maxDifference(head(result), central)).isLessThan(1e-14);
        assertThat(result.get("rounds_trained").asInt()).isEqualTo(6);
        assertThat(result.get("n_train").asInt()).isEqualTo(75);
    }

    @Test
    void continuingFromAModelIsTheSameTrainingGoneOn() {
        // full batches and a constant rate: 3 rounds, then 3 more from that model, are the 6 rounds
        Map<String, SiteData> sites = new LinkedHashMap<>();
        sites.put("a", TrainingFixtures.site("a", TrainingFixtures.patches("a", new int[] {40, 12, 12}, D, 2)));
        sites.put("b", TrainingFixtures.site("b", TrainingFixtures.patches("b", new int[] {12, 40, 15}, D, 3)));
        ObjectNode p = TrainingFixtures.parameters(D);
        p.put("local_epochs", 2).put("validation_fraction", 0).put("learning_rate", 0.1);
        JsonNode six = run("fedavg", p.deepCopy().put("rounds", 6), sites).result();
        JsonNode three = run("fedavg", p.deepCopy().put("rounds", 3), sites).result();
        ObjectNode continued = p.deepCopy().put("rounds", 3);
        continued.set("start_from", three.get("head"));
        LocalStudyRun.Outcome more = run("fedavg", continued, sites);
        assertThat(more.vectorLengths()).as("no spread round").hasSize(1 + 3);
        double[] expected = head(six);
        double[] actual = head(more.result());
        assertThat(maxDifference(actual, expected)).isLessThan(1e-12);
        assertThat(more.result().get("head").get("mean"))
                .isEqualTo(three.get("head").get("mean"));
        assertThat(more.result().get("head").get("scale"))
                .isEqualTo(three.get("head").get("scale"));
        // the head it started from is named by its hash in the result, not carried round after round
        assertThat(more.result().get("parameters").has("start_from")).isFalse();
        assertThat(more.result().get("start_from_sha256").asText())
                .isEqualTo(org.precis.io.json.CanonicalJson.sha256(three.get("head")));

        ObjectNode wrong = p.deepCopy();
        wrong.set("start_from", three.get("head"));
        wrong.put("dimension", D + 1);
        assertThatThrownBy(() -> TrainingSettings.read("fedavg", wrong)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fedProxWithMuZeroIsFedAvg() {
        Map<String, SiteData> sites = new LinkedHashMap<>();
        sites.put("a", TrainingFixtures.site("a", TrainingFixtures.patches("a", new int[] {40, 12, 12}, D, 2)));
        sites.put("b", TrainingFixtures.site("b", TrainingFixtures.patches("b", new int[] {12, 40, 15}, D, 3)));
        ObjectNode p = TrainingFixtures.parameters(D);
        p.put("rounds", 5).put("local_epochs", 2).put("batch_size", 8);
        JsonNode fedAvg = run("fedavg", p, sites).result();
        JsonNode fedProx = run("fedprox", p.deepCopy().put("mu", 0.0), sites).result();
        assertThat(fedProx.get("head")).isEqualTo(fedAvg.get("head"));
        assertThat(fedProx.get("history")).isEqualTo(fedAvg.get("history"));
        // a proximal term changes the local steps, so the model
        JsonNode proximal = run("fedprox", p.deepCopy().put("mu", 1.0), sites).result();
        assertThat(proximal.get("head")).isNotEqualTo(fedAvg.get("head"));
    }

    @Test
    void fedAvgRefusesAProximalTerm() {
        ObjectNode p = TrainingFixtures.parameters(D).put("mu", 0.5);
        assertThatThrownBy(() -> FederatedHeadTraining.fedAvg().start(new StudyParameters("s", "fedavg", p)))
                .hasMessageContaining("mu must be 0");
    }

    /** The request of the first training round, after made-up sums of the first two rounds. */
    private static RoundRequest firstTrainingRound(FederatedHeadTraining algorithm, ObjectNode p, List<String> sites) {
        RoundRequest sums = algorithm.start(new StudyParameters("s", algorithm.name(), p));
        double[] s = new double[sums.vectorLength()];
        s[0] = 64;
        s[1] = 16;
        s[2] = 20;
        s[3] = 24;
        s[4] = 20;
        RoundRequest spread = next(algorithm.aggregate(sums, new SecureSum(s, sites)));
        double[] squares = new double[spread.vectorLength()];
        java.util.Arrays.fill(squares, 64);
        return next(algorithm.aggregate(spread, new SecureSum(squares, sites)));
    }

    private static RoundRequest next(RoundOutcome outcome) {
        assertThat(outcome).isInstanceOf(RoundOutcome.NextRound.class);
        return ((RoundOutcome.NextRound) outcome).request();
    }

    @Test
    void theGlobalStepIsTheSampleWeightedMeanOfTheSitesUpdates() {
        FederatedHeadTraining fedAvg = FederatedHeadTraining.fedAvg();
        ObjectNode p =
                TrainingFixtures.parameters(D).put("validation_fraction", 0).put("rounds", 3);
        RoundRequest train = firstTrainingRound(fedAvg, p, List.of("a", "b"));
        int parameters = 3 * (D + 1);
        assertThat(train.vectorLength()).isEqualTo(parameters + 5);
        // site a: 48 patches, update 0.25 on every parameter; site b: 16 patches, update -0.5
        double[] s = new double[train.vectorLength()];
        for (int i = 0; i < parameters; i++) {
            s[i] = 48 * 0.25 + 16 * -0.5;
        }
        s[parameters] = 64;
        RoundRequest second = next(fedAvg.aggregate(train, new SecureSum(s, List.of("a", "b"))));
        double[] head = JsonVectors.read(second.parameters(), "head", parameters);
        for (double value : head) {
            assertThat(value).isEqualTo((48 * 0.25 + 16 * -0.5) / 64);
        }
        assertThat(second.parameters().get("training_round").asInt()).isEqualTo(2);

        // a training count other than round 0's: the sums are not of the same patches
        s[parameters] = 63;
        RoundOutcome changed = fedAvg.aggregate(train, new SecureSum(s, List.of("a", "b")));
        assertThat(((RoundOutcome.Failed) changed).reason())
                .contains("round 1 was trained on 63 patches, the sites counted 64 in round 0");
    }

    @Test
    void theSecureSumPathGivesThePlainSumWithinTheFixedPointResolution() {
        FederatedHeadTraining fedAvg = FederatedHeadTraining.fedAvg();
        ObjectNode p = TrainingFixtures.parameters(D);
        Map<String, SiteData> sites = new LinkedHashMap<>();
        sites.put("a", TrainingFixtures.site("a", TrainingFixtures.patches("a", new int[] {40, 12, 12}, D, 2)));
        sites.put("b", TrainingFixtures.site("b", TrainingFixtures.patches("b", new int[] {12, 40, 15}, D, 3)));
        sites.put("c", TrainingFixtures.site("c", TrainingFixtures.patches("c", new int[] {12, 12, 50}, D, 4)));
        RoundRequest request = fedAvg.start(new StudyParameters("s", "fedavg", p));
        FixedPoint encoding = FixedPoint.DEFAULT;
        double worst = 0;
        for (int round = 0; round < 4; round++) {
            java.math.BigDecimal[] exact = new java.math.BigDecimal[request.vectorLength()];
            java.util.Arrays.fill(exact, java.math.BigDecimal.ZERO);
            long[] ring = new long[2 * request.vectorLength()];
            for (SiteData site : sites.values()) {
                double[] v = fedAvg.compute(request, site, RULES).values();
                long[] words = encoding.encode(v);
                for (int i = 0; i < v.length; i++) {
                    exact[i] = exact[i].add(new java.math.BigDecimal(v[i]));
                    // 128-bit addition, as the masked sum's ring does it
                    long lo = ring[2 * i] + words[2 * i];
                    long carry = Long.compareUnsigned(lo, ring[2 * i]) < 0 ? 1 : 0;
                    ring[2 * i + 1] += words[2 * i + 1] + carry;
                    ring[2 * i] = lo;
                }
            }
            double[] secure = encoding.decode(ring);
            for (int i = 0; i < secure.length; i++) {
                // three sites' values each rounded to the nearest 2^-60, the sum rounded once to a double
                double error = exact[i].subtract(new java.math.BigDecimal(secure[i]))
                        .abs()
                        .doubleValue();
                assertThat(error).isLessThanOrEqualTo(3 * Math.scalb(1.0, -61) + Math.ulp(secure[i]) / 2);
                worst = Math.max(worst, error);
            }
            request = next(fedAvg.aggregate(request, new SecureSum(secure, List.copyOf(sites.keySet()))));
        }
        assertThat(worst).isGreaterThan(0);
    }

    @Test
    void earlyStoppingKeepsTheModelWithTheBestFederatedValidationLoss() {
        Map<String, SiteData> sites = new LinkedHashMap<>();
        sites.put("a", TrainingFixtures.site("a", TrainingFixtures.patches("a", new int[] {40, 15, 15}, D, 2)));
        sites.put("b", TrainingFixtures.site("b", TrainingFixtures.patches("b", new int[] {15, 40, 15}, D, 3)));
        ObjectNode p = TrainingFixtures.parameters(D);
        // a large rate overshoots: the validation loss stops improving and training stops early
        p.put("rounds", 60).put("local_epochs", 20).put("learning_rate", 2.0).put("patience", 3);
        p.put("l2_penalty", 0);
        JsonNode result = run("fedavg", p, sites).result();
        double best = Double.POSITIVE_INFINITY;
        int bestRound = -1;
        for (JsonNode entry : result.get("history")) {
            if (entry.get("validation_loss").asDouble() < best - 1e-4) {
                best = entry.get("validation_loss").asDouble();
                bestRound = entry.get("model_after_round").asInt();
            }
        }
        assertThat(result.get("stopped_early").asBoolean()).isTrue();
        assertThat(result.get("best_round").asInt()).isEqualTo(bestRound);
        assertThat(result.get("validation").get("validation_loss").asDouble()).isEqualTo(best);
    }

    @Test
    void malformedParametersFailInOneLineNamingTheField() {
        ObjectNode seed = TrainingFixtures.parameters(D).put("seed", 1.5);
        assertThatThrownBy(() -> TrainingSettings.read("fedavg", seed))
                .hasMessage("fedavg: study parameter 'seed' must be an integer, got 1.5");
        ObjectNode rate = TrainingFixtures.parameters(D).put("learning_rate", "fast");
        assertThatThrownBy(() -> TrainingSettings.read("fedavg", rate))
                .hasMessage("fedavg: study parameter 'learning_rate' must be a finite number, got \"fast\"");
        ObjectNode typo = TrainingFixtures.parameters(D);
        typo.putObject("privacy").put("epsilon", 8).put("clipping", 1);
        assertThatThrownBy(() -> TrainingSettings.read("fedprox", typo))
                .hasMessageStartingWith("fedprox: unknown study parameter 'privacy.clipping'; known are [clip, ");
        ObjectNode shares = TrainingFixtures.parameters(D);
        shares.putObject("privacy").put("epsilon", 8).put("noise_shares", 2.5);
        assertThatThrownBy(() -> TrainingSettings.read("fedavg", shares))
                .hasMessage("fedavg: study parameter 'privacy.noise_shares' must be an integer, got 2.5");
        ObjectNode missing = TrainingFixtures.parameters(D);
        missing.remove("dimension");
        assertThatThrownBy(() -> TrainingSettings.read("fedavg", missing))
                .hasMessage("fedavg: study parameter 'dimension' is required");
    }
}
