package org.precis.learn.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.precis.learn.linear.MultinomialLogisticRegression;
import org.precis.learn.linear.SoftmaxModel;
import org.precis.learn.linear.Standardisation;
import org.precis.learn.metrics.ReliabilityBin;

/** Properties of the drift figures on made-up sites with known answers. */
class DriftPropertiesTest {
    private static final List<String> CLASSES = List.of("a", "b", "c");

    /** 300 rows of 12 features, class k lifted in feature k. */
    private static double[][] rows(int[] truth, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] rows = new double[truth.length][12];
        for (int i = 0; i < rows.length; i++) {
            truth[i] = random.nextInt(3);
            for (int j = 0; j < 12; j++) {
                rows[i][j] = 5 + (j + 1) * gaussian(random) + (j == truth[i] ? 2 : 0);
            }
        }
        return rows;
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    @Test
    void theTrainingRowsThemselvesShowNoShift() {
        int[] truth = new int[300];
        double[][] rows = rows(truth, 3);
        SoftmaxModel head = new MultinomialLogisticRegression(1e-2).fit(rows, truth, 3);
        assertThat(head.standardisation()).isEqualTo(Standardisation.fit(rows));

        DriftReport report = new DriftAnalysis(50, 1).analyse(CLASSES, head, Map.of(), rows, truth);

        EmbeddingDrift drift = report.embedding().orElseThrow();
        assertThat(drift.site().z()).containsOnly(0.0);
        assertThat(drift.site().sdRatio()).containsOnly(1.0);
        assertThat(drift.summary().meanAbsZ()).isZero();
        assertThat(drift.summary().shareAbsZAbove025()).isZero();
        // measured 1 - 1.1e-16
        assertThat(drift.summary().meanSquaredNorm()).isCloseTo(1.0, within(1e-12));
        // the baseline of 150 against 150 rows: mean |z| about 0.8 * sqrt(4 / 300) = 0.09
        assertThat(drift.noDriftBaseline().meanAbsZ()).isBetween(0.02, 0.2);
    }

    @Test
    void shiftingEveryFeatureByCScalesGivesMeanAbsoluteZOfC() {
        int[] truth = new int[300];
        double[][] rows = rows(truth, 4);
        SoftmaxModel head = new MultinomialLogisticRegression(1e-2).fit(rows, truth, 3);
        double[] scale = head.standardisation().scale();
        for (double c : new double[] {-1.5, 0.3, 0.75, 2.0}) {
            double[][] shifted = new double[rows.length][];
            for (int i = 0; i < rows.length; i++) {
                shifted[i] = rows[i].clone();
                for (int j = 0; j < scale.length; j++) {
                    shifted[i][j] += c * scale[j];
                }
            }
            EmbeddingDrift drift = new DriftAnalysis(50, 1)
                    .analyse(CLASSES, head, Map.of(), shifted, truth)
                    .embedding()
                    .orElseThrow();
            // measured within 4e-16 of c (rounding of x + c * scale)
            assertThat(drift.summary().meanAbsZ()).isCloseTo(Math.abs(c), within(1e-12));
            assertThat(drift.summary().maxAbsZ()).isCloseTo(Math.abs(c), within(1e-12));
            assertThat(drift.summary().sdRatioMedian()).isCloseTo(1.0, within(1e-12));
            assertThat(drift.summary().meanSquaredNorm()).isCloseTo(1 + c * c, within(1e-12));
            assertThat(drift.summary().shareAbsZAbove050()).isEqualTo(Math.abs(c) > 0.5 ? 1.0 : 0.0);
        }
    }

