package org.precis.survival.km;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BadInputTest {
    private static final double[] TIMES = {1, 2, 3, 4};
    private static final boolean[] EVENTS = {true, false, true, true};

    @Test
    void negativeTimeIsRefusedWithItsIndex() {
        assertThatThrownBy(() -> RightCensoredSample.of(new double[] {1, -2, 3, 4}, EVENTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("time 1 is negative");
    }

    @Test
    void nanAndInfiniteTimesAreRefused() {
        assertThatThrownBy(() -> RightCensoredSample.of(new double[] {1, Double.NaN, 3, 4}, EVENTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("time 1 is NaN");
        assertThatThrownBy(() -> RightCensoredSample.of(new double[] {1, 2, Double.POSITIVE_INFINITY, 4}, EVENTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finite");
    }

    @Test
    void emptySampleIsRefused() {
        assertThatThrownBy(() -> RightCensoredSample.of(new double[0], new boolean[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one subject");
    }

    @Test
    void mismatchedLengthsAreRefused() {
        assertThatThrownBy(() -> RightCensoredSample.of(TIMES, new boolean[] {true}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same length");
        RightCensoredSample sample = RightCensoredSample.of(TIMES, EVENTS);
        assertThatThrownBy(() -> new KaplanMeier().estimateByGroup(sample, new String[] {"a", "b"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("differ in number");
    }

    @Test
    void fractionalNegativeOrNanWeightsAreRefused() {
        for (double w : new double[] {0.5, 0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> RightCensoredSample.weighted(TIMES, EVENTS, new double[] {1, w, 1, 1}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("weight 1");
        }
    }

    @Test
    void missingGroupLabelIsRefused() {
        RightCensoredSample sample = RightCensoredSample.of(TIMES, EVENTS);
        assertThatThrownBy(() -> new KaplanMeier().estimateByGroup(sample, new String[] {"a", null, "b", "b"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("subject 1 is missing");
    }

    @Test
    void logRankNeedsTwoGroups() {
        RightCensoredSample sample = RightCensoredSample.of(TIMES, EVENTS);
        assertThatThrownBy(() -> LogRank.logRank().test(sample, new String[] {"a", "a", "a", "a"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least two groups");
    }

    @Test
    void groupsWithoutExpectedEventsLeaveNothingToTestAsInR() {
        // R: survdiff(Surv(t, s) ~ g) with group a censored before the first death gives
        // exp = c(0, 3), chisq = 0, p = 1
        RightCensoredSample sample = RightCensoredSample.of(
                new double[] {1, 2, 3, 5, 6, 7}, new boolean[] {false, false, true, true, false, true});
        LogRankResult result = LogRank.logRank().test(sample, new String[] {"a", "a", "b", "b", "b", "b"});
        assertThat(result.groups().get(0).expected()).isZero();
        assertThat(result.groups().get(1).expected()).isEqualTo(3.0);
        assertThat(result.chiSquare()).isZero();
        assertThat(result.degreesOfFreedom()).isZero();
        assertThat(result.pValue()).isEqualTo(1.0);
    }

    @Test
    void badRhoAndConfidenceLevelAreRefused() {
        assertThatThrownBy(() -> new LogRank(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rho");
        assertThatThrownBy(() -> new LogRank(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CurveConfidence(ConfidenceType.LOG, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("level");
        assertThatThrownBy(() -> new CurveConfidence(null, 0.9)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void chosenTimesMustBeAscendingAndFinite() {
        SurvivalCurve curve = new KaplanMeier().estimate(RightCensoredSample.of(TIMES, EVENTS));
        assertThatThrownBy(() -> curve.at(3, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ascending");
        assertThatThrownBy(() -> curve.at(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> curve.quantile(1.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
