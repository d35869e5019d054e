package org.precis.cells.nuclei.evaluation;

import java.util.Arrays;

/**
 * One-to-one matching of annotated points to detected points closer than a radius, with as many
 * pairs as possible (maximum bipartite matching by augmenting paths, Kuhn's algorithm): the count
 * an optimal assignment among pairs within the radius gives. Points are visited in their given
 * order and candidates nearest first, so the result is deterministic.
 */
public final class PointMatching {

    private final double radius;

    public PointMatching(double radius) {
        if (!(radius > 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("match radius must be positive and finite: " + radius);
        }
        this.radius = radius;
    }

    /**
     * For each annotated point (x, y in {@code annotatedX/Y}), the index of the detection it is
     * paired with, or -1.
     */
    public int[] match(double[] annotatedX, double[] annotatedY, double[] detectedX, double[] detectedY) {
        int n = annotatedX.length;
        int[][] candidates = new int[n][];
        double r2 = radius * radius;
        for (int a = 0; a < n; a++) {
            int count = 0;
            int[] near = new int[detectedX.length];
            double[] d2 = new double[detectedX.length];
            for (int d = 0; d < detectedX.length; d++) {
                double dx = annotatedX[a] - detectedX[d];
                double dy = annotatedY[a] - detectedY[d];
                double squared = dx * dx + dy * dy;
                if (squared < r2) {
                    d2[count] = squared;
                    near[count++] = d;
                }
            }
            // nearest first (insertion sort: a handful of candidates)
            for (int i = 1; i < count; i++) {
                for (int j = i; j > 0 && d2[j] < d2[j - 1]; j--) {
                    double t = d2[j];
                    d2[j] = d2[j - 1];
                    d2[j - 1] = t;
                    int u = near[j];
                    near[j] = near[j - 1];
                    near[j - 1] = u;
                }
            }
            candidates[a] = Arrays.copyOf(near, count);
        }
        int[] detectionOwner = new int[detectedX.length];
        Arrays.fill(detectionOwner, -1);
        int[] annotationMatch = new int[n];
        Arrays.fill(annotationMatch, -1);
        for (int a = 0; a < n; a++) {
            augment(a, candidates, detectionOwner, annotationMatch, new boolean[detectedX.length]);
        }
        return annotationMatch;
    }

    private static boolean augment(
            int a, int[][] candidates, int[] detectionOwner, int[] annotationMatch, boolean[] visited) {
        for (int d : candidates[a]) {
            if (visited[d]) {
                continue;
            }
            visited[d] = true;
            if (detectionOwner[d] < 0
                    || augment(detectionOwner[d], candidates, detectionOwner, annotationMatch, visited)) {
                detectionOwner[d] = a;
                annotationMatch[a] = d;
                return true;
            }
        }
        return false;
    }
}
