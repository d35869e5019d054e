package org.precis.demo.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precis.demo.federation.DemoFolder;
import org.precis.demo.federation.InProcessCollaboration;
import org.precis.embed.patches.PatchSet;
import org.precis.federation.improve.ContinuousImprovement;
import org.precis.federation.improve.ImprovementPlan;
import org.precis.federation.improve.ImprovementReport;
import org.precis.federation.improve.ModelDescription;
import org.precis.federation.researcher.ResearcherClient;
import org.precis.federation.study.StudySpec;
import org.precis.learn.linear.SoftmaxModel;
import org.precis.learn.patch.PatchClassifier;
import org.precis.learn.patch.PatchClassifiers;
import org.precis.store.Store;
import org.precis.store.StoreLocation;
import org.precis.store.models.ModelDetails;
import org.precis.store.models.ModelStatus;
import org.precis.store.models.ModelVersion;
import org.precis.store.users.Role;
import org.precis.store.users.User;
import org.precis.testing.SampleData;

/**
 * {@code federation improve} end to end on the LC25000 lung patches over three site nodes on
 * loopback: the sites first hold 85% of their patches and improve makes version 1 (from scratch,
 * judged against the accuracy bar); then they hold all of them and improve trains version 2 from
 * version 1, every site evaluates it against version 1, and the registry promotes it only if every
 * site says better. A study whose recipe differs from the production model's is refused before
 * anything is trained.
 */
class ContinuousImprovementProcessTest {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final String MODEL = "lung-patch-subtype";

    @TempDir
    Path folder;

    @Test
    void improveRegistersEvaluatesAndPromotesOnlyWhatEverySiteFindsBetter() throws Exception {
        PatchSet patches = LungPatchEmbedding.embedded(
                SampleData.root(), LungPatchEmbedding.Recipe.IDENTITY, folder.resolve("lung.h5"), 2, done -> {});
        SiteSplit later = SiteSplit.nonIid(patches, 7);
        SiteSplit earlier = later.earlier(0.85, 11);
        ObjectNode parameters = FederatedTrainingDemo.parameters(patches);
        try (Store store = Store.open(
                StoreLocation.embedded(Files.createDirectories(folder.resolve("precis-data"))),
                CLOCK,
                new SecureRandom())) {
            store.users().add("rita", Role.RESEARCHER);
            User rita = store.users().find("rita").orElseThrow();

            ImprovementReport first = improve(store, rita, earlier, parameters, "lung-v1", "first");
            assertThat(first.baseline()).isEmpty();
            ModelVersion v1 = first.candidate();
            assertThat(v1.version()).isEqualTo(1);
            assertThat(v1.parentVersion()).isEmpty();
            assertThat(v1.studyId()).contains("lung-v1");
            assertThat(v1.trainingData().sites())
                    .extracting(s -> s.site())
                    .containsExactly("site-a", "site-b", "site-c");
            assertThat(v1.trainingData().sites())
                    .allSatisfy(s -> assertThat(s.count()).isNull());
            ModelDetails shown = store.models().show(MODEL, 1);
            assertThat(shown.latestBySite()).hasSize(3);
            assertThat(first.decision().sites()).hasSize(3);
            // a first version is judged against the accuracy bar: these well-separated classes pass it
            assertThat(first.promoted()).isTrue();
            assertThat(store.models().production(MODEL).orElseThrow().version()).isEqualTo(1);

            ImprovementReport second = improve(store, rita, later, parameters, "lung-v2", "later");
            ModelVersion v2 = second.candidate();
            assertThat(v2.version()).isEqualTo(2);
            assertThat(v2.parentVersion()).contains(1);
            assertThat(second.baseline().orElseThrow().version()).isEqualTo(1);
            assertThat(second.evaluation().get("baseline_sha256").asText()).hasSize(64);
            // trained on from version 1: its standardisation kept
            SoftmaxModel one = (SoftmaxModel) classifier(store, 1).head();
            SoftmaxModel two = (SoftmaxModel) classifier(store, 2).head();
            assertThat(two.standardisation().mean())
                    .containsExactly(one.standardisation().mean());
            assertThat(two.standardisation().scale())
                    .containsExactly(one.standardisation().scale());
            boolean everySiteBetter =
                    second.decision().sites().values().stream().allMatch(v -> v.better());
            assertThat(second.decision().sites()).hasSize(3);
            assertThat(second.promoted()).isEqualTo(everySiteBetter);
            assertThat(store.models().show(MODEL, 2).latestBySite()).hasSize(3);
            assertThat(store.models().production(MODEL).orElseThrow().version()).isEqualTo(everySiteBetter ? 2 : 1);
            assertThat(v2.status()).isEqualTo(everySiteBetter ? ModelStatus.PRODUCTION : ModelStatus.CANDIDATE);

            // a study on another recipe than production's: refused before any study, nothing registered
            ObjectNode other = parameters.deepCopy();
            ((ObjectNode) other.get("recipe")).put("views", "dihedral8");
            assertThatThrownBy(() -> improve(store, rita, later, other, "lung-v3", "other"))
                    .hasMessageContaining("was trained on recipe");
            assertThat(store.models().versions(MODEL)).hasSize(2);
        }
    }

    private static PatchClassifier classifier(Store store, int version) throws Exception {
        return new PatchClassifiers().read(store.models().file(MODEL, version), "model " + MODEL + " v" + version);
    }

    private ImprovementReport improve(
            Store store, User actor, SiteSplit split, ObjectNode parameters, String studyId, String work)
            throws Exception {
        List<String> sites = List.copyOf(split.sites().keySet());
        try (InProcessCollaboration collaboration =
                        InProcessCollaboration.ofPatches(folder.resolve(work), split.sites());
                ResearcherClient researcher = collaboration.researcher()) {
            ContinuousImprovement improvement = new ContinuousImprovement(
                    researcher, store.models(), actor, CLOCK, Duration.ofSeconds(180), "test");
            return improvement.improve(new ImprovementPlan(
                    MODEL,
                    new StudySpec(studyId, "fedavg", parameters, sites, DemoFolder.RESEARCHER, 3),
                    0.2,
                    200,
                    0.02,
                    0.5,
                    new ModelDescription(
                            "lung patch subtype: adenocarcinoma, benign, squamous cell carcinoma",
                            "research use: heatmaps for a pathologist's review, not a diagnosis",
                            "Apache-2.0 (MobileNetV2 weights from google-coral test_data)")));
        }
    }
}
