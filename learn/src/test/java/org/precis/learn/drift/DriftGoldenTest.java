package org.precis.learn.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.precis.learn.linear.SoftmaxModel;
import org.precis.learn.linear.Standardisation;
import org.precis.learn.metrics.ReliabilityBin;

/**
 * The drift figures of a small made-up site against numpy's ({@code
 * src/test/fixtures/drift/make_reference.py} writes the fixture and the reference). Measured
 * largest difference: 4.4e-16 over every figure; asserted within 1e-13.
 */
class DriftGoldenTest {
    private static final Path FOLDER = Path.of("src/test/fixtures/drift");
    private static final double TOLERANCE = 1e-13;

    @Test
    void figuresAgreeWithNumpy() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode fixture = mapper.readTree(FOLDER.resolve("fixture.json").toFile());
        JsonNode reference = mapper.readTree(FOLDER.resolve("reference.json").toFile());
        double[][] weights = mapper.treeToValue(fixture.get("weights"), double[][].class);
        SoftmaxModel head = new SoftmaxModel(
                new Standardisation(
                        mapper.treeToValue(fixture.get("mean"), double[].class),
                        mapper.treeToValue(fixture.get("scale"), double[].class)),
                weights,
                mapper.treeToValue(fixture.get("intercepts"), double[].class));
        double[][] rows = mapper.treeToValue(fixture.get("rows"), double[][].class);
        int[] truth = mapper.treeToValue(fixture.get("truth"), int[].class);

        DriftReport report = new DriftAnalysis(100, 1).analyse(List.of("a", "b", "c"), head, Map.of(), rows, truth);

        Worst worst = new Worst();
        EmbeddingDrift embedding = report.embedding().orElseThrow();
        worst.compare(embedding.site().z(), reference.get("z"));
        worst.compare(embedding.site().sdRatio(), reference.get("sd_ratio"));
        JsonNode summary = reference.get("summary");
        ShiftSummary s = embedding.summary();
        worst.compare(s.meanAbsZ(), summary.get("mean_abs_z"));
        worst.compare(s.p95AbsZ(), summary.get("p95_abs_z"));
        worst.compare(s.maxAbsZ(), summary.get("max_abs_z"));
        assertThat(s.maxAbsZFeature())
                .isEqualTo(summary.get("max_abs_z_feature").asInt());
        worst.compare(s.shareAbsZAbove025(), summary.get("share_abs_z_above025"));
        worst.compare(s.shareAbsZAbove050(), summary.get("share_abs_z_above050"));
        worst.compare(s.sdRatioMedian(), summary.get("sd_ratio_median"));
        worst.compare(s.sdRatioP05(), summary.get("sd_ratio_p05"));
        worst.compare(s.sdRatioP95(), summary.get("sd_ratio_p95"));
        worst.compare(s.meanSquaredNorm(), summary.get("mean_squared_norm"));

        CalibrationDrift calibration = report.calibration();
        worst.compare(calibration.accuracy().value(), reference.get("accuracy"));
        worst.compare(calibration.logLoss().value(), reference.get("log_loss"));
        worst.compare(calibration.brier().value(), reference.get("brier"));
        worst.compare(calibration.expectedCalibrationError().value(), reference.get("expected_calibration_error"));
        worst.compare(calibration.classwiseEce(), reference.get("classwise_ece"));
        List<ReliabilityBin> bins = calibration.reliability().bins();
        JsonNode table = reference.get("reliability");
        assertThat(bins).hasSize(table.size());
        for (int b = 0; b < bins.size(); b++) {
            JsonNode expected = table.get(b);
            assertThat(bins.get(b).count()).isEqualTo(expected.get("count").asInt());
            worst.compare(bins.get(b).lower(), expected.get("lower"));
            worst.compare(bins.get(b).upper(), expected.get("upper"));
            worst.compare(bins.get(b).meanConfidence(), expected.get("mean_confidence"));
            worst.compare(bins.get(b).accuracy(), expected.get("accuracy"));
        }
        System.out.println("drift golden: worst |java - numpy| " + worst.largest);
        assertThat(worst.largest).isLessThanOrEqualTo(TOLERANCE);
    }

    private static final class Worst {
        double largest;

        void compare(double actual, JsonNode expected) {
            assertThat(actual).isCloseTo(expected.asDouble(), within(TOLERANCE));
            largest = Math.max(largest, Math.abs(actual - expected.asDouble()));
        }

        void compare(double[] actual, JsonNode expected) {
            assertThat(actual).hasSize(expected.size());
            for (int i = 0; i < actual.length; i++) {
                compare(actual[i], expected.get(i));
            }
        }
    }
}
