package org.precis.federation.training;

import java.util.OptionalDouble;
import java.util.Set;
import org.precis.federation.algorithm.ParameterReader;

/**
 * A training study's differential-privacy settings ({@code privacy:} in its parameters), all public.
 * Sample-level DP of every patch at every site against everyone who sees what leaves the sites
 * (coordinator, researcher, other sites): the statistics round and every training round are
 * Gaussian mechanisms whose noise the sites add in shares under secure aggregation.
 *
 * <pre>
 * privacy:
 *   epsilon: 8                      # target: the noise multiplier is calibrated to it (or give noise_multiplier)
 *   noise_multiplier: 1.1           # sigma of each training round: noise std sigma * clip on the gradient sum
 *   delta: 1e-5
 *   sampling_rate: 1.0              # q: each training patch joins a round's batch with this probability (Poisson)
 *   clip: 1.0                       # C: each patch's gradient is scaled to L2 norm at most C
 *   feature_clip: 40                # B: each raw feature vector is scaled to L2 norm at most B for the statistics
 *   statistics_noise_multiplier: 4  # sigma of the one statistics round (counts, feature sums and squares)
 *   noise_shares: 3                 # each site adds 1/noise_shares of the variance; fewer sites summed: refused
 * </pre>
 *
 * @param targetEpsilon the epsilon the training noise is calibrated to, when no noise multiplier is given
 * @param noiseMultiplier the training rounds' sigma (NaN until calibrated from the target)
 */
public record PrivacySettings(
        OptionalDouble targetEpsilon,
        double noiseMultiplier,
        double delta,
        double samplingRate,
        double clip,
        double featureClip,
        double statisticsNoiseMultiplier,
        int noiseShares) {

    static final Set<String> KEYS = Set.of(
            "epsilon",
            "noise_multiplier",
            "delta",
            "sampling_rate",
            "clip",
            "feature_clip",
            "statistics_noise_multiplier",
            "noise_shares");

    public PrivacySettings {
        targetEpsilon.ifPresent(e -> check(e > 0 && e <= 100, "privacy.epsilon must be in (0, 100], got " + e));
        check(
                Double.isNaN(noiseMultiplier) || (noiseMultiplier >= 0.3 && noiseMultiplier <= 1000),
                "privacy.noise_multiplier must be in [0.3, 1000], got " + noiseMultiplier);
        check(
                targetEpsilon.isPresent() || !Double.isNaN(noiseMultiplier),
                "privacy needs 'epsilon' (a target) or 'noise_multiplier'");
        check(delta > 0 && delta < 0.01, "privacy.delta must be in (0, 0.01), got " + delta);
        check(samplingRate > 0 && samplingRate <= 1, "privacy.sampling_rate must be in (0, 1], got " + samplingRate);
        check(clip > 0 && Double.isFinite(clip), "privacy.clip must be > 0, got " + clip);
        check(featureClip > 0 && Double.isFinite(featureClip), "privacy.feature_clip must be > 0, got " + featureClip);
        check(
                statisticsNoiseMultiplier >= 0.3 && statisticsNoiseMultiplier <= 1000,
                "privacy.statistics_noise_multiplier must be in [0.3, 1000], got " + statisticsNoiseMultiplier);
        check(noiseShares >= 1 && noiseShares <= 1000, "privacy.noise_shares must be in 1..1000, got " + noiseShares);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** The settings of a {@code privacy:} mapping. */
    static PrivacySettings read(ParameterReader p) {
        p.allowOnly(KEYS);
        OptionalDouble epsilon = p.optionalNumber("epsilon");
        double noiseMultiplier = p.number("noise_multiplier", Double.NaN);
        double delta = p.number("delta", 1e-5);
        double samplingRate = p.number("sampling_rate", 1.0);
        double clip = p.number("clip", 1.0);
        double featureClip = p.number("feature_clip", 40);
        double statisticsNoiseMultiplier = p.number("statistics_noise_multiplier", 4);
        int noiseShares = p.integer("noise_shares", 2);
        try {
            return new PrivacySettings(
                    epsilon,
                    noiseMultiplier,
                    delta,
                    samplingRate,
                    clip,
                    featureClip,
                    statisticsNoiseMultiplier,
                    noiseShares);
        } catch (IllegalArgumentException e) {
            throw p.invalid(e.getMessage());
        }
    }

    /** Whether the training noise is still to be calibrated from the target epsilon. */
    boolean calibrated() {
        return !Double.isNaN(noiseMultiplier);
    }

    /** These settings with the training rounds' noise multiplier set. */
    PrivacySettings withNoiseMultiplier(double sigma) {
        return new PrivacySettings(
                targetEpsilon, sigma, delta, samplingRate, clip, featureClip, statisticsNoiseMultiplier, noiseShares);
    }
}
