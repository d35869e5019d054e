package org.precis.federation.training;

import org.precis.federation.privacy.NoiseCalibration;
import org.precis.federation.privacy.PrivacySpent;
import org.precis.federation.privacy.RdpCurve;
import org.precis.federation.privacy.SampledGaussian;

/**
 * What a private training study spends on each patch, in Rényi DP composed over its releases: the
 * statistics round (training count and class counts, L2 sensitivity sqrt 2, one Gaussian mechanism
 * with noise multiplier {@code statistics_noise_multiplier}) and each training round (the sampled
 * Gaussian mechanism with rate q and noise multiplier sigma). Coordinator and sites compute it
 * alike from the public parameters: a site never takes the coordinator's word for it.
 *
 * @param settings the study's privacy settings
 * @param rounds the training rounds the study may run
 */
record PrivacyPlan(PrivacySettings settings, int rounds) {

    /** The statistics round's Rényi DP. */
    RdpCurve statistics() {
        return SampledGaussian.rdp(1.0, settings.statisticsNoiseMultiplier(), 1, RdpCurve.defaultOrders());
    }

    /** One training round's Rényi DP. */
    RdpCurve trainingRound() {
        return SampledGaussian.rdp(settings.samplingRate(), settings.noiseMultiplier(), 1, RdpCurve.defaultOrders());
    }

    /** The statistics round and {@code trainingRounds} training rounds composed. */
    RdpCurve after(int trainingRounds) {
        RdpCurve training = SampledGaussian.rdp(
                settings.samplingRate(), settings.noiseMultiplier(), trainingRounds, RdpCurve.defaultOrders());
        return trainingRounds == 0 ? statistics() : statistics().plus(training);
    }

    /** (epsilon, delta) after the statistics round and {@code trainingRounds} training rounds. */
    PrivacySpent spentAfter(int trainingRounds) {
        return after(trainingRounds).epsilon(settings.delta());
    }

    /** The whole study's (epsilon, delta), should it run every round. */
    PrivacySpent planned() {
        return spentAfter(rounds);
    }

    /** The settings with sigma calibrated to the target epsilon, when it was given as a target. */
    PrivacySettings calibrated() {
        if (settings.calibrated()) {
            return settings;
        }
        double target = settings.targetEpsilon().orElseThrow();
        double sigma = NoiseCalibration.noiseMultiplier(
                settings.samplingRate(), rounds, target, settings.delta(), statistics());
        return settings.withNoiseMultiplier(sigma);
    }
}
