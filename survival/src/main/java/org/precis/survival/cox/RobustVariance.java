package org.precis.survival.cox;

/**
 * The cluster-robust (sandwich) variance of R's {@code cluster()}: dfbeta residuals (weighted
 * score residuals times the model variance) summed within each cluster, then D'D.
 */
final class RobustVariance {
    private RobustVariance() {}

    static double[][] of(double[][] scoreResiduals, double[] w, double[][] variance, int[] cluster) {
        int p = variance.length;
        int nClusters = 0;
        for (int c : cluster) {
            nClusters = Math.max(nClusters, c + 1);
        }
        double[][] collapsed = new double[nClusters][p];
        for (int i = 0; i < scoreResiduals.length; i++) {
            for (int k = 0; k < p; k++) {
                double dfbeta = 0;
                for (int j = 0; j < p; j++) {
                    dfbeta += w[i] * scoreResiduals[i][j] * variance[j][k];
                }
                collapsed[cluster[i]][k] += dfbeta;
            }
        }
        double[][] v = new double[p][p];
        for (double[] d : collapsed) {
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < p; b++) {
                    v[a][b] += d[a] * d[b];
                }
            }
        }
        return v;
    }
}
