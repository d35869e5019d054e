package org.precis.molecular.pam50;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * R's {@code cor(x, y, method = "spearman", use = "complete.obs")} of one sample's profile {@code x}
 * with each centroid (column of {@code y}), guarded as genefu guards it: the genes where the sample
 * has no value are dropped, the rest ranked (average ranks for ties), and the Pearson correlation of
 * the ranks computed as R's C code does (means, then sums of cross-products over {@code n - 1}). NA
 * (NaN) for every centroid when 3 or fewer genes have a value, and for a profile whose ranks do not
 * vary.
 */
final class SpearmanCorrelation {

    /** genefu computes a correlation only when more than this many genes have a value. */
    static final int MIN_GENES_EXCLUSIVE = 3;

    private static final MathContext EXACT_ENOUGH = new MathContext(40);

    private final NaturalRanking ranking = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);
    private final double[][] centroids;
    private final Map<BitSet, CentroidRanks> centroidRanks = new HashMap<>();
    private final Map<SumOfSquares, Double> roots = new HashMap<>();

    /** @param centroids {@code centroids[gene][subtype]} for the mapped genes, in profile order */
    SpearmanCorrelation(double[][] centroids) {
        this.centroids = centroids;
    }

    /** The correlation with each centroid; NaN where R gives NA. */
    double[] of(double[] profile) {
        int subtypes = centroids.length == 0 ? Pam50Subtype.values().length : centroids[0].length;
        double[] correlations = new double[subtypes];
        BitSet present = new BitSet(profile.length);
        for (int g = 0; g < profile.length; g++) {
            if (!Double.isNaN(profile[g])) {
                present.set(g);
            }
        }
        int n = present.cardinality();
        if (n <= MIN_GENES_EXCLUSIVE) {
            Arrays.fill(correlations, Double.NaN);
            return correlations;
        }
        double[] x = new double[n];
        for (int g = present.nextSetBit(0), k = 0; g >= 0; g = present.nextSetBit(g + 1)) {
            x[k++] = profile[g];
        }
        double[] xRanks = ranking.rank(x);
        double xMean = mean(xRanks);
        double xSd = sd(xRanks, xMean);
        CentroidRanks y = centroidRanks.computeIfAbsent(present, this::rankCentroids);
        for (int c = 0; c < subtypes; c++) {
            double[] yRanks = y.ranks()[c];
            double yMean = y.means()[c];
            double cross = 0;
            for (int k = 0; k < n; k++) {
                cross += (xRanks[k] - xMean) * (yRanks[k] - yMean);
            }
            double covariance = cross / (n - 1);
            if (xSd == 0 || y.sds()[c] == 0) {
                correlations[c] = Double.NaN;
            } else {
                double r = covariance / (xSd * y.sds()[c]);
                correlations[c] = Math.max(-1, Math.min(1, r));
            }
        }
        return correlations;
    }

    /** The centroids' ranks over the genes a sample has: the same for every sample with those genes. */
    private record CentroidRanks(double[][] ranks, double[] means, double[] sds) {}

    private CentroidRanks rankCentroids(BitSet present) {
        int subtypes = centroids[0].length;
        int n = present.cardinality();
        double[][] ranks = new double[subtypes][];
        double[] means = new double[subtypes];
        double[] sds = new double[subtypes];
        double[] y = new double[n];
        for (int c = 0; c < subtypes; c++) {
            for (int g = present.nextSetBit(0), k = 0; g >= 0; g = present.nextSetBit(g + 1)) {
                y[k++] = centroids[g][c];
            }
            ranks[c] = ranking.rank(y);
            means[c] = mean(ranks[c]);
            sds[c] = sd(ranks[c], means[c]);
        }
        return new CentroidRanks(ranks, means, sds);
    }

    /** R's two-pass mean: the sum over n, then corrected by the mean of the residuals. */
    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / values.length;
        double residuals = 0;
        for (double v : values) {
            residuals += v - mean;
        }
        return mean + residuals / values.length;
    }

    /**
     * The standard deviation of ranks. The sum of squares is exact (ranks are halves); R divides and
     * takes the root in extended precision ({@code sqrtl}) before rounding to a double, which is the
     * correctly rounded root of the exact quotient: two roundings in doubles can miss it by an ulp.
     */
    private double sd(double[] values, double mean) {
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double sumOfSquares = squares;
        return roots.computeIfAbsent(
                new SumOfSquares(sumOfSquares, values.length),
                key -> new BigDecimal(sumOfSquares)
                        .divide(BigDecimal.valueOf(key.n() - 1), EXACT_ENOUGH)
                        .sqrt(EXACT_ENOUGH)
                        .doubleValue());
    }

    /** Ranks of n genes have few distinct sums of squares: their roots are kept. */
    private record SumOfSquares(double squares, int n) {}
}
