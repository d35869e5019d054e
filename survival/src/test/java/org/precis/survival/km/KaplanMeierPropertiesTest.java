package org.precis.survival.km;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

class KaplanMeierPropertiesTest {
    /** A small sample with many ties: integer times 0..30, and a permutation of its rows. */
    record Shuffled(double[] times, boolean[] events, double[] weights, int[] permutation) {
        RightCensoredSample sample() {
            return RightCensoredSample.weighted(times, events, weights);
        }

        RightCensoredSample permuted() {
            return sample().subset(permutation);
        }
    }

    @Provide
    Arbitrary<Shuffled> samples() {
        return Arbitraries.integers()
                .between(1, 60)
                .flatMap(n -> Combinators.combine(
                                Arbitraries.integers()
                                        .between(0, 30)
                                        .array(int[].class)
                                        .ofSize(n),
                                Arbitraries.of(true, false).list().ofSize(n),
                                Arbitraries.integers()
                                        .between(1, 3)
                                        .array(int[].class)
                                        .ofSize(n),
                                Arbitraries.shuffle(java.util.stream.IntStream.range(0, n)
                                        .boxed()
                                        .toList()))
                        .as((t, e, w, p) -> {
                            boolean[] events = new boolean[n];
                            for (int i = 0; i < n; i++) {
                                events[i] = e.get(i);
                            }
                            return new Shuffled(
                                    java.util.Arrays.stream(t).asDoubleStream().toArray(),
                                    events,
                                    java.util.Arrays.stream(w).asDoubleStream().toArray(),
                                    p.stream().mapToInt(Integer::intValue).toArray());
                        }));
    }

    @Property
    void curveDoesNotDependOnRowOrder(@ForAll("samples") Shuffled s) {
        KaplanMeier km = new KaplanMeier(CurveConfidence.of(ConfidenceType.LOG_LOG));
        SurvivalCurve a = km.estimate(s.sample());
        SurvivalCurve b = km.estimate(s.permuted());
        assertThat(b.times()).isEqualTo(a.times());
        assertThat(b.numberAtRisk()).isEqualTo(a.numberAtRisk());
        assertThat(b.numberOfEvents()).isEqualTo(a.numberOfEvents());
        assertThat(b.survival()).isEqualTo(a.survival());
        assertThat(b.standardErrorOfCumulativeHazard()).isEqualTo(a.standardErrorOfCumulativeHazard());
        assertThat(b.median()).isEqualTo(a.median());
    }

    @Property
    void rescalingTimeRescalesTheCurveOnly(
            @ForAll("samples") Shuffled s, @ForAll @DoubleRange(min = 0.01, max = 100) double scale) {
        double[] scaled = s.times().clone();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] *= scale;
        }
        KaplanMeier km = new KaplanMeier();
        SurvivalCurve a = km.estimate(s.sample());
        SurvivalCurve b = km.estimate(RightCensoredSample.weighted(scaled, s.events(), s.weights()));
        assertThat(b.size()).isEqualTo(a.size());
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.times()[i]).isCloseTo(a.times()[i] * scale, within(1e-12 * scale * 30));
        }
        assertThat(b.survival()).isEqualTo(a.survival());
        assertThat(b.lower()).isEqualTo(a.lower());
        assertThat(b.upper()).isEqualTo(a.upper());
        assertThat(b.median().time().isPresent()).isEqualTo(a.median().time().isPresent());
        a.median()
                .time()
                .ifPresent(m ->
                        assertThat(b.median().time().getAsDouble()).isCloseTo(m * scale, within(1e-12 * scale * 30)));
        double[] at = {0, 5, 10, 20, 40};
        double[] atScaled = java.util.Arrays.stream(at).map(t -> t * scale).toArray();
        List<SurvivalAtTime> ra = a.at(at);
        List<SurvivalAtTime> rb = b.at(atScaled);
        for (int i = 0; i < at.length; i++) {
            assertThat(rb.get(i).survival()).isEqualTo(ra.get(i).survival());
        }
    }

    @Property
    void frequencyWeightsEqualRepeatedRows(@ForAll("samples") Shuffled s) {
        int total = (int) java.util.Arrays.stream(s.weights()).sum();
        double[] t = new double[total];
        boolean[] e = new boolean[total];
        int k = 0;
        for (int i = 0; i < s.times().length; i++) {
            for (int r = 0; r < s.weights()[i]; r++) {
                t[k] = s.times()[i];
                e[k++] = s.events()[i];
            }
        }
        KaplanMeier km = new KaplanMeier();
        SurvivalCurve weighted = km.estimate(s.sample());
        SurvivalCurve repeated = km.estimate(RightCensoredSample.of(t, e));
        assertThat(weighted.numberAtRisk()).isEqualTo(repeated.numberAtRisk());
        assertThat(weighted.survival()).containsExactly(repeated.survival(), within(1e-14));
    }

    @Property
    void survivalStartsAtOneAndNeverRises(@ForAll("samples") Shuffled s) {
        double[] surv = new KaplanMeier().estimate(s.sample()).survival();
        double previous = 1;
        for (double v : surv) {
            assertThat(v).isBetween(0.0, previous);
            previous = v;
        }
    }

    @Property
    void confidenceLimitsBracketTheEstimateWhereDefined(@ForAll("samples") Shuffled s) {
        for (ConfidenceType type : ConfidenceType.values()) {
            SurvivalCurve curve = new KaplanMeier(CurveConfidence.of(type)).estimate(s.sample());
            double[] surv = curve.survival();
            double[] lower = curve.lower();
            double[] upper = curve.upper();
            for (int i = 0; i < surv.length; i++) {
                if (!Double.isNaN(lower[i])) {
                    assertThat(lower[i]).as(type + " lower").isBetween(0.0, surv[i] + 1e-15);
                }
                if (!Double.isNaN(upper[i])) {
                    assertThat(upper[i]).as(type + " upper").isBetween(surv[i] - 1e-15, 1.0);
                }
            }
        }
    }
}
