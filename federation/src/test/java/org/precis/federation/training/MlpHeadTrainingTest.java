package org.precis.federation.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.precis.embed.patches.PatchSet;
import org.precis.federation.algorithm.DisclosureRules;
import org.precis.federation.algorithm.FederatedAlgorithms;
import org.precis.federation.algorithm.LocalStudyRun;
import org.precis.federation.algorithm.SiteData;
import org.precis.federation.algorithm.StudyParameters;
import org.precis.learn.StandardisedHead;
import org.precis.learn.linear.Standardisation;
import org.precis.learn.mlp.MlpModel;
import org.precis.learn.patch.PatchClassifier;

/**
 * The federated MLP head: its back-propagated gradient against central finite differences, its
 * parameter layout against learn's {@link MlpModel}, FedAvg on one site against centralised
 * gradient descent, continuing from a model, and DP-SGD's clipping of per-patch gradients.
 */
class MlpHeadTrainingTest {
    private static final int D = 5;
    private static final int H = 4;
    private static final DisclosureRules RULES = DisclosureRules.defaults();
    private static final HeadArchitecture.Mlp MLP = new HeadArchitecture.Mlp(H);

    private static double[][] rows(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] z = new double[n][D];
        for (double[] row : z) {
            for (int j = 0; j < D; j++) {
                row[j] = random.nextDouble(-2, 2);
            }
        }
        return z;
    }

    private static int[] classes(int n) {
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 3;
        }
        return y;
    }

    private static double[] parameters(long seed) {
        // random biases too, so that the bias gradients are checked away from zero
        double[] theta = MLP.initial(3, D, seed);
        SplittableRandom random = new SplittableRandom(seed + 1);
        for (int p = 0; p < theta.length; p++) {
            theta[p] += random.nextDouble(-0.3, 0.3);
        }
        return theta;
    }

    private static double loss(HeadLoss loss, double[] theta, int[] rows) {
        return loss.addGradient(theta, rows, new double[theta.length]);
    }

    @Test
    void theGradientIsTheLossesSlopeByCentralDifferences() {
        double[][] z = rows(12, 3);
        MlpLoss loss = new MlpLoss(z, classes(12), new double[] {1, 1.5, 0.5}, H);
        double[] theta = parameters(7);
        int[] all = new int[12];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        double[] gradient = new double[theta.length];
        loss.addGradient(theta, all, gradient);
        double h = 1e-6;
        double worst = 0;
        for (int p = 0; p < theta.length; p++) {
            double[] up = theta.clone();
            double[] down = theta.clone();
            up[p] += h;
            down[p] -= h;
            double slope = (loss(loss, up, all) - loss(loss, down, all)) / (2 * h);
            worst = Math.max(worst, Math.abs(slope - gradient[p]) / Math.max(1e-3, Math.abs(slope)));
        }
        // central differences err by O(h^2) and by rounding of order 1e-16 / h: 1e-9 or so
        assertThat(worst).isLessThan(1e-6);
    }

    @Test
    void aPatchsGradientAndItsNormAreItsShareOfTheBatchGradient() {
        double[][] z = rows(9, 4);
        MlpLoss loss = new MlpLoss(z, classes(9), new double[] {1, 2, 0.5}, H);
        double[] theta = parameters(8);
        double[] sum = new double[theta.length];
        double[] one = new double[theta.length];
        for (int i = 0; i < 9; i++) {
            double norm = loss.exampleGradient(theta, i, one);
            double squares = 0;
            for (int p = 0; p < one.length; p++) {
                sum[p] += one[p];
                squares += one[p] * one[p];
            }
            assertThat(norm).isCloseTo(Math.sqrt(squares), org.assertj.core.data.Offset.offset(1e-12));
        }
        double[] batch = new double[theta.length];
        loss.addGradient(theta, new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8}, batch);
        for (int p = 0; p < theta.length; p++) {
            assertThat(batch[p]).isCloseTo(sum[p] / 9, org.assertj.core.data.Offset.offset(1e-14));
        }
    }

    @Test
    void theLayoutIsTheOneLearnsMlpModelEvaluates() {
        double[][] z = rows(10, 5);
        int[] y = classes(10);
        MlpLoss loss = new MlpLoss(z, y, new double[] {1, 1, 1}, H);
        double[] theta = parameters(9);
        // an identity standardisation: the model sees the rows as they are
        Standardisation identity = new Standardisation(new double[D], ones(D));
        StandardisedHead model = MLP.model(theta, identity, 3);
        assertThat(model).isInstanceOf(MlpModel.class);
        double logLoss = 0;
        for (int i = 0; i < z.length; i++) {
            logLoss -= Math.log(model.probabilities(z[i])[y[i]]);
        }
        assertThat(loss.evaluate(theta)[0]).isCloseTo(logLoss, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(MLP.parameters(model)).containsExactly(theta);
        assertThatThrownBy(() -> new HeadArchitecture.Mlp(H + 1).parameters(model))
                .hasMessageContaining("5 hidden units");
    }

    private static double[] ones(int n) {
        double[] out = new double[n];
        java.util.Arrays.fill(out, 1);
        return out;
    }

    private static LocalStudyRun.Outcome run(ObjectNode parameters, Map<String, SiteData> sites) {
        return LocalStudyRun.runOnSites(
                FederatedAlgorithms.named("fedavg"), new StudyParameters("study", "fedavg", parameters), sites, RULES);
    }

    private static ObjectNode mlpParameters() {
        ObjectNode p = TrainingFixtures.parameters(D);
        p.put("head", "mlp").put("hidden_units", H);
        return p;
    }

    private static double[] flat(JsonNode result) {
        StandardisedHead head = FederatedHeads.model(result.get("head"), 3, D);
        return MLP.parameters(head);
    }

    @Test
    void fedAvgOfAnMlpOnOneSiteWithFullBatchesIsCentralisedGradientDescent() {
        PatchSet set = TrainingFixtures.patches("a", new int[] {30, 25, 20}, D, 1);
        ObjectNode p = mlpParameters();
        p.put("rounds", 5).put("local_epochs", 3).put("learning_rate", 0.1).put("validation_fraction", 0);
        JsonNode result = run(p, Map.of("a", TrainingFixtures.site("a", set))).result();

        TrainingSettings settings = TrainingSettings.read("fedavg", p);
        SitePatches rows = SitePatches.of(set, settings, RULES, "fedavg");
        Standardisation pooled = Standardisation.fit(rows.train());
        HeadLoss loss = MLP.loss(
                SitePatches.standardised(rows.train(), pooled.mean(), pooled.scale()),
                rows.trainClass(),
                ClassWeighting.BALANCED.weights(rows.trainCounts(3)));
        double[] start = MLP.initial(3, D, settings.seed());
        double[] central = new LocalTraining(15, 0, 0.1, settings.l2Penalty(), 0)
                .train(loss, settings.penalised(), start, start, new SplittableRandom(1));
        double[] federated = flat(result);
        double worst = 0;
        for (int i = 0; i < central.length; i++) {
            worst = Math.max(worst, Math.abs(central[i] - federated[i]));
        }
        // each round adds n * delta / n back: a rounding or two per round
        assertThat(worst).isLessThan(1e-13);
        assertThat(result.get("head").get("type").asText()).isEqualTo(FederatedHeads.MLP_TYPE);
    }

    @Test
    void continuingAnMlpIsTheSameTrainingGoneOn() {
        Map<String, SiteData> sites = new LinkedHashMap<>();
        sites.put("a", TrainingFixtures.site("a", TrainingFixtures.patches("a", new int[] {40, 12, 12}, D, 2)));
        sites.put("b", TrainingFixtures.site("b", TrainingFixtures.patches("b", new int[] {12, 40, 15}, D, 3)));
        ObjectNode p = mlpParameters();
        p.put("local_epochs", 2).put("validation_fraction", 0).put("learning_rate", 0.1);
        JsonNode six = run(p.deepCopy().put("rounds", 6), sites).result();
        JsonNode three = run(p.deepCopy().put("rounds", 3), sites).result();
        ObjectNode continued = p.deepCopy().put("rounds", 3);
        continued.set("start_from", three.get("head"));
        JsonNode more = run(continued, sites).result();
        double[] a = flat(six);
        double[] b = flat(more);
        for (int i = 0; i < a.length; i++) {
            assertThat(b[i]).isCloseTo(a[i], org.assertj.core.data.Offset.offset(1e-12));
        }
    }

    @Test
    void anMlpStudyFromALogisticHeadIsRefused() {
        ObjectNode p = mlpParameters();
        ObjectNode logistic = TrainingFixtures.parameters(D);
        logistic.put("rounds", 1).put("validation_fraction", 0);
        Map<String, SiteData> sites =
                Map.of("a", TrainingFixtures.site("a", TrainingFixtures.patches("a", new int[] {30, 25, 20}, D, 1)));
        JsonNode head = run(logistic, sites).result().get("head");
        p.set("start_from", head);
        assertThatThrownBy(() -> TrainingSettings.read("fedavg", p))
                .hasMessageContaining("fedavg: the study trains an mlp head of 4 hidden units");
        ObjectNode units = TrainingFixtures.parameters(D).put("hidden_units", 8);
        assertThatThrownBy(() -> TrainingSettings.read("fedavg", units))
                .hasMessage("fedavg: 'hidden_units' is for head: mlp only");
        ObjectNode unknown = TrainingFixtures.parameters(D).put("head", "transformer");
        assertThatThrownBy(() -> TrainingSettings.read("fedavg", unknown))
                .hasMessage("fedavg: 'head' must be logistic or mlp, got 'transformer'");
    }

    @Test
    void aPrivateMlpStepClipsEachPatchsGradient() {
        double[][] z = rows(40, 6);
        MlpLoss loss = new MlpLoss(z, classes(40), new double[] {1, 1, 1}, H);
        double[] theta = parameters(10);
        // no noise, every patch sampled: the sum of clipped gradients, each of norm at most the clip
        double clip = 0.05;
        double[] sum = new NoisyGradientSum(1.0, clip, 0, 1).of(loss, theta, new SplittableRandom(1));
        double[] expected = new double[theta.length];
        double[] one = new double[theta.length];
        for (int i = 0; i < z.length; i++) {
            double norm = loss.exampleGradient(theta, i, one);
            assertThat(norm).isGreaterThan(clip);
            for (int p = 0; p < one.length; p++) {
                expected[p] += one[p] * clip / norm;
            }
        }
        for (int p = 0; p < theta.length; p++) {
            assertThat(sum[p]).isCloseTo(expected[p], org.assertj.core.data.Offset.offset(1e-14));
        }
    }

    @Test
    void aFederatedMlpIsAPatchClassifierFile() throws Exception {
        ObjectNode p = mlpParameters();
        p.put("rounds", 3).put("validation_fraction", 0.2);
        Map<String, SiteData> sites = new LinkedHashMap<>();
        sites.put("a", TrainingFixtures.site("a", TrainingFixtures.patches("a", new int[] {40, 30, 30}, D, 2)));
        sites.put("b", TrainingFixtures.site("b", TrainingFixtures.patches("b", new int[] {30, 40, 35}, D, 3)));
        JsonNode result = run(p, sites).result();
        PatchClassifier classifier = FederatedHeads.classifier(result, "study", Instant.EPOCH, "test");
        assertThat(classifier.head()).isInstanceOf(MlpModel.class);
        assertThat(classifier.provenance().parameters().get("head")).isEqualTo("MLP, 4 ReLU hidden units (federated)");
        assertThat(FederatedHeads.model(FederatedHeads.head(classifier), 3, D)).isEqualTo(classifier.head());
    }
}
