package org.precis.survival.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.precis.survival.km.RightCensoredSample;

class HarrellCPropertiesTest {

    /** C depends on the ordering of the scores only, so a strictly increasing transform leaves it (and its SE) unchanged. */
    @Property(tries = 200)
    void harrellsCIsInvariantToAStrictlyIncreasingTransformOfTheScore(
            @ForAll @Size(min = 3, max = 40) List<@IntRange(min = 1, max = 30) Integer> times,
            @ForAll @Size(min = 40, max = 40) List<Boolean> events,
            @ForAll @Size(min = 40, max = 40) List<@IntRange(min = -5, max = 5) Integer> scores,
            @ForAll @DoubleRange(min = 0.1, max = 3) double power,
            @ForAll @DoubleRange(min = -10, max = 10) double shift) {
        int n = times.size();
        double[] t = new double[n];
        boolean[] e = new boolean[n];
        double[] s = new double[n];
        double[] transformed = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = times.get(i);
            e[i] = events.get(i);
            s[i] = scores.get(i);
            // exp is strictly increasing, and so is x -> shift + exp(power x)
            transformed[i] = shift + Math.exp(power * s[i]);
        }
        RightCensoredSample sample = RightCensoredSample.of(t, e);
        Assume.that(hasComparablePair(t, e));
        ConcordanceIndex before = HarrellC.of(sample, s);
        ConcordanceIndex after = HarrellC.of(sample, transformed);
        assertThat(after.concordant()).isEqualTo(before.concordant());
        assertThat(after.discordant()).isEqualTo(before.discordant());
        assertThat(after.tiedScore()).isEqualTo(before.tiedScore());
        assertThat(after.concordance()).isEqualTo(before.concordance());
        assertThat(after.standardError()).isEqualTo(before.standardError());
    }

    /** A reversed score turns every concordant pair discordant: C becomes 1 - C. */
    @Property(tries = 100)
    void negatingTheScoreGivesOneMinusC(
            @ForAll @Size(min = 3, max = 30) List<@IntRange(min = 1, max = 20) Integer> times,
            @ForAll @Size(min = 30, max = 30) List<Boolean> events,
            @ForAll @Size(min = 30, max = 30) List<@DoubleRange(min = -3, max = 3) Double> scores) {
        int n = times.size();
        double[] t = new double[n];
        boolean[] e = new boolean[n];
        double[] s = new double[n];
        double[] negated = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = times.get(i);
            e[i] = events.get(i);
            s[i] = scores.get(i);
            negated[i] = -s[i];
        }
        Assume.that(hasComparablePair(t, e));
        RightCensoredSample sample = RightCensoredSample.of(t, e);
        assertThat(HarrellC.of(sample, negated).concordance())
                .isCloseTo(1 - HarrellC.of(sample, s).concordance(), org.assertj.core.data.Offset.offset(1e-12));
    }

    private static boolean hasComparablePair(double[] t, boolean[] e) {
        for (int d = 0; d < t.length; d++) {
            for (int j = 0; j < t.length; j++) {
                if (e[d] && (t[j] > t[d] || (t[j] == t[d] && !e[j]))) {
                    return true;
                }
            }
        }
        return false;
    }
}
