package org.precis.demo.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.ByteString;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.precis.demo.cohort.DemoCohorts;
import org.precis.demo.cohort.DemoStudy;
import org.precis.demo.cohort.PooledReference;
import org.precis.demo.cohort.ResultDifference;
import org.precis.federation.node.BonawitzParticipants;
import org.precis.federation.node.MaskingParticipant;
import org.precis.federation.pki.CertificateRequest;
import org.precis.federation.pki.CertificateVerifier;
import org.precis.federation.pki.CollaborationCa;
import org.precis.federation.pki.Credentials;
import org.precis.federation.pki.Role;
import org.precis.federation.proto.CoordinatorMessage;
import org.precis.federation.proto.Phase;
import org.precis.federation.proto.SecAggStep;
import org.precis.federation.proto.SiteMessage;
import org.precis.federation.proto.StudyState;
import org.precis.federation.proto.StudyStatus;
import org.precis.federation.proto.Task;
import org.precis.federation.researcher.ResearcherClient;
import org.precis.federation.study.StudySpec;
import org.precis.federation.tls.MutualTls;
import org.precis.federation.tls.TlsFiles;
import org.precis.federation.wire.Nonces;
import org.precis.federation.wire.RoundRequestCodec;
import org.precis.federation.wire.RoundSessions;
import org.precis.survival.data.SurvivalTable;
import org.precis.testing.SampleData;

