package org.precis.federation.training;

import java.util.Arrays;

/**
 * The multinomial logistic loss on standardised rows, with parameters laid out as K blocks of d
 * weights followed by the class's intercept (as {@code MultinomialLogisticRegression} lays them
 * out): per-class weighted log loss, mean over the rows.
 *
 * @param z standardised rows [n][d]
 * @param y each row's class
 * @param classWeights each class's weight in the loss
 */
record SoftmaxLoss(double[][] z, int[] y, double[] classWeights) implements HeadLoss {

    int classCount() {
        return classWeights.length;
    }

    int dimension() {
        return z.length == 0 ? 0 : z[0].length;
    }

    /** Each class's score of row {@code row}, written into {@code scores}. */
    static void scores(double[] theta, double[] row, double[] scores) {
        int d = row.length;
        int block = d + 1;
        for (int k = 0; k < scores.length; k++) {
            int offset = k * block;
            double s = theta[offset + d];
            for (int j = 0; j < d; j++) {
                s += theta[offset + j] * row[j];
            }
            scores[k] = s;
        }
    }

    /** log sum exp of the scores, shifted by the largest so that nothing overflows. */
    static double logSumExp(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (double s : scores) {
            sum += Math.exp(s - max);
        }
        return max + Math.log(sum);
    }

    @Override
    public double addGradient(double[] theta, int[] rows, double[] gradient) {
        int k = classCount();
        int d = dimension();
        int block = d + 1;
        double[] scores = new double[k];
        double loss = 0;
        double n = rows.length;
        for (int i : rows) {
            double[] row = z[i];
            scores(theta, row, scores);
            double logSum = logSumExp(scores);
            double weight = classWeights[y[i]];
            loss += weight * (logSum - scores[y[i]]);
            for (int c = 0; c < k; c++) {
                double residual = weight * (Math.exp(scores[c] - logSum) - (c == y[i] ? 1 : 0)) / n;
                if (residual == 0) {
                    continue;
                }
                int offset = c * block;
                for (int j = 0; j < d; j++) {
                    gradient[offset + j] += residual * row[j];
                }
                gradient[offset + d] += residual;
            }
        }
        return loss / n;
    }

    @Override
    public double exampleGradient(double[] theta, int i, double[] gradient) {
        int k = classCount();
        int d = dimension();
        int block = d + 1;
        double[] row = z[i];
        double[] scores = new double[k];
        scores(theta, row, scores);
        double logSum = logSumExp(scores);
        double weight = classWeights[y[i]];
        double rowNormSquared = 1;
        for (double v : row) {
            rowNormSquared += v * v;
        }
        double residualNormSquared = 0;
        for (int c = 0; c < k; c++) {
            double residual = weight * (Math.exp(scores[c] - logSum) - (c == y[i] ? 1 : 0));
            residualNormSquared += residual * residual;
            int offset = c * block;
            for (int j = 0; j < d; j++) {
                gradient[offset + j] = residual * row[j];
            }
            gradient[offset + d] = residual;
        }
        return Math.sqrt(residualNormSquared * rowNormSquared);
    }

    @Override
    public double[] evaluate(double[] theta) {
        double[] scores = new double[classCount()];
        double[] sums = new double[3];
        for (int i = 0; i < z.length; i++) {
            scores(theta, z[i], scores);
            HeadLoss.tally(scores, logSumExp(scores), y[i], sums);
        }
        return sums;
    }

    @Override
    public String toString() {
        return "SoftmaxLoss[" + z.length + " rows, " + Arrays.toString(classWeights) + "]";
    }
}
