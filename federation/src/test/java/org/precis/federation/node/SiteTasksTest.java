package org.precis.federation.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.google.protobuf.ByteString;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.federation.algorithm.DisclosureRules;
import org.precis.federation.algorithm.FederatedAlgorithm;
import org.precis.federation.algorithm.LocalAggregate;
import org.precis.federation.algorithm.RoundOutcome;
import org.precis.federation.algorithm.RoundRequest;
import org.precis.federation.algorithm.SecureSum;
import org.precis.federation.algorithm.StudyParameters;
import org.precis.federation.audit.AuditLog;
import org.precis.federation.policy.SitePolicy;
import org.precis.federation.proto.CoordinatorMessage;
import org.precis.federation.proto.Phase;
import org.precis.federation.proto.RoundKey;
import org.precis.federation.proto.SecAggStep;
import org.precis.federation.proto.SiteMessage;
import org.precis.federation.proto.Task;
import org.precis.federation.study.KnownAlgorithms;
import org.precis.federation.wire.Nonces;
import org.precis.federation.wire.RoundRequestCodec;
import org.precis.survival.data.SurvivalTable;
import org.precis.testing.SampleData;

/** What a site answers to each task, and what its audit log says about it. */
class SiteTasksTest {
    @TempDir
    Path folder;

    private AuditLog audit;
    private SiteTasks tasks;
    private final Nonces nonces = new Nonces(new SecureRandom());
    private final RoundRequestCodec codec = new RoundRequestCodec();

    /** An algorithm whose site vector is not a number: what a broken or hostile update looks like. */
    private static final class NotANumber implements FederatedAlgorithm {
        @Override
        public String name() {
            return "not-a-number";
        }

        @Override
        public RoundRequest start(StudyParameters parameters) {
            return new RoundRequest(parameters.studyId(), 0, name(), parameters.parameters(), 2);
        }

        @Override
        public LocalAggregate compute(RoundRequest request, SurvivalTable siteTable, DisclosureRules rules) {
            return new LocalAggregate(new double[] {siteTable.rowCount(), Double.NaN});
        }

        @Override
        public RoundOutcome aggregate(RoundRequest request, SecureSum sum) {
            return new RoundOutcome.Failed("unused");
        }
    }

    @BeforeEach
    void open() throws Exception {
        // the NCCTG lung table (R's survival::lung) plays this site's table
        SurvivalTable table = SurvivalTable.readCsv(SampleData.path("samples/clinical/survival_lung.csv"));
        audit = AuditLog.open(folder.resolve("audit.log"), Clock.systemUTC());
        SitePolicy policy = new SitePolicy(
                Set.of("cox-stratified", "not-a-number"),
                Set.of("time", "status", "age", "sex", "ph.ecog"),
                Set.of("alice"),
                10);
        KnownAlgorithms algorithms =
                new KnownAlgorithms(List.of(new org.precis.federation.algorithm.CoxStratified(), new NotANumber()));
        tasks = new SiteTasks(
                "lung-a", policy, table, algorithms, new BonawitzParticipants(new SecureRandom()), audit, nonces);
    }

    @AfterEach
    void close() throws Exception {
        audit.close();
    }

    private CoordinatorMessage task(
            RoundRequest request, String researcher, List<String> sites, int threshold, ByteString nonce) {
        return CoordinatorMessage.newBuilder()
                .setTask(Task.newBuilder()
                        .setKey(RoundKey.newBuilder()
                                .setStudyId(request.studyId())
                                .setRound(request.round())
                                .setAttempt(1))
                        .setRoundRequestJson(ByteString.copyFrom(codec.toJson(request)))
                        .setResearcher(researcher)
                        .addAllSites(sites)
                        .setThreshold(threshold)
                        .setNonce(nonce))
                .build();
    }

    private RoundRequest cox(String studyId) {
        return new org.precis.federation.algorithm.CoxStratified()
                .start(new StudyParameters(studyId, "cox-stratified", lungCox()));
    }

    /** Cox on age, sex and ph.ecog; status 2 = dead. */
    private static com.fasterxml.jackson.databind.node.ObjectNode lungCox() {
        com.fasterxml.jackson.databind.node.ObjectNode p = JsonNodeFactory.instance.objectNode();
        p.put("time", "time").put("event", "status").put("event_value", 2);
        p.putArray("covariates").add("age").add("sex").add("ph.ecog");
        return p;
    }

