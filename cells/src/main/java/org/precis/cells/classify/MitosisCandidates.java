package org.precis.cells.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the mitosis candidates of one image from its detected nuclei ({@link
 * MitosisCandidateSettings}): every nucleus, in order, then the pair midpoints in the order of
 * their nuclei's indices. Works on the nuclei alone, so that it adds nothing to detection and
 * leaves the nuclei as they are.
 */
public final class MitosisCandidates {

    private MitosisCandidates() {}

    /**
     * The candidates of nuclei centred at {@code centroids[i] = {x, y}} (pixels) with haematoxylin
     * means {@code haematoxylin[i]}, on an image of {@code mpp} µm/px.
     */
    public static List<MitosisCandidate> find(
            List<double[]> centroids, double[] haematoxylin, double mpp, MitosisCandidateSettings settings) {
        int n = centroids.size();
        if (haematoxylin.length != n) {
            throw new IllegalArgumentException("need a haematoxylin mean for every nucleus");
        }
        List<MitosisCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            candidates.add(new MitosisCandidate(centroids.get(i)[0], centroids.get(i)[1], i, -1));
        }
        if (!settings.pairs() || n < 2) {
            return candidates;
        }
        double dark = quantile(haematoxylin, settings.pairDarkerQuantile());
        double reach = settings.pairMaxDistanceUm() / mpp;
        Integer[] byX = new Integer[n];
        for (int i = 0; i < n; i++) {
            byX[i] = i;
        }
        Arrays.sort(byX, (a, b) -> Double.compare(centroids.get(a)[0], centroids.get(b)[0]));
        List<int[]> pairs = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            double[] p = centroids.get(byX[s]);
            for (int t = s + 1; t < n && centroids.get(byX[t])[0] - p[0] <= reach; t++) {
                double[] q = centroids.get(byX[t]);
                int a = Math.min(byX[s], byX[t]);
                int b = Math.max(byX[s], byX[t]);
                if (Math.hypot(p[0] - q[0], p[1] - q[1]) <= reach
                        && Math.max(haematoxylin[a], haematoxylin[b]) >= dark) {
                    pairs.add(new int[] {a, b});
                }
            }
        }
        pairs.sort((u, v) -> u[0] != v[0] ? Integer.compare(u[0], v[0]) : Integer.compare(u[1], v[1]));
        for (int[] pair : pairs) {
            double[] p = centroids.get(pair[0]);
            double[] q = centroids.get(pair[1]);
            candidates.add(new MitosisCandidate((p[0] + q[0]) / 2, (p[1] + q[1]) / 2, pair[0], pair[1]));
        }
        return candidates;
    }

    private static double quantile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
