package org.precis.demo.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.precis.demo.federation.DemoFolder;
import org.precis.demo.federation.InProcessCollaboration;
import org.precis.embed.Encoders;
import org.precis.embed.OnnxEncoderOptions;
import org.precis.embed.patches.LabelledPatches;
import org.precis.embed.patches.PatchEncoding;
import org.precis.embed.patches.PatchSet;
import org.precis.embed.patches.StainNormalisation;
import org.precis.embed.patches.ViewSet;
import org.precis.federation.algorithm.DisclosureRules;
import org.precis.federation.drift.DriftSettings;
import org.precis.federation.drift.FederatedDrift;
import org.precis.federation.drift.SiteDrift;
import org.precis.federation.study.StudySpec;
import org.precis.federation.training.FederatedHeads;
import org.precis.learn.drift.DriftAnalysis;
import org.precis.learn.drift.DriftReport;
import org.precis.learn.drift.ShiftSummary;
import org.precis.learn.linear.MultinomialLogisticRegression;
import org.precis.learn.linear.SoftmaxModel;
import org.precis.learn.metrics.ReliabilityBin;
import org.precis.testing.SampleData;

/**
 * Drift on the LC25000 lung patches: a logistic head trained on every patch as scanned, measured
 * on the same images Reinhard-normalised (a new stain), and the federated {@code drift} study of
 * that head over three site nodes on loopback holding the as-scanned patches split non-IID, each
 * site's released figures against the same figures computed on its rows here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DriftProcessTest {
    private static final List<String> SITES = List.of("site-a", "site-b", "site-c");

    private PatchSet scanned;
    private PatchSet reinhard;
    private SoftmaxModel head;
    private SiteSplit split;
    private ObjectNode study;
    private JsonNode result;

    @BeforeAll
    void measure(@TempDir Path shared) throws Exception {
        scanned = LungPatchEmbedding.embedded(
                SampleData.root(), LungPatchEmbedding.Recipe.IDENTITY, shared.resolve("lung.h5"), 2, done -> {});
        reinhard = reinhardNormalised();
        head = new MultinomialLogisticRegression(1e-3).fit(rows(scanned), scanned.classIndex(), 3);
        split = SiteSplit.nonIid(scanned, 7);
        ObjectNode training = FederatedTrainingDemo.parameters(scanned);
        study = training.objectNode();
        for (String field : List.of("classes", "recipe", "dimension", "seed")) {
            study.set(field, training.get(field).deepCopy());
        }
        study.set("model", FederatedHeads.head(head));
        study.put("bootstrap_replicates", 200);
        try (InProcessCollaboration collaboration =
                InProcessCollaboration.ofPatches(shared.resolve("work"), split.sites())) {
            result = collaboration.finish(
                    new StudySpec("drift", FederatedDrift.NAME, study, SITES, DemoFolder.RESEARCHER, 3));
        }
    }

    /** Each patch once, Reinhard-normalised to the set's own target. */
    private static PatchSet reinhardNormalised() throws Exception {
        Path folder = LungPatchEmbedding.folder(SampleData.root());
        LabelledPatches patches = LabelledPatches.read(folder, folder.resolve("labels.csv"));
        Encoders encoders = new Encoders(SampleData.root());
        try (PatchEncoding encoding = PatchEncoding.open(
                encoders, encoders.descriptor(LungPatchEmbedding.ENCODER), new OnnxEncoderOptions(2, 32), 2)) {
            return encoding.embedder()
                    .embed(
                            patches,
                            ViewSet.IDENTITY,
                            List.of(1.0),
                            List.of(StainNormalisation.REINHARD),
                            LungPatchEmbedding.SOFTWARE_VERSION,
                            done -> {});
        }
    }

    private static double[][] rows(PatchSet set) {
        double[][] rows = new double[set.count()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = set.feature(i);
        }
        return rows;
    }

    /**
     * The same images Reinhard-normalised drift clearly beyond the no-drift baseline, while the
     * training patches themselves show none. Measured (555 patches, seed 11): mean |z| 0.105
     * against the baseline's 0.063, 95th percentile 0.285 against 0.155, share of features above
     * 0.25 0.067 against 0.0086; accuracy 1.0 to 0.978 and ECE 0.0008 to 0.011 (95% CI 0.0066 to
     * 0.024). LC25000's tiles are already alike in colour, so a new stain moves them only mildly.
     */
    @Test
    void aNewStainDriftsClearlyBeyondTheNoDriftBaseline() {
        DriftAnalysis analysis = new DriftAnalysis(200, 11);
        DriftReport same = analysis.analyse(scanned.classNames(), head, Map.of(), rows(scanned), scanned.classIndex());
        DriftReport stained =
                analysis.analyse(reinhard.classNames(), head, Map.of(), rows(reinhard), reinhard.classIndex());
        ShiftSummary shift = stained.embedding().orElseThrow().summary();
        ShiftSummary baseline = stained.embedding().orElseThrow().noDriftBaseline();
        System.out.println("drift, Reinhard against as scanned: " + shift + "\n  no-drift baseline: " + baseline
                + "\n  calibration: accuracy " + stained.calibration().accuracy() + " ECE "
                + stained.calibration().expectedCalibrationError() + "; as scanned: accuracy "
                + same.calibration().accuracy().value() + " ECE "
                + same.calibration().expectedCalibrationError().value());
        assertThat(same.embedding().orElseThrow().summary().meanAbsZ()).isZero();
        assertThat(shift.meanAbsZ()).isGreaterThan(1.4 * baseline.meanAbsZ());
        assertThat(shift.p95AbsZ()).isGreaterThan(1.5 * baseline.p95AbsZ());
        assertThat(shift.shareAbsZAbove025()).isGreaterThan(4 * baseline.shareAbsZAbove025());
        assertThat(stained.calibration().expectedCalibrationError().ci().lower())
                .isGreaterThan(same.calibration().expectedCalibrationError().value());
    }

    /** Each site's figures after masking and the secure sum, against the same computation on its rows here. */
    @Test
    void eachSitesReleasedFiguresAreItsLocalFigures() {
        DriftSettings settings = DriftSettings.read(FederatedDrift.NAME, study);
        System.out.println("drift study: " + result.get("sites"));
        assertThat(result.get("absent_sites")).isEmpty();
        double worst = 0;
        int compared = 0;
        for (String site : SITES) {
            SiteDrift local = FederatedDrift.local(site, split.sites().get(site), settings, DisclosureRules.defaults());
            JsonNode released = result.get("sites").get(site);
            assertThat(released.get("n").asInt()).isEqualTo(local.n());
            assertThat(released.get("n").asInt())
                    .isEqualTo(split.sites().get(site).count());
            JsonNode summary = released.get("embedding").get("summary");
            JsonNode calibration = released.get("calibration");
            ShiftSummary shift = local.shift().orElseThrow();
            assertThat(summary.get("max_abs_z_feature").asInt()).isEqualTo(shift.maxAbsZFeature());
            List<double[]> pairs = new ArrayList<>();
            pairs.add(new double[] {shift.meanAbsZ(), summary.get("mean_abs_z").asDouble()});
            pairs.add(new double[] {shift.p95AbsZ(), summary.get("p95_abs_z").asDouble()});
            pairs.add(new double[] {
                shift.sdRatioMedian(), summary.get("sd_ratio_median").asDouble()
            });
            pairs.add(new double[] {
                shift.meanSquaredNorm(), summary.get("mean_squared_norm").asDouble()
            });
            pairs.add(new double[] {
                local.noDriftBaseline().orElseThrow().meanAbsZ(),
                released.get("embedding")
                        .get("no_drift_baseline")
                        .get("mean_abs_z")
                        .asDouble()
            });
            pairs.add(new double[] {
                local.accuracy().value(),
                calibration.get("accuracy").get("value").asDouble()
            });
            pairs.add(new double[] {
                local.logLoss().value(),
                calibration.get("log_loss").get("value").asDouble()
            });
            pairs.add(new double[] {
                local.expectedCalibrationError().value(),
                calibration.get("expected_calibration_error").get("value").asDouble()
            });
            pairs.add(new double[] {
                local.expectedCalibrationError().ci().upper(),
                calibration.get("expected_calibration_error").get("ci").get(1).asDouble()
            });
            assertThat(calibration.get("reliability"))
                    .hasSize(local.reliability().size());
            int total = 0;
            for (int b = 0; b < local.reliability().size(); b++) {
                ReliabilityBin bin = local.reliability().get(b);
                JsonNode releasedBin = calibration.get("reliability").get(b);
                assertThat(releasedBin.get("count").asInt())
                        .isEqualTo(bin.count())
                        .isGreaterThanOrEqualTo(10);
                total += bin.count();
                pairs.add(new double[] {
                    bin.accuracy(), releasedBin.get("accuracy").asDouble()
                });
                pairs.add(new double[] {
                    bin.meanConfidence(), releasedBin.get("mean_confidence").asDouble()
                });
            }
            assertThat(total).isEqualTo(local.n());
            for (double[] pair : pairs) {
                double error = new BigDecimal(pair[0])
                        .subtract(new BigDecimal(pair[1]))
                        .abs()
                        .doubleValue();
                // bound: half of 2^-60 from the encoding, one rounding of the decoded sum
                assertThat(error).isLessThanOrEqualTo(Math.scalb(1.0, -61) + Math.ulp(pair[0]) / 2);
                worst = Math.max(worst, error);
                compared++;
            }
        }
        System.out.println("drift on LC25000: worst |released - local| over " + compared + " figures: " + worst);
    }
}
