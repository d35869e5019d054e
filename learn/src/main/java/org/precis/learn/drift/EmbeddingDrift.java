package org.precis.learn.drift;

import java.util.Objects;
import java.util.random.RandomGenerator;
import org.precis.learn.linear.Standardisation;

/**
 * The shift of a site's patch vectors against the training data's feature moments (the means and
 * standard deviations a logistic head's {@link Standardisation} holds), and the same figures for a
 * random half of the site's own patches against the other half's moments: a no-drift baseline at
 * this sample size, in the training data's units ({@link #halfAgainstHalf}). Sampling noise alone
 * gives the site a mean |z| of about {@code 0.8 sqrt(1/n + 1/n_train)} and the baseline one of
 * about {@code 0.8 sqrt(4/n)} (the difference of two means of n/2 each), so the baseline is the
 * higher noise floor: site figures clearly above it are drift, not chance.
 *
 * @param site each feature's shift of the site against the training moments
 * @param summary its summary numbers
 * @param noDriftShift each feature's shift of one half of the site's patches against the other half
 * @param noDriftBaseline its summary numbers
 */
public record EmbeddingDrift(
        FeatureShift site, ShiftSummary summary, FeatureShift noDriftShift, ShiftSummary noDriftBaseline) {

    /** The fewest rows a site needs: two in each half of the baseline. */
    public static final int MINIMUM_ROWS = 4;

    public EmbeddingDrift {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(noDriftShift, "noDriftShift");
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
        FeatureShift baseline = halfAgainstHalf(FeatureMoments.of(first), FeatureMoments.of(second), training.scale());
        return new EmbeddingDrift(site, ShiftSummary.of(site), baseline, ShiftSummary.of(baseline));
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

    /**
     * One half's shift against the other in the training data's units, so that the baseline reads
     * on the site's scale: {@code z_j = (mean_a_j - mean_b_j) / scale_j}, the standard-deviation
     * ratio {@code 1 + (sd_a_j - sd_b_j) / scale_j} (1 when the halves spread alike), and the mean
     * squared norm {@code mean_j(z_j² + ratio_j²)} as for the site. The halves' own standard
     * deviations are not used as the scale: sparse features (a ReLU unit that fires on few patches)
     * have a near-zero spread in one half and would give a |z| in the tens from noise alone.
     */
    static FeatureShift halfAgainstHalf(FeatureMoments a, FeatureMoments b, double[] scale) {
        double[] meanA = a.mean();
        double[] meanB = b.mean();
        double[] sdA = a.sd();
        double[] sdB = b.sd();
        double[] z = new double[scale.length];
        double[] ratio = new double[scale.length];
        double squares = 0;
        for (int j = 0; j < scale.length; j++) {
            z[j] = (meanA[j] - meanB[j]) / scale[j];
            ratio[j] = 1 + (sdA[j] - sdB[j]) / scale[j];
            squares += z[j] * z[j] + ratio[j] * ratio[j];
        }
        return new FeatureShift(z, ratio, squares / scale.length);
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
