package org.precis.federation.training;

import java.util.random.RandomGenerator;

/**
 * A site's share of one DP-SGD step (Abadi et al. 2016, "Deep learning with differential
 * privacy"): each training patch joins the step's batch with probability {@code q} (Poisson
 * sampling), each member's gradient of the weighted log loss at the global model is scaled to L2
 * norm at most {@code clip}, and the clipped gradients' sum leaves with Gaussian noise of variance
 * {@code (sigma clip)^2 / shares}. Under secure aggregation only the sum over the sites is seen, so
 * that sum of at least {@code shares} sites carries noise of standard deviation at least
 * {@code sigma clip}: one patch added or removed anywhere changes it by at most {@code clip}, the
 * sampled Gaussian mechanism of Mironov, Talwar and Zhang (2019) with noise multiplier sigma.
 *
 * <p>The sampling and the noise come from {@code random}, which must be a secure generator at a
 * site (an attacker who can predict either loses the guarantee); the L2 penalty is the
 * coordinator's, applied to the public model.
 *
 * @param samplingRate q
 * @param clip C, the bound on one patch's gradient norm
 * @param noiseMultiplier sigma
 * @param shares how many sites' noise the sum carries at least
 */
record NoisyGradientSum(double samplingRate, double clip, double noiseMultiplier, int shares) {

    /** The noisy sum of the sampled patches' clipped gradients of {@code loss} at {@code theta}. */
    double[] of(HeadLoss loss, double[] theta, RandomGenerator random) {
        double[] sum = new double[theta.length];
        double[] gradient = new double[theta.length];
        for (int i = 0; i < loss.z().length; i++) {
            if (samplingRate < 1 && random.nextDouble() >= samplingRate) {
                continue;
            }
            double norm = loss.exampleGradient(theta, i, gradient);
            double factor = norm > clip ? clip / norm : 1;
            for (int p = 0; p < sum.length; p++) {
                sum[p] += factor * gradient[p];
            }
        }
        double sd = noiseMultiplier * clip / Math.sqrt(shares);
        for (int p = 0; p < sum.length; p++) {
            sum[p] += sd * random.nextGaussian();
        }
        return sum;
    }
}
