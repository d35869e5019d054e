package org.precis.cells.classify;

import java.util.ArrayList;
import java.util.List;
import org.precis.cells.nuclei.CellClass;

/**
 * Turns class probabilities into one class: {@link CellClass#MITOSIS} when its probability
 * reaches {@code mitosisThreshold}, else the most probable of the other classes. Mitoses are rare
 * (about 3% of the annotated nuclei), so the most probable class alone would seldom name one; the
 * threshold is chosen on training data for a stated number of calls per true mitosis.
 */
public record CallRule(double mitosisThreshold) {

    public CallRule {
        if (!(mitosisThreshold >= 0 && mitosisThreshold <= 1)) {
            throw new IllegalArgumentException("mitosis threshold must be in [0, 1]: " + mitosisThreshold);
        }
    }

    public CellClass call(double[] probabilities) {
        if (probabilities.length != CellClass.values().length) {
            throw new IllegalArgumentException("expected " + CellClass.values().length + " probabilities");
        }
        if (probabilities[CellClass.MITOSIS.ordinal()] >= mitosisThreshold) {
            return CellClass.MITOSIS;
        }
        return otherThanMitosis(probabilities);
    }

    /** The most probable class other than Mitosis (for a mitosis call suppressed by a stronger one). */
    public static CellClass otherThanMitosis(double[] probabilities) {
        int best = -1;
        for (int k = 0; k < probabilities.length; k++) {
            if (k != CellClass.MITOSIS.ordinal() && (best < 0 || probabilities[k] > probabilities[best])) {
                best = k;
            }
        }
        return CellClass.values()[best];
    }

    /**
     * The rule that finds the most mitoses among {@code probabilities} while calling at most
     * {@code callsPerMitosis} cells per true mitosis: the threshold lies half-way between the
     * probability of the last cell called and the next; ties go to fewer calls. With no mitosis
     * among the cells, no cell is called one.
     */
    static CallRule choose(double[][] probabilities, int[] classIndex, double callsPerMitosis) {
        int m = CellClass.MITOSIS.ordinal();
        int n = probabilities.length;
        Integer[] order = new Integer[n];
        int mitoses = 0;
        for (int i = 0; i < n; i++) {
            order[i] = i;
            mitoses += classIndex[i] == m ? 1 : 0;
        }
        if (mitoses == 0) {
            return new CallRule(1);
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(probabilities[b][m], probabilities[a][m]));
        int maxCalls = (int) Math.floor(callsPerMitosis * mitoses);
        int bestCalls = 0;
        int bestFound = 0;
        int found = 0;
        for (int k = 1; k <= Math.min(maxCalls, n); k++) {
            found += classIndex[order[k - 1]] == m ? 1 : 0;
            boolean tieWithNext = k < n && probabilities[order[k]][m] == probabilities[order[k - 1]][m];
            if (!tieWithNext && found > bestFound) {
                bestFound = found;
                bestCalls = k;
            }
        }
        if (bestCalls == 0) {
            return new CallRule(1);
        }
        double last = probabilities[order[bestCalls - 1]][m];
        double next = bestCalls < n ? probabilities[order[bestCalls]][m] : 0;
        return new CallRule((last + next) / 2);
    }

    /**
     * The rule that finds the most annotated mitoses among the mitosis candidates of whole images
     * while making at most {@code callsPerMitosis} calls per annotated mitosis: the calls at a
     * threshold are the candidates reaching it that survive the image's suppression ({@link
     * DetectedImage#kept}); an annotated mitosis counts as found when such a call lies within the
     * match radius. {@code mitosisProbability.get(i)[k]} is the mitosis probability of candidate k
     * of image i.
     */
    static CallRule chooseOnDetections(
            List<double[]> mitosisProbability, List<DetectedImage> images, double callsPerMitosis) {
        List<Double> all = new ArrayList<>();
        List<Double> best = new ArrayList<>();
        int mitoses = 0;
        for (int i = 0; i < images.size(); i++) {
            DetectedImage image = images.get(i);
            double[] p = mitosisProbability.get(i);
            boolean[] kept = image.kept(p);
            List<double[]> centres = image.centres();
            for (int k = 0; k < p.length; k++) {
                if (kept[k]) {
                    all.add(p[k]);
                }
            }
            for (double[] m : image.mitoses()) {
                mitoses++;
                double top = -1;
                for (int k = 0; k < p.length; k++) {
                    double[] c = centres.get(k);
                    if (kept[k] && Math.hypot(c[0] - m[0], c[1] - m[1]) < image.radiusPx()) {
                        top = Math.max(top, p[k]);
                    }
                }
                if (top >= 0) {
                    best.add(top);
                }
            }
        }
        if (mitoses == 0 || all.isEmpty()) {
            return new CallRule(1);
        }
        all.sort(java.util.Comparator.reverseOrder());
        best.sort(java.util.Comparator.reverseOrder());
        int maxCalls = (int) Math.floor(callsPerMitosis * mitoses);
        double chosen = 1;
        int bestFound = 0;
        int found = 0;
        for (int k = 1; k <= Math.min(maxCalls, all.size()); k++) {
            double t = all.get(k - 1);
            boolean tieWithNext = k < all.size() && all.get(k).equals(t);
            if (tieWithNext) {
                continue;
            }
            while (found < best.size() && best.get(found) >= t) {
                found++;
            }
            if (found > bestFound) {
                bestFound = found;
                double next = k < all.size() ? all.get(k) : 0;
                chosen = (t + next) / 2;
            }
        }
        return new CallRule(chosen);
    }
}
