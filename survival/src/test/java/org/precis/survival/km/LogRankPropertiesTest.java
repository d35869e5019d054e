package org.precis.survival.km;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LogRankPropertiesTest {
    private static final String[] NAMES = {"control", "arm A", "arm B", "arm C"};
    private static final String[] RENAMED = {"zeta", "alpha", "mu", "beta"};

    /** Rows with 2-4 groups, 1-2 strata, a row permutation and rho. */
    record Case(double[] times, boolean[] events, int[] group, int[] stratum, int[] permutation, double rho) {
        RightCensoredSample sample() {
            return RightCensoredSample.of(times, events);
        }

        String[] groups(String[] names) {
            return Arrays.stream(group).mapToObj(g -> names[g]).toArray(String[]::new);
        }

        String[] strata() {
            return Arrays.stream(stratum).mapToObj(s -> "s" + s).toArray(String[]::new);
        }

        <T> T[] permute(T[] values) {
            T[] out = values.clone();
            for (int i = 0; i < permutation.length; i++) {
                out[i] = values[permutation[i]];
            }
            return out;
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(
                        Arbitraries.integers().between(6, 60),
                        Arbitraries.integers().between(2, 4),
                        Arbitraries.integers().between(1, 2),
                        Arbitraries.of(0.0, 0.5, 1.0, 2.0))
                .flatAs((n, k, strata, rho) -> Combinators.combine(
                                Arbitraries.integers()
                                        .between(0, 25)
                                        .array(int[].class)
                                        .ofSize(n),
                                Arbitraries.integers()
                                        .between(0, 3)
                                        .array(int[].class)
                                        .ofSize(n),
                                Arbitraries.integers()
                                        .between(0, k - 1)
                                        .array(int[].class)
                                        .ofSize(n),
                                Arbitraries.integers()
                                        .between(0, strata - 1)
                                        .array(int[].class)
                                        .ofSize(n),
                                Arbitraries.shuffle(
                                        IntStream.range(0, n).boxed().toList()))
                        .as((t, status, g, s, p) -> {
                            boolean[] events = new boolean[n];
                            for (int i = 0; i < n; i++) {
                                events[i] = status[i] != 0; // three events to one censoring
                            }
                            for (int i = 0; i < k; i++) {
                                g[i] = i; // every group present
                            }
                            return new Case(
                                    Arrays.stream(t).asDoubleStream().toArray(),
                                    events,
                                    g,
                                    s,
                                    p.stream().mapToInt(Integer::intValue).toArray(),
                                    rho);
                        }));
    }

    @Property
    void chiSquareDoesNotDependOnRowOrderOrGroupNames(@ForAll("cases") Case c) {
        LogRank test = new LogRank(c.rho());
        LogRankResult base;
        try {
            base = test.test(c.sample(), c.groups(NAMES), c.strata());
        } catch (IllegalArgumentException singular) {
            // no usable variance (e.g. one subject at risk at every death): the others must agree
            assertThatThrownBy(() -> test.test(
                            c.sample().subset(c.permutation()), c.permute(c.groups(NAMES)), c.permute(c.strata())))
                    .isInstanceOf(IllegalArgumentException.class);
            return;
        }
        LogRankResult shuffled =
                test.test(c.sample().subset(c.permutation()), c.permute(c.groups(NAMES)), c.permute(c.strata()));
        LogRankResult renamed = test.test(c.sample(), c.groups(RENAMED), c.strata());
        double tolerance = 1e-9 * Math.max(1, base.chiSquare());
        assertThat(Math.abs(shuffled.chiSquare() - base.chiSquare())).isLessThanOrEqualTo(tolerance);
        assertThat(Math.abs(renamed.chiSquare() - base.chiSquare())).isLessThanOrEqualTo(tolerance);
        assertThat(renamed.degreesOfFreedom()).isEqualTo(base.degreesOfFreedom());
        // the same group under its new name has the same sums
        for (int g = 0; g < NAMES.length; g++) {
            String name = NAMES[g];
            String other = RENAMED[g];
            List<LogRankResult.Group> a =
                    base.groups().stream().filter(x -> x.label().equals(name)).toList();
            List<LogRankResult.Group> b = renamed.groups().stream()
                    .filter(x -> x.label().equals(other))
                    .toList();
            assertThat(b).hasSameSizeAs(a);
            if (!a.isEmpty()) {
                assertThat(b.get(0).observed()).isEqualTo(a.get(0).observed());
                assertThat(b.get(0).expected()).isEqualTo(a.get(0).expected());
            }
        }
    }

    @Property
    void frequencyWeightsEqualRepeatedRows(@ForAll("cases") Case c) {
        int n = c.times().length;
        double[] weights = new double[n];
        int total = 0;
        for (int i = 0; i < n; i++) {
            weights[i] = 1 + c.permutation()[i] % 3; // 1, 2 or 3, varied by row
            total += (int) weights[i];
        }
        double[] t = new double[total];
        boolean[] e = new boolean[total];
        String[] g = new String[total];
        String[] s = new String[total];
        String[] groups = c.groups(NAMES);
        String[] strata = c.strata();
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < weights[i]; r++, k++) {
                t[k] = c.times()[i];
                e[k] = c.events()[i];
                g[k] = groups[i];
                s[k] = strata[i];
            }
        }
        LogRank test = new LogRank(c.rho());
        LogRankResult repeated;
        try {
            repeated = test.test(RightCensoredSample.of(t, e), g, s);
        } catch (IllegalArgumentException singular) {
            return; // nothing to compare
        }
        LogRankResult weighted =
                test.test(RightCensoredSample.weighted(c.times(), c.events(), weights), groups, strata);
        assertThat(Math.abs(weighted.chiSquare() - repeated.chiSquare()))
                .isLessThanOrEqualTo(1e-9 * Math.max(1, repeated.chiSquare()));
        for (int i = 0; i < repeated.groups().size(); i++) {
            assertThat(weighted.groups().get(i).n())
                    .isEqualTo(repeated.groups().get(i).n());
        }
    }
}
