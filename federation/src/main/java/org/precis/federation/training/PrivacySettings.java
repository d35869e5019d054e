package org.precis.federation.training;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

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
    static PrivacySettings read(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("'privacy' must be a mapping");
        }
        List<String> unknown = new ArrayList<>();
        node.fieldNames().forEachRemaining(name -> {
            if (!KEYS.contains(name)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(
                    "unknown privacy settings " + unknown + "; known are " + new TreeSet<>(KEYS));
        }
        return new PrivacySettings(
                node.has("epsilon") ? OptionalDouble.of(number(node, "epsilon", 0)) : OptionalDouble.empty(),
                number(node, "noise_multiplier", Double.NaN),
                number(node, "delta", 1e-5),
                number(node, "sampling_rate", 1.0),
                number(node, "clip", 1.0),
                number(node, "feature_clip", 40),
                number(node, "statistics_noise_multiplier", 4),
                node.has("noise_shares") ? integer(node, "noise_shares") : 2);
    }

    private static double number(JsonNode node, String field, double fallback) {
        JsonNode value = node.get(field);
        if (value == null) {
            return fallback;
        }
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            throw new IllegalArgumentException("'privacy." + field + "' must be a finite number, got " + value);
        }
        return value.doubleValue();
    }

    private static int integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new IllegalArgumentException("'privacy." + field + "' must be an integer, got " + value);
        }
        return value.intValue();
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