    /**
     * Logits as patch vectors and an identity head: truths drawn from the head's own probabilities
     * are calibrated (measured ECE 0.008 on 20000 cases), the same truths under logits tripled are
     * over-confident (measured ECE 0.215; classwise 0.007-0.010 against 0.138-0.148).
     */
    @Test
    void aCalibratedModelHasASmallEceAndAnOverConfidentOneALargeOne() {
        SplittableRandom random = new SplittableRandom(5);
        int n = 20_000;
        double[][] logits = new double[n][3];
        int[] truth = new int[n];
        SoftmaxModel identity = head(1);
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 3; k++) {
                logits[i][k] = 1.2 * gaussian(random);
            }
            double[] p = identity.probabilities(logits[i]);
            double u = random.nextDouble();
            truth[i] = u < p[0] ? 0 : u < p[0] + p[1] ? 1 : 2;
        }
        DriftReport calibrated = new DriftAnalysis(100, 1).analyse(CLASSES, identity, Map.of(), logits, truth);
        DriftReport overConfident = new DriftAnalysis(100, 1).analyse(CLASSES, head(3), Map.of(), logits, truth);
        double small = calibrated.calibration().expectedCalibrationError().value();
        double large = overConfident.calibration().expectedCalibrationError().value();
        System.out.println("ECE calibrated " + small + ", over-confident " + large + "; classwise "
                + Arrays.toString(calibrated.calibration().classwiseEce()) + " vs "
                + Arrays.toString(overConfident.calibration().classwiseEce()));
        assertThat(small).isLessThan(0.02);
        assertThat(large).isGreaterThan(0.12);
        for (double e : calibrated.calibration().classwiseEce()) {
            assertThat(e).isLessThan(0.02);
        }
        for (double e : overConfident.calibration().classwiseEce()) {
            assertThat(e).isGreaterThan(0.05);
        }
        assertThat(calibrated.calibration().expectedCalibrationError().ci().upper())
                .isLessThan(overConfident
                        .calibration()
                        .expectedCalibrationError()
                        .ci()
                        .lower());
        // the identity head's standardisation (mean 0, scale 1) records no training moments
        assertThat(calibrated.trainingMomentsRecorded()).isFalse();
        assertThat(calibrated.embedding()).isEmpty();
        for (DriftReport report : List.of(calibrated, overConfident)) {
            assertThat(report.calibration().reliability().bins().stream()
                            .mapToInt(ReliabilityBin::count)
                            .sum())
                    .isEqualTo(n);
        }
    }

    private static SoftmaxModel head(double gain) {
        double[][] weights = new double[3][3];
        for (int k = 0; k < 3; k++) {
            weights[k][k] = gain;
        }
        return new SoftmaxModel(new Standardisation(new double[3], new double[] {1, 1, 1}), weights, new double[3]);
    }

    @Test
    void mergedReliabilityBinsHoldTheMinimumAndEveryCase() {
        int[] truth = new int[300];
        double[][] rows = rows(truth, 6);
        SoftmaxModel head = new MultinomialLogisticRegression(1e-2).fit(rows, truth, 3);
        CalibrationDrift calibration = new DriftAnalysis(50, 1)
                .analyse(CLASSES, head, Map.of(), rows, truth)
                .calibration();
        for (int minimum : new int[] {1, 5, 10, 40, 150, 300}) {
            List<ReliabilityBin> bins = calibration.reliabilityAtLeast(minimum);
            assertThat(bins.stream().mapToInt(ReliabilityBin::count).sum()).isEqualTo(300);
            assertThat(bins).allSatisfy(bin -> assertThat(bin.count()).isGreaterThanOrEqualTo(minimum));
            double correct =
                    bins.stream().mapToDouble(b -> b.count() * b.accuracy()).sum();
            assertThat(correct).isCloseTo(300 * calibration.accuracy().value(), within(1e-9));
        }
        assertThat(calibration.reliabilityAtLeast(1))
                .isEqualTo(calibration.reliability().bins());
        assertThat(calibration.reliabilityAtLeast(301)).isEmpty();
    }

    @Test
    void theSiteIsComparedWithTheFiguresRecordedInTheProvenance() {
        int[] truth = new int[300];
        double[][] rows = rows(truth, 7);
        SoftmaxModel head = new MultinomialLogisticRegression(1e-2).fit(rows, truth, 3);
        DriftReport report = new DriftAnalysis(50, 1)
                .analyse(
                        CLASSES,
                        head,
                        Map.of("nested_cv_accuracy", 0.5, "federated_validation_loss", 2.0),
                        rows,
                        truth);
        List<RecordedComparison> comparisons = report.calibration().againstProvenance();
        assertThat(comparisons).extracting(RecordedComparison::figure).containsExactly("accuracy", "log_loss");
        assertThat(comparisons.get(0).difference())
                .isEqualTo(report.calibration().accuracy().value() - 0.5);
        assertThat(comparisons.get(1).provenanceKey()).isEqualTo("federated_validation_loss");
    }

    @Test
    void tooFewPatchesAreRefused() {
        int[] truth = new int[300];
        double[][] rows = rows(truth, 8);
        SoftmaxModel head = new MultinomialLogisticRegression(1e-2).fit(rows, truth, 3);
        assertThatThrownBy(() -> new DriftAnalysis(50, 1)
                        .analyse(CLASSES, head, Map.of(), Arrays.copyOf(rows, 3), Arrays.copyOf(truth, 3)))
                .hasMessageContaining("at least 4");
    }
}
