package org.precis.molecular.pam50;

/**
 * genefu's robust standardisation of one probe over the cohort: {@code (rescale(x, q, na.rm = TRUE)
 * - 0.5) * 2}, where {@code rescale} maps the {@code q/2} quantile to 0 and the {@code 1 - q/2}
 * quantile to 1 (type-7). Values beyond the quantiles are not clipped.
 */
final class RobustScaling {

    private RobustScaling() {}

    static double[] of(double[] values, double q) {
        TypeSevenQuantile quantile = new TypeSevenQuantile(values);
        double high = quantile.at(1 - (q / 2));
        double low = quantile.at(q / 2);
        double[] scaled = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            scaled[i] = ((values[i] - low) / (high - low) - 0.5) * 2;
        }
        return scaled;
    }
}