/**
 * Bad input and bad peers, over real loopback connections with mutual TLS: each is refused with a
 * reason, and nothing is released because of it. lung-a and lung-b are real site nodes; lung-c is
 * played by the test with lung-c's own certificate. The tests share one collaboration, started before
 * them; each runs its own studies and peers, none relies on what another did.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefusalsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.systemUTC();
    private static final SecureRandom RANDOM = new SecureRandom();
    private Path root;
    private Map<String, SurvivalTable> lung;
    private InProcessCollaboration collaboration;
    private CollaborationCa ca;
    private CertificateVerifier verifier;
    private long startedMillis;

    @BeforeAll
    void start(@TempDir Path root) throws Exception {
        this.root = root;
        lung = new DemoCohorts(SampleData.path("samples/clinical")).lungSites();
        Map<String, SurvivalTable> sites = new java.util.LinkedHashMap<>(lung);
        sites.put("lung-d", lung.get("lung-c"));
        DemoFolder folder =
                DemoFolder.create(root.resolve("collaboration"), sites, Map.of("lung-d", 1000), CLOCK, RANDOM);
        ca = CollaborationCa.load(folder.caFolder());
        // revoke a site certificate before the coordinator reads the revocation list
        Credentials revoked = ca.issue(CertificateRequest.of("lung-revoked", Role.SITE, List.of()), CLOCK, RANDOM);
        revoked.write(root.resolve("revoked"), "lung-revoked");
        ca.revoke(revoked.certificate(), CLOCK);
        Files.copy(
                ca.revocationFile(),
                folder.coordinatorConfig().resolveSibling("revoked.crl"),
                StandardCopyOption.REPLACE_EXISTING);
        verifier = CertificateVerifier.load(
                ca.folder().resolve(CollaborationCa.CERTIFICATE_FILE), ca.revocationFile(), CLOCK);
        collaboration = new InProcessCollaboration(folder, List.of("lung-a", "lung-b", "lung-d"));
        startedMillis = System.currentTimeMillis(); // the coordinator is at least this old
    }

    @AfterAll
    void stop() throws Exception {
        collaboration.close();
    }

    @Test
    void aQueryBelowASitesMinimumCellCountIsRefusedAndNothingIsReleased() throws Exception {
        try (ResearcherClient researcher = collaboration.researcher()) {
            StudyStatus status = run(researcher, "small-cells", List.of("lung-a", "lung-d"));
            assertThat(status.getState()).isEqualTo(StudyState.FAILED);
            assertThat(status.getFailure()).contains("site lung-d refused").contains("minimum cell count");
        }
        for (String site : List.of("lung-a", "lung-d")) {
            String audit =
                    Files.readString(collaboration.folder.siteFolder(site).resolve("audit.log"));
            assertThat(audit).contains("\"study\":\"small-cells\"").doesNotContain("values-released");
        }
        assertThat(Files.readString(collaboration.folder.siteFolder("lung-d").resolve("audit.log")))
                .contains("request-refused")
                .contains("minimum cell count");
    }

    @Test
    void aStudyNamingAnUnknownSiteOrAlgorithmIsRefusedAtSubmission() throws Exception {
        try (ResearcherClient researcher = collaboration.researcher()) {
            StudySpec cox = spec("bad-algorithm", List.of("lung-a", "lung-b"), DemoFolder.RESEARCHER);
            StudySpec unknownAlgorithm =
                    new StudySpec(cox.studyId(), "coxx", cox.parameters(), cox.sites(), cox.researcher(), 2);
            assertThatThrownBy(() -> researcher.submit(unknownAlgorithm))
                    .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                        assertThat(e.getStatus().getDescription())
                                .isEqualTo("unknown algorithm 'coxx'; known are "
                                        + org.precis.federation.algorithm.FederatedAlgorithms.names());
                    });
            // once the coordinator has been up a whole connect wait (10 s here), every running site has connected
            long up = System.currentTimeMillis() - startedMillis;
            if (up < 11_000) {
                Thread.sleep(11_000 - up);
            }
            long before = System.nanoTime();
            assertThatThrownBy(() ->
                            researcher.submit(spec("typo-site", List.of("lung-a", "lung-typo"), DemoFolder.RESEARCHER)))
                    .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                        assertThat(e.getStatus().getDescription())
                                .startsWith("unknown site(s) [lung-typo]: never connected to "
                                        + "this coordinator; the sites that have are [")
                                .contains("lung-a");
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void aResearcherNotNamedInTheStudyIsRefused() throws Exception {
        Path mallory = root.resolve("mallory");
        ca.issue(CertificateRequest.of("mallory", Role.RESEARCHER, List.of()), CLOCK, RANDOM)
                .write(mallory, "mallory");
        try (ResearcherClient client = client(mallory, "mallory")) {
            assertThatThrownBy(() ->
                            client.submit(spec("mallory-study", List.of("lung-a", "lung-b"), DemoFolder.RESEARCHER)))
                    .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
                        assertThat(e.getStatus().getDescription()).contains("'mallory' is not the researcher named");
                    });
            // naming herself, she passes the coordinator but no site's policy lists her
            client.submit(spec("mallory-own", List.of("lung-a", "lung-b"), "mallory"));
            StudyStatus status = client.awaitEnd("mallory-own", Duration.ofMillis(20), Duration.ofSeconds(30));
            assertThat(status.getState()).isEqualTo(StudyState.FAILED);
            assertThat(status.getFailure()).contains("researcher 'mallory' is not allowed to run studies");
        }
        try (ResearcherClient researcher = collaboration.researcher()) {
            // and the study's researcher does not learn of, or read, another's study
            assertThatThrownBy(() -> researcher.status("mallory-own"))
                    .isInstanceOfSatisfying(
                            StatusRuntimeException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
        }
    }

    @Test
    void clientsWithoutACurrentCertificateOfTheCollaborationAreRefusedAtTheHandshake() throws Exception {
        Path expired = root.resolve("expired");
        Clock longAgo = Clock.fixed(Instant.now().minus(Duration.ofDays(30)), ZoneOffset.UTC);
        ca.issue(
                        new CertificateRequest("old-researcher", Role.RESEARCHER, List.of(), Duration.ofDays(1)),
                        longAgo,
                        RANDOM)
                .write(expired, "old-researcher");
        Path stranger = root.resolve("stranger");
        CollaborationCa other = CollaborationCa.init(
                root.resolve("other-ca"), "another collaboration", CollaborationCa.DEFAULT_VALIDITY, CLOCK, RANDOM);
        other.issue(CertificateRequest.of(DemoFolder.RESEARCHER, Role.RESEARCHER, List.of()), CLOCK, RANDOM)
                .write(stranger, DemoFolder.RESEARCHER);
        for (Path holder : List.of(expired, stranger)) {
            String name = holder.equals(expired) ? "old-researcher" : DemoFolder.RESEARCHER;
            Credentials credentials = Credentials.load(
                    holder.resolve(name + Credentials.KEY_SUFFIX), holder.resolve(name + Credentials.CHAIN_SUFFIX));
            try (RogueSite caller = new RogueSite(collaboration.coordinator.port(), credentials, verifier)) {
                Throwable ended = caller.ended.poll(30, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(ended).as(name).isInstanceOf(StatusRuntimeException.class);
                assertThat(((StatusRuntimeException) ended).getStatus().getCode())
                        .isEqualTo(Status.Code.UNAVAILABLE);
            }
        }
        Credentials revoked = Credentials.load(
                root.resolve("revoked").resolve("lung-revoked" + Credentials.KEY_SUFFIX),
                root.resolve("revoked").resolve("lung-revoked" + Credentials.CHAIN_SUFFIX));
        try (RogueSite site = new RogueSite(collaboration.coordinator.port(), revoked, verifier)) {
            Throwable ended = site.ended.poll(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(((StatusRuntimeException) ended).getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
            assertThat(site.received).isEmpty();
        }
        // no TLS at all, and TLS without a client certificate
        io.grpc.ManagedChannel plain = io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder.forAddress(
                        "localhost", collaboration.coordinator.port())
                .usePlaintext()
                .build();
        io.grpc.ManagedChannel anonymous = io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder.forAddress(
                        "localhost",
                        collaboration.coordinator.port(),
                        io.grpc.TlsChannelCredentials.newBuilder()
                                .trustManager(verifier.trustManager())
                                .build())
                .build();
        try {
            for (io.grpc.ManagedChannel channel : List.of(plain, anonymous)) {
                assertThatThrownBy(() -> org.precis.federation.proto.StudiesGrpc.newBlockingStub(channel)
                                .withDeadlineAfter(30, java.util.concurrent.TimeUnit.SECONDS)
                                .status(org.precis.federation.proto.StudyQuery.newBuilder()
                                        .setStudyId("small-cells")
                                        .build()))
                        .isInstanceOfSatisfying(
                                StatusRuntimeException.class,
                                e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE));
            }
        } finally {
            plain.shutdownNow();
            anonymous.shutdownNow();
        }
        // a site certificate does not make a researcher
        Path lungA = collaboration.folder.siteFolder("lung-a");
        try (ResearcherClient asSite = new ResearcherClient(
                "localhost",
                collaboration.coordinator.port(),
                MutualTls.load(
                        new TlsFiles(
                                lungA.resolve("lung-a.key"),
                                lungA.resolve("lung-a.crt"),
                                lungA.resolve("ca.crt"),
                                lungA.resolve("revoked.crl")),
                        CLOCK),
                CLOCK)) {
            assertThatThrownBy(
                            () -> asSite.submit(spec("site-study", List.of("lung-a", "lung-b"), DemoFolder.RESEARCHER)))
                    .isInstanceOfSatisfying(
                            StatusRuntimeException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
        }
    }

    @Test
    void malformedReplayedWrongSizedAndOversizedMessagesAreRefusedAndTheRoundGoesOnWithoutThem() throws Exception {
        Path lungC = collaboration.folder.siteFolder("lung-c");
        Credentials credentials = Credentials.load(lungC.resolve("lung-c.key"), lungC.resolve("lung-c.crt"));
        List<String> sites = List.of("lung-a", "lung-b", "lung-c");
        Map<String, SurvivalTable> honest = new java.util.LinkedHashMap<>(lung);
        honest.remove("lung-c");
        Nonces nonces = new Nonces(RANDOM);
        try (ResearcherClient researcher = collaboration.researcher();
                RogueSite rogue = new RogueSite(collaboration.coordinator.port(), credentials, verifier)) {
            rogue.next(CoordinatorMessage.BodyCase.WELCOME);

            // 1. undecodable keys
            researcher.submit(spec("rogue-malformed", sites, DemoFolder.RESEARCHER));
            Task task = rogue.next(CoordinatorMessage.BodyCase.TASK).getTask();
            rogue.send(step(
                    task, Phase.ADVERTISE_KEYS, "not secure aggregation".getBytes(StandardCharsets.UTF_8), nonces));
            assertFinishedOverHonestSites(researcher, "rogue-malformed", honest);
            assertRefused("lung-c", "undecodable ADVERTISE_KEYS");

            // 2. a replayed message, then a masked input one value too long
            researcher.submit(spec("rogue-replay", sites, DemoFolder.RESEARCHER));
            task = rogue.next(CoordinatorMessage.BodyCase.TASK).getTask();
            int length = new RoundRequestCodec()
                    .fromJson(task.getRoundRequestJson().toByteArray())
                    .vectorLength();
            MaskingParticipant masking = new BonawitzParticipants(RANDOM)
                    .open(RoundSessions.of(task.getKey()), "lung-c", task.getThreshold(), length + 1);
            SiteMessage advertise = step(task, Phase.ADVERTISE_KEYS, masking.advertiseKeys(), nonces);
            rogue.send(advertise);
            rogue.send(advertise);
            byte[] roster = rogue.next(CoordinatorMessage.BodyCase.STEP)
                    .getStep()
                    .getPayload(0)
                    .toByteArray();
            rogue.send(step(task, Phase.SHARE_KEYS, masking.shareKeys(roster), nonces));
            SecAggStep routed = rogue.next(CoordinatorMessage.BodyCase.STEP).getStep();
            assertThat(routed.getPhase()).isEqualTo(Phase.ROUTED_SHARES);
            List<byte[]> shares = routed.getPayloadList().stream()
                    .map(ByteString::toByteArray)
                    .toList();
            rogue.send(step(task, Phase.MASKED_INPUT, masking.maskedInput(shares, new double[length + 1]), nonces));
            assertFinishedOverHonestSites(researcher, "rogue-replay", honest);
            assertRefused("lung-c", "replayed nonce");
            assertRefused("lung-c", "masked input has " + (length + 1) + " values, the round's vector " + length);

            // 3. a message over the size limit: gRPC refuses it and ends the stream
            researcher.submit(spec("rogue-oversized", sites, DemoFolder.RESEARCHER));
            task = rogue.next(CoordinatorMessage.BodyCase.TASK).getTask();
            rogue.send(step(task, Phase.ADVERTISE_KEYS, new byte[5 << 20], nonces));
            assertFinishedOverHonestSites(researcher, "rogue-oversized", honest);
            Throwable ended = rogue.ended.poll(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(((StatusRuntimeException) ended).getStatus().getCode())
                    .isIn(Status.Code.RESOURCE_EXHAUSTED, Status.Code.CANCELLED, Status.Code.INTERNAL);
        }
    }

    @Test
    void aCertificateRevokedWhileItsStreamIsOpenIsRefusedFromItsNextMessageAndAtItsNextHandshake() throws Exception {
        Credentials site = ca.issue(CertificateRequest.of("lung-x", Role.SITE, List.of()), CLOCK, RANDOM);
        try (RogueSite open = new RogueSite(collaboration.coordinator.port(), site, verifier)) {
            open.next(CoordinatorMessage.BodyCase.WELCOME);
            ca.revoke(site.certificate(), CLOCK);
            // the operator hands the coordinator the new list; nothing is restarted
            Path coordinatorList = collaboration.folder.coordinatorConfig().resolveSibling("revoked.crl");
            Path staged = Files.copy(ca.revocationFile(), coordinatorList.resolveSibling("revoked.crl.new"));
            Files.move(staged, coordinatorList, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            open.send(SiteMessage.newBuilder()
                    .setHello(org.precis.federation.proto.Hello.getDefaultInstance())
                    .build());
            Throwable ended = open.ended.poll(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(((StatusRuntimeException) ended).getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
            assertRefused("lung-x", "certificate no longer admitted");
        }
        try (RogueSite again = new RogueSite(collaboration.coordinator.port(), site, verifier)) {
            Throwable ended = again.ended.poll(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(((StatusRuntimeException) ended).getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
        }
    }

    private void assertFinishedOverHonestSites(
            ResearcherClient researcher, String studyId, Map<String, SurvivalTable> honest) throws Exception {
        StudyStatus status = researcher.awaitEnd(studyId, Duration.ofMillis(20), Duration.ofSeconds(60));
        assertThat(status.getState()).as(status.getFailure()).isEqualTo(StudyState.FINISHED);
        assertThat(status.getSitesList()).containsExactly("lung-a", "lung-b");
        JsonNode federated = JSON.readTree(status.getResultJson().toByteArray());
        ResultDifference difference = ResultDifference.of(
                PooledReference.of(DemoStudy.LUNG_COX, honest), federated, List.of("sites", "grid"));
        assertThat(difference.max()).as(difference.where()).isLessThan(1e-8);
    }

    private void assertRefused(String site, String reason) {
        assertThat(collaboration.coordinator.refusals().recent()).anySatisfy(refusal -> {
            assertThat(refusal.peer()).isEqualTo(site);
            assertThat(refusal.reason()).contains(reason);
        });
    }

    private static SiteMessage step(Task task, Phase phase, byte[] payload, Nonces nonces) {
        return SiteMessage.newBuilder()
                .setStep(SecAggStep.newBuilder()
                        .setKey(task.getKey())
                        .setPhase(phase)
                        .addPayload(ByteString.copyFrom(payload))
                        .setNonce(nonces.next()))
                .build();
    }

    private static StudySpec spec(String id, List<String> sites, String researcher) {
        return new StudySpec(
                id,
                DemoStudy.LUNG_COX.algorithm(),
                DemoStudy.LUNG_COX.parameters().parameters(),
                sites,
                researcher,
                2);
    }

    private static StudyStatus run(ResearcherClient researcher, String id, List<String> sites) throws Exception {
        researcher.submit(spec(id, sites, DemoFolder.RESEARCHER));
        return researcher.awaitEnd(id, Duration.ofMillis(20), Duration.ofSeconds(60));
    }

    private ResearcherClient client(Path folder, String name) throws Exception {
        return new ResearcherClient(
                "localhost",
                collaboration.coordinator.port(),
                MutualTls.load(
                        new TlsFiles(
                                folder.resolve(name + Credentials.KEY_SUFFIX),
                                        folder.resolve(name + Credentials.CHAIN_SUFFIX),
                                ca.folder().resolve(CollaborationCa.CERTIFICATE_FILE), ca.revocationFile()),
                        CLOCK),
                CLOCK);
    }
}
