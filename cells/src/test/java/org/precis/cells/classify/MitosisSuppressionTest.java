package org.precis.cells.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Non-maximum suppression of mitosis calls on random candidates: its defining properties. */
class MitosisSuppressionTest {

    private static final double RADIUS = 12.5;

    /** 300 nuclei in a 400 px square and the pairs among them closer than 40 px. */
    private static List<MitosisCandidate> candidates(SplittableRandom random) {
        List<MitosisCandidate> list = new ArrayList<>();
        List<double[]> nuclei = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            double[] p = {random.nextDouble(400), random.nextDouble(400)};
            nuclei.add(p);
            list.add(new MitosisCandidate(p[0], p[1], i, -1));
        }
        for (int a = 0; a < nuclei.size(); a++) {
            for (int b = a + 1; b < nuclei.size(); b++) {
                double[] p = nuclei.get(a);
                double[] q = nuclei.get(b);
                if (Math.hypot(p[0] - q[0], p[1] - q[1]) < 40) {
                    list.add(new MitosisCandidate((p[0] + q[0]) / 2, (p[1] + q[1]) / 2, a, b));
                }
            }
        }
        return list;
    }

    private static double[] probabilities(int n, SplittableRandom random) {
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            // coarse values, so that ties occur
            p[i] = Math.floor(random.nextDouble() * 50) / 50;
        }
        return p;
    }

    @Test
    void noTwoKeptCallsLieWithinTheRadius() {
        SplittableRandom random = new SplittableRandom(7);
        List<MitosisCandidate> c = candidates(random);
        double[] p = probabilities(c.size(), random);
        boolean[] kept = MitosisSuppression.keep(c, p, RADIUS);
        int count = 0;
        for (int i = 0; i < c.size(); i++) {
            if (!kept[i]) {
                continue;
            }
            count++;
            for (int j = i + 1; j < c.size(); j++) {
                if (kept[j]) {
                    MitosisCandidate a = c.get(i);
                    MitosisCandidate b = c.get(j);
                    assertThat(Math.hypot(a.x() - b.x(), a.y() - b.y())).isGreaterThanOrEqualTo(RADIUS);
                }
            }
        }
        assertThat(count).isGreaterThan(50);
        // every dropped candidate has a kept one at least as probable within the radius
        for (int i = 0; i < c.size(); i++) {
            if (kept[i]) {
                continue;
            }
            boolean explained = false;
            for (int j = 0; j < c.size() && !explained; j++) {
                MitosisCandidate a = c.get(i);
                MitosisCandidate b = c.get(j);
                explained = kept[j] && p[j] >= p[i] && Math.hypot(a.x() - b.x(), a.y() - b.y()) < RADIUS;
            }
            assertThat(explained).isTrue();
        }
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfTheCandidates() {
        SplittableRandom random = new SplittableRandom(11);
        List<MitosisCandidate> c = candidates(random);
        double[] p = probabilities(c.size(), random);
        boolean[] kept = MitosisSuppression.keep(c, p, RADIUS);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new java.util.Random(3));
        List<MitosisCandidate> shuffled = new ArrayList<>();
        double[] q = new double[p.length];
        for (int i = 0; i < order.size(); i++) {
            shuffled.add(c.get(order.get(i)));
            q[i] = p[order.get(i)];
        }
        boolean[] keptShuffled = MitosisSuppression.keep(shuffled, q, RADIUS);
        for (int i = 0; i < order.size(); i++) {
            assertThat(keptShuffled[i]).isEqualTo(kept[order.get(i)]);
        }
    }

    @Test
    void theCallsAtAThresholdAreTheKeptCandidatesAboveIt() {
        // suppressing among the candidates at or above t keeps exactly the kept ones at or above t
        SplittableRandom random = new SplittableRandom(5);
        List<MitosisCandidate> c = candidates(random);
        double[] p = probabilities(c.size(), random);
        boolean[] kept = MitosisSuppression.keep(c, p, RADIUS);
        for (double t : new double[] {0.3, 0.6, 0.9}) {
            List<MitosisCandidate> above = new ArrayList<>();
            List<Double> pa = new ArrayList<>();
            List<Boolean> expected = new ArrayList<>();
            for (int i = 0; i < c.size(); i++) {
                if (p[i] >= t) {
                    above.add(c.get(i));
                    pa.add(p[i]);
                    expected.add(kept[i]);
                }
            }
            boolean[] keptAbove = MitosisSuppression.keep(
                    above, pa.stream().mapToDouble(Double::doubleValue).toArray(), RADIUS);
            for (int i = 0; i < above.size(); i++) {
                assertThat(keptAbove[i]).isEqualTo(expected.get(i));
            }
        }
    }

    @Test
    void withoutARadiusEveryCandidateIsKept() {
        SplittableRandom random = new SplittableRandom(2);
        List<MitosisCandidate> c = candidates(random);
        boolean[] kept = MitosisSuppression.keep(c, probabilities(c.size(), random), 0);
        for (boolean k : kept) {
            assertThat(k).isTrue();
        }
    }
}
