package org.precis.learn.drift;

/**
 * Each feature's mean and population standard deviation over rows, summed in row order exactly as
 * {@link org.precis.learn.linear.Standardisation#fit} sums them, so that the moments of a model's
 * own training rows equal its standardisation bit for bit. Unlike the standardisation, a constant
 * feature keeps its standard deviation 0.
 *
 * @param mean each feature's mean
 * @param sd each feature's population standard deviation (divided by n)
 */
public record FeatureMoments(double[] mean, double[] sd) {

    public FeatureMoments {
        if (mean.length != sd.length || mean.length == 0) {
            throw new IllegalArgumentException(
                    "need one mean and one sd per feature: " + mean.length + ", " + sd.length);
        }
        mean = mean.clone();
        sd = sd.clone();
    }

    /** The moments of {@code rows} (at least one, all of one length). */
    public static FeatureMoments of(double[][] rows) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("no rows to take moments of");
        }
        int d = rows[0].length;
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (double[] row : rows) {
            if (row.length != d) {
                throw new IllegalArgumentException("rows of " + d + " and " + row.length + " features");
            }
            for (int j = 0; j < d; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= rows.length;
        }
        for (double[] row : rows) {
            for (int j = 0; j < d; j++) {
                double centred = row[j] - mean[j];
                sd[j] += centred * centred;
            }
        }
        for (int j = 0; j < d; j++) {
            sd[j] = Math.sqrt(sd[j] / rows.length);
        }
        return new FeatureMoments(mean, sd);
    }

    public int dimension() {
        return mean.length;
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] sd() {
        return sd.clone();
    }
}
