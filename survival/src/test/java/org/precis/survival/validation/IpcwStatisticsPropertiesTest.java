package org.precis.survival.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.precis.survival.km.RightCensoredSample;

/** Without censoring every IPC weight is 1, and the IPCW statistics reduce to their textbook forms. */
class IpcwStatisticsPropertiesTest {

    @Property(tries = 100)
    void withoutCensoringTheTdAucIsTheMannWhitneyAucOfCasesAgainstControls(
            @ForAll @Size(min = 4, max = 40) List<@IntRange(min = 1, max = 20) Integer> times,
            @ForAll @Size(min = 40, max = 40) List<@IntRange(min = -3, max = 3) Integer> marker,
            @ForAll @IntRange(min = 2, max = 18) int t) {
        int n = times.size();
        double[] time = new double[n];
        boolean[] event = new boolean[n];
        double[] m = new double[n];
        for (int i = 0; i < n; i++) {
            time[i] = times.get(i);
            event[i] = true;
            m[i] = marker.get(i);
        }
        Assume.that(times.stream().anyMatch(x -> x <= t) && times.stream().anyMatch(x -> x > t));
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (time[i] <= t && time[j] > t) {
                    pairs++;
                    sum += m[i] > m[j] ? 1 : m[i] == m[j] ? 0.5 : 0;
                }
            }
        }
        assertThat(TimeDependentAuc.at(RightCensoredSample.of(time, event), m, t))
                .isCloseTo(sum / pairs, Offset.offset(1e-12));
    }

    @Property(tries = 100)
    void withoutCensoringTheBrierScoreIsTheMeanSquaredErrorOfTheSurvivalStatus(
            @ForAll @Size(min = 2, max = 30) List<@IntRange(min = 1, max = 20) Integer> times,
            @ForAll @Size(min = 30, max = 30) List<@DoubleRange(min = 0, max = 1) Double> predicted,
            @ForAll @IntRange(min = 0, max = 21) int t) {
        int n = times.size();
        double[] time = new double[n];
        boolean[] event = new boolean[n];
        double[] s = new double[n];
        double mse = 0;
        for (int i = 0; i < n; i++) {
            time[i] = times.get(i);
            event[i] = true;
            s[i] = predicted.get(i);
            double alive = time[i] > t ? 1 : 0;
            mse += (alive - s[i]) * (alive - s[i]) / n;
        }
        BrierScore brier = new BrierScore(RightCensoredSample.of(time, event), u -> s.clone());
        assertThat(brier.at(t)).isCloseTo(mse, Offset.offset(1e-12));
    }

    @Test
    void aPerfectPredictionScoresZeroAndItsIntegralToo() {
        double[] time = {1, 2, 3, 4};
        boolean[] event = {true, true, true, true};
        RightCensoredSample sample = RightCensoredSample.of(time, event);
        SurvivalPredictions perfect = u -> {
            double[] s = new double[time.length];
            for (int i = 0; i < s.length; i++) {
                s[i] = time[i] > u ? 1 : 0;
            }
            return s;
        };
        BrierScore brier = new BrierScore(sample, perfect);
        assertThat(brier.at(2.5)).isZero();
        assertThat(brier.integrated(4)).isZero();
    }

    @Test
    void badArgumentsAreRefused() {
        RightCensoredSample sample = RightCensoredSample.of(new double[] {1, 2, 3}, new boolean[] {true, false, true});
        assertThatThrownBy(() -> HarrellC.of(sample, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 scores");
        assertThatThrownBy(() -> HarrellC.of(sample, new double[] {1, Double.NaN, 2}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UnoC.of(sample, new double[] {1, 2, 3}, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimeDependentAuc.at(sample, new double[] {1, 2, 3}, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("beyond t");
        assertThatThrownBy(() -> HarrellC.of(
                        RightCensoredSample.of(new double[] {1, 2}, new boolean[] {false, false}), new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no comparable pairs");
        assertThatThrownBy(() -> new ExternalValidation(-1, 1, new double[] {0}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BrierScore(sample, u -> new double[] {1, 1, 1}).integrated(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
