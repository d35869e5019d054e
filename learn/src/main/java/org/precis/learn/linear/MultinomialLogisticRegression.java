package org.precis.learn.linear;

/**
 * Fits multinomial logistic regression with an L2 penalty by L-BFGS: minimises
 * {@code (1/n) Σ -log p(y_i | x_i) + (λ/2) Σ_k ||w_k||²} over all K classes' weights (the
 * penalty makes the over-parametrised softmax identifiable; intercepts are not penalised), on
 * features standardised by the training data. {@code λ = 1 / (n C)} for scikit-learn's {@code C}.
 */
public final class MultinomialLogisticRegression {

    private final double l2Penalty;
    private final Lbfgs optimiser;

    /** @param l2Penalty λ, at least 0 (0 only for separable-free data: the fit may not converge) */
    public MultinomialLogisticRegression(double l2Penalty) {
        this(l2Penalty, 2000, 1e-7);
    }

    public MultinomialLogisticRegression(double l2Penalty, int maxIterations, double tolerance) {
        if (!(l2Penalty >= 0) || Double.isInfinite(l2Penalty)) {
            throw new IllegalArgumentException("L2 penalty must be finite and >= 0: " + l2Penalty);
        }
        this.l2Penalty = l2Penalty;
        this.optimiser = new Lbfgs(20, maxIterations, tolerance);
    }

    public double l2Penalty() {
        return l2Penalty;
    }

    /**
     * The fitted model.
     *
     * @param classIndex each row's class, 0..classCount-1
     */
    public SoftmaxModel fit(double[][] rows, int[] classIndex, int classCount) {
        return fit(rows, classIndex, classCount, null);
    }

    /**
     * The fitted model, the search started from {@code warmStart}'s weights (a fit to the same
     * rows with another penalty, which is near): a path of penalties then costs little more
     * than one fit. {@code null} starts from zero.
     */
    public SoftmaxModel fit(double[][] rows, int[] classIndex, int classCount, SoftmaxModel warmStart) {
        if (rows.length == 0 || rows.length != classIndex.length) {
            throw new IllegalArgumentException("need one class per row and at least one row");
        }
        if (classCount < 2) {
            throw new IllegalArgumentException("need at least two classes: " + classCount);
        }
        for (int c : classIndex) {
            if (c < 0 || c >= classCount) {
                throw new IllegalArgumentException("class index " + c + " outside 0.." + (classCount - 1));
            }
        }
        Standardisation standardisation = Standardisation.fit(rows);
        double[][] z = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            z[i] = standardisation.apply(rows[i]);
        }
        int d = standardisation.dimension();
        double[] start = new double[classCount * (d + 1)];
        if (warmStart != null) {
            if (warmStart.classCount() != classCount || warmStart.dimension() != d) {
                throw new IllegalArgumentException("the warm start has " + warmStart.classCount() + " classes and "
                        + warmStart.dimension() + " features, not " + classCount + " and " + d);
            }
            double[][] weights = warmStart.weights();
            double[] intercepts = warmStart.intercepts();
            for (int k = 0; k < classCount; k++) {
                System.arraycopy(weights[k], 0, start, k * (d + 1), d);
                start[k * (d + 1) + d] = intercepts[k];
            }
        }
        Lbfgs.Result result = optimiser.minimise(new Loss(z, classIndex, classCount, l2Penalty), start);
        double[][] weights = new double[classCount][d];
        double[] intercepts = new double[classCount];
        double[] p = result.point();
        for (int k = 0; k < classCount; k++) {
            System.arraycopy(p, k * (d + 1), weights[k], 0, d);
            intercepts[k] = p[k * (d + 1) + d];
        }
        return new SoftmaxModel(standardisation, weights, intercepts);
    }

    /** Penalised mean negative log-likelihood; parameters are K blocks of d weights then the intercept. */
    private record Loss(double[][] z, int[] y, int classCount, double lambda) implements Objective {

        @Override
        public double valueAndGradient(double[] point, double[] gradient) {
            int n = z.length;
            int d = z[0].length;
            int block = d + 1;
            java.util.Arrays.fill(gradient, 0);
            double loss = 0;
            double[] scores = new double[classCount];
            for (int i = 0; i < n; i++) {
                double[] row = z[i];
                for (int k = 0; k < classCount; k++) {
                    int offset = k * block;
                    double score = point[offset + d];
                    for (int j = 0; j < d; j++) {
                        score += point[offset + j] * row[j];
                    }
                    scores[k] = score;
                }
                double max = Double.NEGATIVE_INFINITY;
                for (double s : scores) {
                    max = Math.max(max, s);
                }
                double sum = 0;
                for (int k = 0; k < classCount; k++) {
                    sum += Math.exp(scores[k] - max);
                }
                double logSum = max + Math.log(sum);
                loss += logSum - scores[y[i]];
                for (int k = 0; k < classCount; k++) {
                    double residual = (Math.exp(scores[k] - logSum) - (k == y[i] ? 1 : 0)) / n;
                    int offset = k * block;
                    for (int j = 0; j < d; j++) {
                        gradient[offset + j] += residual * row[j];
                    }
                    gradient[offset + d] += residual;
                }
            }
            loss /= n;
            double penalty = 0;
            for (int k = 0; k < classCount; k++) {
                int offset = k * block;
                for (int j = 0; j < d; j++) {
                    double w = point[offset + j];
                    penalty += w * w;
                    gradient[offset + j] += lambda * w;
                }
            }
            return loss + 0.5 * lambda * penalty;
        }
    }
}
