package org.precis.federation.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.precis.embed.patches.PatchRecipes;
import org.precis.embed.patches.PatchSet;
import org.precis.federation.algorithm.DisclosureException;
import org.precis.federation.algorithm.DisclosureRules;
import org.precis.federation.algorithm.FederatedAlgorithms;
import org.precis.federation.algorithm.LocalStudyRun;
import org.precis.federation.algorithm.RoundOutcome;
import org.precis.federation.algorithm.RoundRequest;
import org.precis.federation.algorithm.SecureSum;
import org.precis.federation.algorithm.SiteData;
import org.precis.federation.algorithm.StudyParameters;
import org.precis.federation.secagg.FixedPoint;
import org.precis.federation.training.FederatedHeads;
import org.precis.federation.training.SitePatches;
import org.precis.federation.training.TrainingFixtures;
import org.precis.learn.StandardisedHead;
import org.precis.learn.metrics.Bootstrap;
import org.precis.learn.metrics.ClassProbabilities;
import org.precis.learn.metrics.ConfidenceInterval;

/**
 * {@code evaluate-heads} as pure functions on made-up patch sets: the verdicts, the decision, the
 * slot encoding through the fixed-point secure sum against the same figures computed locally, and
 * the one-line refusals.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FederatedEvaluationTest {
    private static final int D = 6;
    private static final DisclosureRules RULES = DisclosureRules.defaults();

    private final Map<String, SiteData> sites = new LinkedHashMap<>();
    private JsonNode federatedHead;
    private JsonNode siteAHead;

    @BeforeAll
    void train() {
        sites.put("a", TrainingFixtures.site("a", TrainingFixtures.patches("a", new int[] {40, 15, 15}, D, 2)));
        sites.put("b", TrainingFixtures.site("b", TrainingFixtures.patches("b", new int[] {15, 40, 15}, D, 3)));
        sites.put("c", TrainingFixtures.site("c", TrainingFixtures.patches("c", new int[] {15, 15, 40}, D, 4)));
        ObjectNode training = TrainingFixtures.parameters(D).put("rounds", 20).put("local_epochs", 3);
        federatedHead = LocalStudyRun.runOnSites(
                        FederatedAlgorithms.named("fedavg"),
                        new StudyParameters("all", "fedavg", training),
                        sites,
                        RULES)
                .result()
                .get("head");
        siteAHead = LocalStudyRun.runOnSites(
                        FederatedAlgorithms.named("fedavg"),
                        new StudyParameters("a", "fedavg", training.deepCopy().put("rounds", 2)),
                        Map.of("a", sites.get("a")),
                        RULES)
                .result()
                .get("head");
    }

    private static ObjectNode parameters(JsonNode candidate, JsonNode baseline) {
        ObjectNode p = JsonNodeFactory.instance.objectNode();
        TrainingFixtures.CLASSES.forEach(p.putArray("classes")::add);
        p.set("recipe", new PatchRecipes().toJson(TrainingFixtures.RECIPE));
        p.put("dimension", D);
        p.set("candidate", candidate.deepCopy());
        if (baseline != null) {
            p.set("baseline", baseline.deepCopy());
        }
        p.put("seed", 5);
        p.put("bootstrap_replicates", 200);
        return p;
    }

    private JsonNode run(ObjectNode parameters) {
        return LocalStudyRun.runOnSites(
                        FederatedAlgorithms.named(FederatedEvaluation.NAME),
                        new StudyParameters("eval", FederatedEvaluation.NAME, parameters),
                        sites,
                        RULES)
                .result();
    }

    @Test
    void aHeadAgainstItselfIsNotBetterAnywhere() {
        JsonNode result = run(parameters(federatedHead, federatedHead));
        assertThat(result.get("promote").asBoolean()).isFalse();
        for (String site : sites.keySet()) {
            JsonNode verdict = result.get("sites").get(site);
            assertThat(verdict.get("accuracy_difference").asDouble()).isZero();
            assertThat(verdict.get("log_loss_difference").asDouble()).isZero();
            // every draw pairs a patch with itself: the difference is 0 on every draw
            assertThat(verdict.get("ci").get(0).asDouble()).isZero();
            assertThat(verdict.get("ci").get(1).asDouble()).isZero();
            assertThat(verdict.get("better").asBoolean()).isFalse();
        }
        assertThat(result.get("reason").asText()).startsWith("not promoted: a: accuracy difference +0.0000");
        assertThat(result.get("pooled").get("n").asInt()).isEqualTo(42);
        assertThat(PromotionDecision.fromResult(result).promote()).isFalse();
    }

    @Test
    void withoutABaselineTheCandidateMustClearMinAccuracy() {
        JsonNode result = run(parameters(federatedHead, null));
        for (String site : sites.keySet()) {
            JsonNode verdict = result.get("sites").get(site);
            assertThat(verdict.has("baseline")).isFalse();
            assertThat(verdict.get("ci_of").asText()).isEqualTo("candidate_accuracy");
            double lower = verdict.get("ci").get(0).asDouble();
            assertThat(lower)
                    .isLessThanOrEqualTo(
                            verdict.get("candidate").get("accuracy").asDouble());
            assertThat(verdict.get("better").asBoolean()).isEqualTo(lower >= 0.5);
        }
        // a perfect accuracy asked for: a site says better only if every draw was perfect
        JsonNode strict = run(parameters(federatedHead, null).put("min_accuracy", 1.0));
        boolean all = true;
        for (String site : sites.keySet()) {
            JsonNode verdict = strict.get("sites").get(site);
            boolean perfect = verdict.get("ci").get(0).asDouble() >= 1.0;
            assertThat(verdict.get("better").asBoolean()).isEqualTo(perfect);
            all &= perfect;
        }
        assertThat(strict.get("promote").asBoolean()).isEqualTo(all);
        assertThat(strict.get("promote").asBoolean()).isFalse();
    }

    @Test
    void theDecisionReadBackIsTheOneWritten() {
        JsonNode result = run(parameters(federatedHead, siteAHead));
        PromotionDecision decision = PromotionDecision.fromResult(result);
        assertThat(decision.sites()).containsOnlyKeys("a", "b", "c");
        assertThat(decision.promote()).isEqualTo(result.get("promote").asBoolean());
        assertThat(decision.reason()).isEqualTo(result.get("reason").asText());
        for (String site : sites.keySet()) {
            SiteVerdict verdict = decision.sites().get(site);
            JsonNode written = result.get("sites").get(site);
            assertThat(verdict.better()).isEqualTo(written.get("better").asBoolean());
            assertThat(verdict.candidate().accuracy())
                    .isEqualTo(written.get("candidate").get("accuracy").asDouble());
            assertThat(verdict.baseline().orElseThrow().logLoss())
                    .isEqualTo(written.get("baseline").get("log_loss").asDouble());
        }
        assertThat(EvaluationResult.toJson(
                        FederatedEvaluation.NAME,
                        parameters(federatedHead, siteAHead),
                        List.of("a", "b", "c"),
                        decision))
                .isEqualTo(result);
    }

    @Test
    void aSiteThatDidNotAnswerHoldsThePromotionBack() {
        FederatedEvaluation evaluation = new FederatedEvaluation();
        RoundRequest request = evaluation.start(new StudyParameters(
                "eval", FederatedEvaluation.NAME, parameters(federatedHead, null), List.of("a", "b", "c")));
        double[] sum = new double[request.vectorLength()];
        for (String site : List.of("a", "c")) {
            double[] v = evaluation.compute(request, sites.get(site), RULES).values();
            for (int i = 0; i < sum.length; i++) {
                sum[i] += v[i];
            }
        }
        JsonNode result =
                ((RoundOutcome.Finished) evaluation.aggregate(request, new SecureSum(sum, List.of("a", "c")))).result();
        assertThat(result.get("promote").asBoolean()).isFalse();
        assertThat(result.get("absent_sites")).hasSize(1);
        assertThat(result.get("reason").asText()).contains("b did not take part");
        // a sum that says a site which did not answer has figures is not the sites' answers
        sum[VerdictSlots.BLOCK] = 14;
        RoundOutcome forged = evaluation.aggregate(request, new SecureSum(sum, List.of("a", "c")));
        assertThat(((RoundOutcome.Failed) forged).reason())
                .isEqualTo("evaluate-heads: b did not answer, yet its block holds figures");
    }

    /** Each site's figures through the fixed-point ring sum, against the same figures computed at the site. */
    @Test
    void eachSitesFiguresSurviveTheSecureSumExactly() {
        FederatedEvaluation evaluation = new FederatedEvaluation();
        ObjectNode p = parameters(federatedHead, siteAHead);
        List<String> order = List.of("a", "b", "c");
        RoundRequest request = evaluation.start(new StudyParameters("eval", FederatedEvaluation.NAME, p, order));
        FixedPoint encoding = FixedPoint.DEFAULT;
        long[] ring = new long[2 * request.vectorLength()];
        for (String site : order) {
            long[] words = encoding.encode(
                    evaluation.compute(request, sites.get(site), RULES).values());
            for (int i = 0; i < request.vectorLength(); i++) {
                // 128-bit addition, as the masked sum's ring does it
                long lo = ring[2 * i] + words[2 * i];
                long carry = Long.compareUnsigned(lo, ring[2 * i]) < 0 ? 1 : 0;
                ring[2 * i + 1] += words[2 * i + 1] + carry;
                ring[2 * i] = lo;
            }
        }
        JsonNode result = ((RoundOutcome.Finished)
                        evaluation.aggregate(request, new SecureSum(encoding.decode(ring), order)))
                .result();

        EvaluationSettings settings = EvaluationSettings.read(FederatedEvaluation.NAME, p);
        double worst = 0;
        int compared = 0;
        for (String site : order) {
            SitePatches rows = SitePatches.of(sites.get(site).patches().orElseThrow(), settings.split(), RULES, "test");
            JsonNode released = result.get("sites").get(site);
            assertThat(released.get("n").asInt()).isEqualTo(rows.validation().length);
            List<double[]> pairs = new ArrayList<>();
            for (String head : List.of("candidate", "baseline")) {
                StandardisedHead model = FederatedHeads.model(p.get(head), 3, D);
                double[][] probabilities = new double[rows.validation().length][];
                for (int i = 0; i < probabilities.length; i++) {
                    probabilities[i] = model.probabilities(rows.validation()[i]);
                }
                ClassProbabilities cases = new ClassProbabilities(rows.validationClass(), probabilities, 3);
                double logLoss = 0;
                for (int i = 0; i < cases.size(); i++) {
                    logLoss -= Math.log(probabilities[i][rows.validationClass()[i]]);
                }
                JsonNode figures = released.get(head);
                pairs.add(
                        new double[] {cases.accuracy(), figures.get("accuracy").asDouble()});
                pairs.add(new double[] {
                    logLoss / cases.size(), figures.get("log_loss").asDouble()
                });
                pairs.add(new double[] {cases.brier(), figures.get("brier").asDouble()});
                pairs.add(new double[] {cases.macroAuc(), figures.get("auc").asDouble()});
            }
            SiteVerdict local = SiteEvaluation.evaluate(site, rows.validation(), rows.validationClass(), settings);
            pairs.add(new double[] {
                local.interval().lower(), released.get("ci").get(0).asDouble()
            });
            pairs.add(new double[] {
                local.interval().upper(), released.get("ci").get(1).asDouble()
            });
            pairs.add(new double[] {
                local.accuracyDifference().orElseThrow(),
                released.get("accuracy_difference").asDouble()
            });
            assertThat(released.get("better").asBoolean()).isEqualTo(local.better());
            for (double[] pair : pairs) {
                double error = new BigDecimal(pair[0])
                        .subtract(new BigDecimal(pair[1]))
                        .abs()
                        .doubleValue();
                // at most half of 2^-60 from the encoding, the decoded sum rounded once to a double;
                // measured 0.0: zeros from the other sites add nothing, and figures of 2^-7 and above pass exactly
                assertThat(error).isLessThanOrEqualTo(Math.scalb(1.0, -61) + Math.ulp(pair[0]) / 2);
                worst = Math.max(worst, error);
                compared++;
            }
        }
        assertThat(compared).isEqualTo(3 * 11);
        System.out.println("evaluate-heads: worst |released - local| over " + compared + " figures: " + worst);
    }

    @Test
    void theIntervalIsThePairedBootstrapOfTheLibrary() {
        // the accuracy difference of two heads on common draws, against drawing the indices by hand
        EvaluationSettings settings =
                EvaluationSettings.read(FederatedEvaluation.NAME, parameters(federatedHead, siteAHead));
        SitePatches rows = SitePatches.of(sites.get("b").patches().orElseThrow(), settings.split(), RULES, "test");
        ClassProbabilities candidate = cases(settings.candidate(), rows);
        ClassProbabilities baseline = cases(settings.baseline().orElseThrow(), rows);
        ConfidenceInterval paired = SiteEvaluation.pairedAccuracyDifference(
                candidate, baseline, new Bootstrap(200, 0.95), SiteEvaluation.random(5, "b"));
        SplittableRandom random = SiteEvaluation.random(5, "b");
        int n = candidate.size();
        double[] differences = new double[200];
        for (int r = 0; r < 200; r++) {
            int[] draw = new int[n];
            for (int i = 0; i < n; i++) {
                draw[i] = random.nextInt(n);
            }
            differences[r] =
                    candidate.select(draw).accuracy() - baseline.select(draw).accuracy();
        }
        Arrays.sort(differences);
        assertThat(paired.lower()).isCloseTo(Bootstrap.quantile(differences, 0.025), offset(1e-15));
        assertThat(paired.upper()).isCloseTo(Bootstrap.quantile(differences, 0.975), offset(1e-15));
    }

    private static ClassProbabilities cases(StandardisedHead model, SitePatches rows) {
        double[][] p = new double[rows.validation().length][];
        for (int i = 0; i < p.length; i++) {
            p[i] = model.probabilities(rows.validation()[i]);
        }
        return new ClassProbabilities(rows.validationClass(), p, 3);
    }

    @Test
    void aHeadOfAnotherShapeOrNotFiniteIsRefusedInOneLine() {
        FederatedEvaluation evaluation = new FederatedEvaluation();
        ObjectNode shortRow = parameters(federatedHead, null);
        ((ArrayNode) shortRow.get("candidate").get("weights").get(1)).remove(0);
        assertThat(refusal(shortRow))
                .isEqualTo("evaluate-heads: 'candidate': round parameter 'weights[1]' has 5 values where this study's"
                        + " head needs 6");
        ObjectNode twoClasses = parameters(federatedHead, null);
        ((ArrayNode) twoClasses.get("candidate").get("weights")).remove(2);
        assertThat(refusal(twoClasses))
                .isEqualTo(
                        "evaluate-heads: 'candidate': the head's weights must be 3 rows (one per class), got 2 rows");
        ObjectNode notFinite = parameters(federatedHead, federatedHead);
        ((ArrayNode) notFinite.get("baseline").get("mean")).set(2, Double.NaN);
        assertThat(refusal(notFinite))
                .isEqualTo("evaluate-heads: 'baseline': round parameter 'mean'[2] is not a finite number: \"NaN\"");
        ObjectNode noCandidate = parameters(federatedHead, null);
        noCandidate.remove("candidate");
        assertThat(refusal(noCandidate)).contains("'candidate' (the head to evaluate");
        ObjectNode zeroScale = parameters(federatedHead, null);
        ((ArrayNode) zeroScale.get("candidate").get("scale")).set(0, 0.0);
        assertThat(refusal(zeroScale))
                .startsWith("evaluate-heads: 'candidate': the head's feature 0: mean must be finite, scale positive");
        for (String message : List.of(refusal(shortRow), refusal(notFinite), refusal(zeroScale))) {
            assertThat(message).doesNotContain("\n");
        }
        assertThat(refusal(parameters(federatedHead, null).put("bootstrap_replicates", 5)))
                .isEqualTo("evaluate-heads: bootstrap_replicates must be in 10..100000, got 5");
        assertThat(refusal(parameters(federatedHead, null).put("validation_fraction", 0)))
                .contains("validation_fraction must be above 0");
        assertThat(refusal(parameters(federatedHead, null).put("rounds", 3)))
                .startsWith("evaluate-heads: unknown study parameter 'rounds'");
        assertThatThrownBy(() -> evaluation.start(
                        new StudyParameters("eval", FederatedEvaluation.NAME, parameters(federatedHead, null))))
                .hasMessage("evaluate-heads: the study lists no sites; each site needs its slot block");
    }

    private static String refusal(ObjectNode parameters) {
        try {
            new FederatedEvaluation()
                    .start(new StudyParameters("eval", FederatedEvaluation.NAME, parameters, List.of("a", "b")));
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted " + parameters);
    }

    @Test
    void aSiteRefusesOtherClassesAndTooFewValidationRows() {
        FederatedEvaluation evaluation = new FederatedEvaluation();
        RoundRequest request = evaluation.start(new StudyParameters(
                "eval", FederatedEvaluation.NAME, parameters(federatedHead, null), List.of("a", "other", "small")));
        PatchSet otherClasses = TrainingFixtures.patches(
                "other",
                new int[] {30, 30, 30},
                D,
                9,
                TrainingFixtures.RECIPE,
                List.of("lung_aca", "lung_scc", "lung_n"));
        assertThatThrownBy(() -> evaluation.compute(request, TrainingFixtures.site("other", otherClasses), RULES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("evaluate-heads: the study's classes [lung_aca, lung_n, lung_scc] are not this site's"
                        + " [lung_aca, lung_scc, lung_n]");
        // 12 + 12 + 12 patches hold back 2 + 2 + 2 = 6 validation rows, below the 10 of the site's policy
        PatchSet small = TrainingFixtures.patches("small", new int[] {12, 12, 12}, D, 10);
        assertThatThrownBy(() -> evaluation.compute(request, TrainingFixtures.site("small", small), RULES))
                .isInstanceOf(DisclosureException.class)
                .hasMessage("evaluate-heads: this site would hold back 6 validation patches, fewer than its minimum"
                        + " cell count (10)");
        assertThatThrownBy(() -> evaluation.compute(request, TrainingFixtures.site("z", small), RULES))
                .hasMessage("evaluate-heads: this site (z) is not among the study's sites [a, other, small]");
    }

    @Test
    void theHeadOfAClassifierIsTheHeadItWasReadFrom() {
        StandardisedHead model = FederatedHeads.model(federatedHead, 3, D);
        assertThat(FederatedHeads.head(model)).isEqualTo(federatedHead);
        assertThat(FederatedHeads.model(FederatedHeads.head(model), 3, D)).isEqualTo(model);
    }
}
