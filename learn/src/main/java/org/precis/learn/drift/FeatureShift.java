package org.precis.learn.drift;

/**
 * Per feature, how far rows lie from a reference distribution given by its means and scales
 * (standard deviations): the standardised mean difference {@code z_j = (mean_j - ref_mean_j) /
 * ref_scale_j} (Cohen's d with the reference's spread; Austin 2009 uses |d| above 0.1 as a
 * meaningful imbalance between groups), the standard-deviation ratio {@code sd_j / ref_scale_j},
 * and the mean squared standardised value {@code (1/(n d)) Σ_i Σ_j ((x_ij - ref_mean_j) /
 * ref_scale_j)²}, which is {@code mean_j(z_j² + ratio_j²)}: about 1 for rows drawn from the
 * reference.
 *
 * @param z each feature's standardised mean difference
 * @param sdRatio each feature's standard deviation over the reference's scale
 * @param meanSquaredNorm the mean squared standardised value per feature
 */
public record FeatureShift(double[] z, double[] sdRatio, double meanSquaredNorm) {

    public FeatureShift {
        if (z.length != sdRatio.length || z.length == 0) {
            throw new IllegalArgumentException(
                    "need one z and one sd ratio per feature: " + z.length + ", " + sdRatio.length);
        }
        z = z.clone();
        sdRatio = sdRatio.clone();
    }

    /** The shift of {@code rows} against a reference of means {@code referenceMean} and scales {@code referenceScale}. */
    public static FeatureShift of(double[][] rows, double[] referenceMean, double[] referenceScale) {
        FeatureMoments moments = FeatureMoments.of(rows);
        int d = moments.dimension();
        if (referenceMean.length != d || referenceScale.length != d) {
            throw new IllegalArgumentException(
                    "the reference has " + referenceMean.length + " features, the rows " + d);
        }
        double[] mean = moments.mean();
        double[] sd = moments.sd();
        double[] z = new double[d];
        double[] ratio = new double[d];
        for (int j = 0; j < d; j++) {
            if (!(referenceScale[j] > 0)) {
                throw new IllegalArgumentException("feature " + j + ": the reference scale must be positive");
            }
            z[j] = (mean[j] - referenceMean[j]) / referenceScale[j];
            ratio[j] = sd[j] / referenceScale[j];
        }
        double squares = 0;
        for (double[] row : rows) {
            for (int j = 0; j < d; j++) {
                double standardised = (row[j] - referenceMean[j]) / referenceScale[j];
                squares += standardised * standardised;
            }
        }
        return new FeatureShift(z, ratio, squares / ((double) rows.length * d));
    }

    public int dimension() {
        return z.length;
    }

    @Override
    public double[] z() {
        return z.clone();
    }

    @Override
    public double[] sdRatio() {
        return sdRatio.clone();
    }

    /** Each feature's |z|. */
    public double[] absoluteZ() {
        double[] out = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            out[j] = Math.abs(z[j]);
        }
        return out;
    }
}
