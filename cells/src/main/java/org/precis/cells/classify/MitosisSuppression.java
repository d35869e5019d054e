package org.precis.cells.classify;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Greedy non-maximum suppression of mitosis calls: candidates are visited from the most probable
 * mitosis down (ties by position), and one is kept unless a kept candidate lies closer than the
 * radius (by distance only: a pair and one of its own nuclei 5-7 µm away may both be kept; ruling
 * them out too cost 6 of 47 mitoses, the pair's nucleus winning off the figure's centre). A
 * candidate's fate depends only on the candidates more probable than it, so the calls at
 * any threshold are the kept candidates at or above it, and the result does not depend on the
 * order the candidates are given in.
 */
public final class MitosisSuppression {

    private MitosisSuppression() {}

    /**
     * Which of the {@code candidates} with mitosis probability {@code probability[i]} survive, the
     * radius in pixels; with {@code radius <= 0} all do.
     */
    public static boolean[] keep(List<MitosisCandidate> candidates, double[] probability, double radius) {
        int n = candidates.size();
        if (probability.length != n) {
            throw new IllegalArgumentException("need a probability for every candidate");
        }
        boolean[] kept = new boolean[n];
        if (!(radius > 0)) {
            Arrays.fill(kept, true);
            return kept;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Comparator<Integer> strongest = Comparator.<Integer>comparingDouble(i -> -probability[i])
                .thenComparingDouble(i -> candidates.get(i).x())
                .thenComparingDouble(i -> candidates.get(i).y())
                .thenComparingInt(i -> candidates.get(i).first())
                .thenComparingInt(i -> candidates.get(i).second());
        Arrays.sort(order, strongest);
        // kept points bucketed on a grid of the radius, so that each test looks at 9 cells
        java.util.Map<Long, java.util.List<double[]>> grid = new java.util.HashMap<>();
        for (int i : order) {
            MitosisCandidate c = candidates.get(i);
            double[] p = {c.x(), c.y()};
            long cx = (long) Math.floor(p[0] / radius);
            long cy = (long) Math.floor(p[1] / radius);
            boolean near = false;
            for (long dx = -1; dx <= 1 && !near; dx++) {
                for (long dy = -1; dy <= 1 && !near; dy++) {
                    for (double[] q : grid.getOrDefault(key(cx + dx, cy + dy), List.of())) {
                        if (Math.hypot(p[0] - q[0], p[1] - q[1]) < radius) {
                            near = true;
                            break;
                        }
                    }
                }
            }
            if (!near) {
                kept[i] = true;
                grid.computeIfAbsent(key(cx, cy), k -> new java.util.ArrayList<>())
                        .add(p);
            }
        }
        return kept;
    }

    private static long key(long x, long y) {
        return x * 0x1_0000_0000L + (y & 0xffff_ffffL);
    }
}
