package org.precis.federation.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ByteString;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.embed.patches.PatchRecipe;
import org.precis.embed.patches.PatchSet;
import org.precis.embed.patches.StainNormalisation;
import org.precis.embed.patches.ViewSet;
import org.precis.federation.algorithm.DisclosureRules;
import org.precis.federation.algorithm.RoundOutcome;
import org.precis.federation.algorithm.RoundRequest;
import org.precis.federation.algorithm.SecureSum;
import org.precis.federation.algorithm.StudyParameters;
import org.precis.federation.audit.AuditLog;
import org.precis.federation.node.BonawitzParticipants;
import org.precis.federation.node.PrivacyLedger;
import org.precis.federation.node.SiteTasks;
import org.precis.federation.policy.SitePolicy;
import org.precis.federation.proto.CoordinatorMessage;
import org.precis.federation.proto.RoundKey;
import org.precis.federation.proto.SiteMessage;
import org.precis.federation.proto.Task;
import org.precis.federation.study.KnownAlgorithms;
import org.precis.federation.wire.Nonces;
import org.precis.federation.wire.RoundRequestCodec;

/**
 * A site's checks of a training study: it refuses, with a one-line reason in its audit log, a
 * recipe it cannot produce, other classes, too few patches, a model of the wrong shape, and an
 * update that is not finite; it answers a study it can take part in with keys only.
 */
class TrainingSiteChecksTest {
    private static final int D = 6;

    @TempDir
    Path folder;

    private final Nonces nonces = new Nonces(new SecureRandom());

    /** What the site answers to a task for {@code request}, and its audit log afterwards. */
    private record Answer(SiteMessage message, String audit) {
        String refusal() {
            assertThat(message.hasRefusal()).as(message.toString()).isTrue();
            return message.getRefusal().getReason();
        }
    }

    private Answer ask(PatchSet patches, RoundRequest request) throws Exception {
        return ask(patches, request, new SitePolicy(Set.of("fedavg", "fedprox"), Set.of(), Set.of("alice"), 10), 1)
                .get(0);
    }

    /** What the site answers to the same task message sent {@code times} times, under {@code policy}. */
    private List<Answer> ask(PatchSet patches, RoundRequest request, SitePolicy policy, int times) throws Exception {
        Path log = folder.resolve("audit-" + System.nanoTime() + ".log");
        try (AuditLog audit = AuditLog.open(log, Clock.systemUTC())) {
            SiteTasks tasks = new SiteTasks(
                    "site-a",
                    policy,
                    TrainingFixtures.site("site-a", patches),
                    new KnownAlgorithms(),
                    new BonawitzParticipants(new SecureRandom()),
                    audit,
                    nonces,
                    PrivacyLedger.open(
                            folder.resolve("ledger-" + System.nanoTime() + ".json"),
                            policy.maxEpsilon(),
                            Clock.systemUTC()));
            CoordinatorMessage task = CoordinatorMessage.newBuilder()
                    .setTask(Task.newBuilder()
                            .setKey(RoundKey.newBuilder()
                                    .setStudyId(request.studyId())
                                    .setRound(request.round())
                                    .setAttempt(1))
                            .setRoundRequestJson(ByteString.copyFrom(new RoundRequestCodec().toJson(request)))
                            .setResearcher("alice")
                            .addAllSites(List.of("site-a", "site-b"))
                            .setThreshold(2)
                            .setNonce(nonces.next()))
                    .build();
            List<SiteMessage> answers = new java.util.ArrayList<>();
            for (int i = 0; i < times; i++) {
                Optional<SiteMessage> answer = tasks.handle(task);
                assertThat(answer).isPresent();
                answers.add(answer.get());
            }
            String written = Files.readString(log, StandardCharsets.UTF_8);
            return answers.stream().map(a -> new Answer(a, written)).toList();
        }
    }

