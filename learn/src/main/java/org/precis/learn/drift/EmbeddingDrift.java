package org.precis.learn.drift;

import java.util.Objects;
import java.util.random.RandomGenerator;
import org.precis.learn.linear.Standardisation;

/**
 * The shift of a site's patch vectors against the training data's feature moments (the means and
 * standard deviations a logistic head's {@link Standardisation} holds), and the same figures for a
 * random half of the site's own patches against the other half's moments: a no-drift baseline at
 * this sample size. Sampling noise alone gives the site a mean |z| of about {@code 0.8 sqrt(1/n +
 * 1/n_train)} and the baseline one of about {@code 0.8 sqrt(4/n)} (the difference of two means of
 * n/2 each), so the baseline is the higher noise floor: site figures clearly above it are drift,
 * not chance.
 *
 * @param site each feature's shift of the site against the training moments
 * @param summary its summary numbers
 * @param noDriftBaseline the summary of one half of the site's patches against the other half
 */
public record EmbeddingDrift(FeatureShift site, ShiftSummary summary, ShiftSummary noDriftBaseline) {

    /** The fewest rows a site needs: two in each half of the baseline. */
    public static final int MINIMUM_ROWS = 4;

    public EmbeddingDrift {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(noDriftBaseline, "noDriftBaseline");
    }

    /**
     * The drift of {@code rows} (raw patch vectors) against {@code training}; {@code random} draws
     * the baseline's halves.
     */
    public static EmbeddingDrift of(double[][] rows, Standardisation training, RandomGenerator random) {
        if (rows.length < MINIMUM_ROWS) {
            throw new IllegalArgumentException(
                    "need at least " + MINIMUM_ROWS + " patches to measure drift, got " + rows.length);
        }
        FeatureShift site = FeatureShift.of(rows, training.mean(), training.scale());
        int[] order = shuffled(rows.length, random);
        double[][] first = new double[rows.length / 2][];
        double[][] second = new double[rows.length - first.length][];
        for (int i = 0; i < rows.length; i++) {
            if (i < first.length) {
                first[i] = rows[order[i]];
            } else {
                second[i - first.length] = rows[order[i]];
            }
        }
        FeatureMoments reference = FeatureMoments.of(second);
        double[] scale = reference.sd();
        for (int j = 0; j < scale.length; j++) {
            // a feature constant in the reference half is only centred, as the standardisation does
            scale[j] = scale[j] > 1e-12 ? scale[j] : 1;
        }
        FeatureShift baseline = FeatureShift.of(first, reference.mean(), scale);
        return new EmbeddingDrift(site, ShiftSummary.of(site), ShiftSummary.of(baseline));
    }

    /**
     * Whether {@code standardisation} holds a training data's moments: a differentially private
     * federated head's does not (its means are 0 and its scale one public constant).
     */
    public static boolean recordsTrainingMoments(Standardisation standardisation) {
        double[] mean = standardisation.mean();
        double[] scale = standardisation.scale();
        for (int j = 0; j < mean.length; j++) {
            if (mean[j] != 0 || scale[j] != scale[0]) {
                return true;
            }
        }
        return false;
    }

    /** A Fisher-Yates permutation of 0..n-1. */
    private static int[] shuffled(int n, RandomGenerator random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[k];
            order[k] = swap;
        }
        return order;
    }
}
