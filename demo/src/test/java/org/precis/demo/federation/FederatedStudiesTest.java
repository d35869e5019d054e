package org.precis.demo.federation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
import org.precis.federation.proto.SecAggStep;
import org.precis.federation.proto.SiteMessage;
import org.precis.federation.proto.StudyState;
import org.precis.federation.proto.StudyStatus;
import org.precis.federation.researcher.ResearcherClient;
import org.precis.federation.secagg.AdvertiseKeys;
import org.precis.federation.secagg.FixedPoint;
import org.precis.federation.secagg.MaskedInput;
import org.precis.federation.secagg.ShareKeys;
import org.precis.federation.secagg.UnmaskingResponse;
import org.precis.federation.study.StudySpec;
import org.precis.survival.data.SurvivalTable;
import org.precis.testing.SampleData;

/**
 * The demo's four studies over real gRPC on loopback with mutual TLS: each equals the pooled answer,
 * and what the sites sent while they ran holds no row-level value. The studies run once, before
 * the tests, and each test reads their outcome (the statuses, and the messages the sites sent).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FederatedStudiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private Map<String, SurvivalTable> lung;
    private Map<String, SurvivalTable> breast;
    private InProcessCollaboration collaboration;
    private final Map<DemoStudy, StudyStatus> statuses = new EnumMap<>(DemoStudy.class);

    @BeforeAll
    void runTheFourStudies(@TempDir Path root) throws Exception {
        DemoCohorts cohorts = new DemoCohorts(SampleData.path("samples/clinical"));
        lung = cohorts.lungSites();
        breast = cohorts.breastSites();
        Map<String, SurvivalTable> all = new LinkedHashMap<>(lung);
        all.putAll(breast);
        collaboration = new InProcessCollaboration(root, all, Map.of());
        try (ResearcherClient researcher = collaboration.researcher()) {
            for (DemoStudy study : DemoStudy.values()) {
                List<String> names = List.copyOf(sites(study).keySet());
                researcher.submit(new StudySpec(
                        study.id(),
                        study.algorithm(),
                        study.parameters().parameters(),
                        names,
                        DemoFolder.RESEARCHER,
                        StudySpec.majorityOf(names.size())));
                statuses.put(study, researcher.awaitEnd(study.id(), Duration.ofMillis(20), Duration.ofSeconds(60)));
            }
        }
    }

    @AfterAll
    void stop() throws Exception {
        collaboration.close();
    }

    private Map<String, SurvivalTable> sites(DemoStudy study) {
        return study.cohort() == DemoStudy.Cohort.LUNG ? lung : breast;
    }

    @Test
    void theFourDemoStudiesEqualThePooledSingleMachineResults() throws Exception {
        for (DemoStudy study : DemoStudy.values()) {
            StudyStatus status = statuses.get(study);
            assertThat(status.getState()).as(status.getFailure()).isEqualTo(StudyState.FINISHED);
            JsonNode federated = JSON.readTree(status.getResultJson().toByteArray());
            ResultDifference difference =
                    ResultDifference.of(PooledReference.of(study, sites(study)), federated, List.of("sites", "grid"));
            System.out.println(study.id() + ": " + status.getRounds() + " rounds, " + status.getWallMillis()
                    + " ms, max relative difference " + difference.max() + " at " + difference.where());
            assertThat(difference.max()).as(difference.where()).isLessThan(1e-8);
            assertThat(status.getSitesList())
                    .containsExactlyElementsOf(sites(study).keySet());
        }
    }

    @Test
    void noSiteSentARowLevelValueOnlySecureAggregationMessagesWithItsVectorMasked() throws Exception {
        Map<String, SurvivalTable> all = new LinkedHashMap<>(lung);
        all.putAll(breast);
        for (Map.Entry<String, SurvivalTable> site : all.entrySet()) {
            List<SiteMessage> sent = collaboration.sent.get(site.getKey());
            SentMessageInspection inspection = new SentMessageInspection(site.getValue());
            assertThat(inspection.patternCount()).isGreaterThan(100);
            // the inspection finds a value when there is one to find
            double time = site.getValue().column("time").number(0).getAsDouble();
            byte[] leaked = java.nio.ByteBuffer.allocate(11)
                    .put((byte) 7)
                    .putDouble(time)
                    .put((byte) 1)
                    .put((byte) 2)
                    .array();
            assertThat(inspection.leakIn(SiteMessage.newBuilder()
                            .setStep(
                                    SecAggStep.newBuilder().addPayload(com.google.protobuf.ByteString.copyFrom(leaked)))
                            .build()))
                    .contains(Double.toString(time));
            assertThat(inspection.leakIn(SiteMessage.newBuilder()
                            .setStep(SecAggStep.newBuilder()
                                    .addPayload(com.google.protobuf.ByteString.copyFromUtf8("x" + time + "y")))
                            .build()))
                    .contains(Double.toString(time));
            List<double[]> released = SentMessageInspection.releasedVectors(
                    collaboration.folder.siteFolder(site.getKey()).resolve("audit.log"));
            int maskedInputs = 0;
            for (SiteMessage message : sent) {
                assertThat(inspection.leakIn(message))
                        .as(site.getKey() + " sent " + message.getBodyCase())
                        .isNull();
                assertThat(message.getBodyCase()).isIn(SiteMessage.BodyCase.HELLO, SiteMessage.BodyCase.STEP);
                if (message.hasStep()) {
                    SecAggStep step = message.getStep();
                    assertThat(step.getPayloadCount()).isEqualTo(1);
                    byte[] payload = step.getPayload(0).toByteArray();
                    String client = switch (step.getPhase()) {
                        case ADVERTISE_KEYS -> AdvertiseKeys.fromBytes(payload).clientId();
                        case SHARE_KEYS -> ShareKeys.fromBytes(payload).clientId();
                        case MASKED_INPUT -> {
                            MaskedInput masked = MaskedInput.fromBytes(payload);
                            long[] plain = FixedPoint.DEFAULT.encode(released.get(maskedInputs++));
                            assertThat(masked.words()).hasSameSizeAs(plain);
                            for (int i = 0; i < plain.length; i++) {
                                if (plain[i] != 0) {
                                    assertThat(masked.words()[i])
                                            .as("masked word " + i)
                                            .isNotEqualTo(plain[i]);
                                }
                            }
                            yield masked.clientId();
                        }
                        case UNMASKING_RESPONSE ->
                            UnmaskingResponse.fromBytes(payload).clientId();
                        default -> throw new AssertionError("a site sent " + step.getPhase());
                    };
                    assertThat(client).isEqualTo(site.getKey());
                }
            }
            assertThat(maskedInputs)
                    .as(site.getKey())
                    .isEqualTo(released.size())
                    .isGreaterThanOrEqualTo(2);
        }
    }
}