    private String refusal(CoordinatorMessage message) throws Exception {
        Optional<SiteMessage> answer = tasks.handle(message);
        assertThat(answer).isPresent();
        assertThat(answer.get().hasRefusal()).as(answer.get().toString()).isTrue();
        return answer.get().getRefusal().getReason();
    }

    @Test
    void anAllowedTaskIsAuditedAndAnsweredWithKeysOnly() throws Exception {
        SiteMessage answer = tasks.handle(task(cox("ok"), "alice", List.of("lung-a", "lung-b"), 2, nonces.next()))
                .orElseThrow();
        assertThat(answer.getStep().getPhase()).isEqualTo(Phase.ADVERTISE_KEYS);
        assertThat(Files.readString(audit.file())).contains("request-received").doesNotContain("values-released");
    }

    @Test
    void aMalformedRosterEndsTheRoundAtThisSiteWithARefusal() throws Exception {
        CoordinatorMessage task = task(cox("roster"), "alice", List.of("lung-a", "lung-b"), 2, nonces.next());
        tasks.handle(task);
        CoordinatorMessage roster = CoordinatorMessage.newBuilder()
                .setStep(SecAggStep.newBuilder()
                        .setKey(task.getTask().getKey())
                        .setPhase(Phase.ROSTER)
                        .addPayload(ByteString.copyFromUtf8("garbage"))
                        .setNonce(nonces.next()))
                .build();
        assertThat(refusal(roster)).startsWith("ROSTER refused: ");
        assertThat(Files.readString(audit.file())).doesNotContain("values-released");
    }

    @Test
    void aVectorWithNaNIsNeverReleased() throws Exception {
        RoundRequest request = new RoundRequest("nan", 0, "not-a-number", JsonNodeFactory.instance.objectNode(), 2);
        assertThat(refusal(task(request, "alice", List.of("lung-a", "lung-b"), 2, nonces.next())))
                .contains("aggregate value 1 is not finite: NaN");
        assertThat(Files.readString(audit.file())).contains("request-refused").doesNotContain("values-released");
    }

    @Test
    void tasksThePolicyOrTheProtocolDoesNotAllowAreRefusedWithTheirReason() throws Exception {
        assertThat(refusal(task(cox("who"), "mallory", List.of("lung-a", "lung-b"), 2, nonces.next())))
                .contains("researcher 'mallory' is not allowed");
        com.fasterxml.jackson.databind.node.ObjectNode withWeight = lungCox();
        withWeight.putArray("covariates").add("age").add("wt.loss");
        RoundRequest weight = new org.precis.federation.algorithm.CoxStratified()
                .start(new StudyParameters("cols", "cox-stratified", withWeight));
        assertThat(refusal(task(weight, "alice", List.of("lung-a", "lung-b"), 2, nonces.next())))
                .contains("column wt.loss not allowed");
        assertThat(refusal(task(cox("alone"), "alice", List.of("lung-a", "lung-b"), 1, nonces.next())))
                .contains("threshold 1 is not between 2 and the 2 sites");
        assertThat(refusal(task(cox("elsewhere"), "alice", List.of("lung-b", "lung-c"), 2, nonces.next())))
                .contains("this site (lung-a) is not among the task's sites");
        ByteString nonce = nonces.next();
        tasks.handle(task(cox("twice"), "alice", List.of("lung-a", "lung-b"), 2, nonce));
        assertThat(refusal(task(cox("twice-again"), "alice", List.of("lung-a", "lung-b"), 2, nonce)))
                .isEqualTo("replayed nonce");
        CoordinatorMessage malformed =
                task(cox("bad"), "alice", List.of("lung-a", "lung-b"), 2, nonces.next()).toBuilder()
                        .setTask(
                                task(cox("bad"), "alice", List.of("lung-a", "lung-b"), 2, nonces.next())
                                        .getTask()
                                        .toBuilder()
                                        .setRoundRequestJson(ByteString.copyFromUtf8("{\"study\": 3")))
                        .build();
        assertThat(refusal(malformed)).startsWith("malformed round request JSON");
        CoordinatorMessage stray = CoordinatorMessage.newBuilder()
                .setStep(SecAggStep.newBuilder()
                        .setKey(RoundKey.newBuilder()
                                .setStudyId("nothing")
                                .setRound(0)
                                .setAttempt(1))
                        .setPhase(Phase.ROSTER)
                        .addPayload(ByteString.copyFromUtf8("x"))
                        .setNonce(nonces.next()))
                .build();
        assertThat(refusal(stray)).isEqualTo("no task for this round attempt is open at this site");
        assertThat(Files.readString(audit.file())).doesNotContain("values-released");
    }
}