    @Test
    void aReplayedTrainingTaskIsRefusedAndAudited() throws Exception {
        List<Answer> answers = ask(
                enough(),
                start(TrainingFixtures.parameters(D)),
                new SitePolicy(Set.of("fedavg"), Set.of(), Set.of("alice"), 10),
                2);
        assertThat(answers.get(0).message().hasStep()).isTrue();
        assertThat(answers.get(1).refusal()).isEqualTo("replayed nonce");
        assertThat(answers.get(1).audit()).contains("request-refused").contains("replayed nonce");
    }

    @Test
    void aSiteWithAPrivacyBudgetRefusesAStudyWithoutPrivacyOrBeyondItAndAuditsIt() throws Exception {
        SitePolicy budget =
                new SitePolicy(Set.of("fedavg"), Set.of(), Set.of("alice"), 10, java.util.OptionalDouble.of(4));
        Answer plain =
                ask(enough(), start(TrainingFixtures.parameters(D)), budget, 1).get(0);
        assertThat(plain.refusal())
                .contains("only with differential privacy (max-epsilon 4.0)")
                .doesNotContain("\n");
        assertThat(plain.audit()).contains("request-refused").contains("only with differential privacy");

        ObjectNode dp = TrainingFixtures.parameters(D).put("rounds", 10);
        dp.putObject("privacy").put("epsilon", 8).put("noise_shares", 2);
        Answer beyond = ask(enough(), start(dp), budget, 1).get(0);
        assertThat(beyond.refusal()).contains("would spend epsilon 7.99").contains("the policy allows 4.000");
        assertThat(beyond.audit()).contains("request-refused").contains("privacy budget");

        dp.with("privacy").put("epsilon", 3.5);
        Answer within = ask(enough(), start(dp), budget, 1).get(0);
        assertThat(within.message().hasStep())
                .as("a study within the budget is answered")
                .isTrue();
    }

    private static RoundRequest start(ObjectNode parameters) {
        return FederatedHeadTraining.fedAvg().start(new StudyParameters("lung-head", "fedavg", parameters));
    }

    private static PatchSet enough() {
        return TrainingFixtures.patches("a", new int[] {30, 20, 20}, D, 1);
    }

    @Test
    void aSiteThatFitsTheStudyAnswersWithKeysOnly() throws Exception {
        Answer answer = ask(enough(), start(TrainingFixtures.parameters(D)));
        assertThat(answer.message().hasStep()).isTrue();
        assertThat(answer.audit()).doesNotContain("request-refused");
    }

    @Test
    void aRecipeTheSiteCannotProduceIsRefusedAndAudited() throws Exception {
        PatchRecipe views = new PatchRecipe(
                TrainingFixtures.RECIPE.encoder(),
                TrainingFixtures.RECIPE.encoderSha256(),
                ViewSet.DIHEDRAL8,
                List.of(1.0),
                StainNormalisation.NONE,
                Optional.empty());
        PatchSet other = TrainingFixtures.patches("a", new int[] {30, 20, 20}, D, 1, views, TrainingFixtures.CLASSES);
        Answer answer = ask(other, start(TrainingFixtures.parameters(D)));
        assertThat(answer.refusal())
                .contains("cannot produce the study's embedding recipe")
                .contains("views IDENTITY asked, this site's are DIHEDRAL8")
                .doesNotContain("\n");
        assertThat(answer.audit()).contains("request-refused").contains("views IDENTITY asked");

        PatchRecipe encoder = new PatchRecipe(
                "another-encoder",
                "ef".repeat(32),
                ViewSet.IDENTITY,
                List.of(1.0),
                StainNormalisation.NONE,
                Optional.empty());
        PatchSet foreign =
                TrainingFixtures.patches("a", new int[] {30, 20, 20}, D, 1, encoder, TrainingFixtures.CLASSES);
        assertThat(ask(foreign, start(TrainingFixtures.parameters(D))).refusal())
                .contains("encoder made-up-encoder (SHA-256 abababababab...) asked")
                .contains("another-encoder");
    }

    @Test
    void otherClassesAreRefused() throws Exception {
        PatchSet twoClasses = TrainingFixtures.patches(
                "a", new int[] {30, 30}, D, 1, TrainingFixtures.RECIPE, List.of("lung_aca", "lung_scc"));
        assertThat(ask(twoClasses, start(TrainingFixtures.parameters(D))).refusal())
                .contains("the study's classes [lung_aca, lung_n, lung_scc] are not this site's [lung_aca, lung_scc]");
    }

    @Test
    void tooFewPatchesAreRefused() throws Exception {
        ObjectNode p = TrainingFixtures.parameters(D).put("min_samples", 100);
        assertThat(ask(enough(), start(p)).refusal())
                .contains("this site has 56 training patches, the study needs at least 100");
        // a class below the minimum cell count is never released, even summed
        PatchSet rare = TrainingFixtures.patches("a", new int[] {40, 30, 8}, D, 1);
        assertThat(ask(rare, start(TrainingFixtures.parameters(D))).refusal())
                .contains("disclosure control")
                .contains(
                        "class 'lung_scc' has 6 training patches at this site, fewer than its minimum cell count (10)");
    }

    /** The first training round's request, with the pooled sums of one made-up site. */
    private static RoundRequest trainingRound(ObjectNode p) {
        FederatedHeadTraining fedAvg = FederatedHeadTraining.fedAvg();
        RoundRequest request = start(p);
        for (int round = 0; round < 2; round++) {
            double[] sums = fedAvg.compute(
                            request, TrainingFixtures.site("site-a", enough()), DisclosureRules.defaults())
                    .values();
            request = ((RoundOutcome.NextRound) fedAvg.aggregate(request, new SecureSum(sums, List.of("site-a"))))
                    .request();
        }
        return request;
    }

    @Test
    void aModelOfTheWrongShapeIsRefused() throws Exception {
        RoundRequest train = trainingRound(TrainingFixtures.parameters(D));
        double[] head = JsonVectors.read(train.parameters(), "head", 21);
        // the global model travels packed (Base64 of float64s); a site reads numbers too
        for (JsonNode form : List.of(JsonVectors.packed(longer(head)), JsonVectors.array(longer(head)))) {
            ObjectNode params = ((ObjectNode) train.parameters()).deepCopy();
            params.set("head", form);
            RoundRequest wrong =
                    new RoundRequest(train.studyId(), train.round(), "fedavg", params, train.vectorLength());
            assertThat(ask(enough(), wrong).refusal())
                    .contains("round parameter 'head' has 22 values where this study's head needs 21");
        }
        double[] nanHead = head.clone();
        nanHead[0] = Double.NaN;
        ObjectNode notFinite = ((ObjectNode) train.parameters()).deepCopy();
        notFinite.set("head", JsonVectors.packed(nanHead));
        RoundRequest nan = new RoundRequest(train.studyId(), train.round(), "fedavg", notFinite, train.vectorLength());
        assertThat(ask(enough(), nan).refusal()).contains("round parameter 'head'[0] is not a finite number");
        ObjectNode garbled = ((ObjectNode) train.parameters()).deepCopy();
        garbled.put("head", "not base64 at all!");
        RoundRequest bad = new RoundRequest(train.studyId(), train.round(), "fedavg", garbled, train.vectorLength());
        assertThat(ask(enough(), bad).refusal()).contains("round parameter 'head' is neither numbers nor Base64");
    }

    private static double[] longer(double[] values) {
        double[] out = java.util.Arrays.copyOf(values, values.length + 1);
        out[values.length] = 0.5;
        return out;
    }

    @Test
    void aVectorThatIsNotFiniteIsNeverReleased() throws Exception {
        // one damaged patch vector: the site's sums would carry it
        PatchSet good = enough();
        float[] features = good.features().clone();
        features[3] = Float.NaN;
        PatchSet damaged = new PatchSet(
                good.count(),
                good.dimension(),
                features,
                good.fileNames(),
                good.classIndex(),
                good.classNames(),
                good.recipe(),
                good.dataSha256(),
                good.softwareVersion());
        Answer answer = ask(damaged, start(TrainingFixtures.parameters(D)));
        assertThat(answer.refusal()).contains("is NaN; nothing released");
        assertThat(answer.audit()).contains("request-refused").doesNotContain("masked input");
    }
}
