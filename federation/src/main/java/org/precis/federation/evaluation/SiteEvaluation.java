package org.precis.federation.evaluation;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.precis.learn.StandardisedHead;
import org.precis.learn.metrics.Bootstrap;
import org.precis.learn.metrics.ClassProbabilities;
import org.precis.learn.metrics.ConfidenceInterval;

/**
 * A site's evaluation of the candidate (and baseline) head on its validation rows: each head's
 * {@link HeadMetrics}, the 95% percentile bootstrap interval (learn's {@link Bootstrap}: Efron and
 * Tibshirani 1993) and the site's verdict by the study's {@link PromotionRule}.
 *
 * <p>With a baseline the bootstrap is paired: each draw resamples the site's patches once and
 * scores both heads on the same draw, so the interval is of the accuracy difference on common
 * cases (the two heads' errors are correlated; unpaired intervals would be too wide). The draws are
 * seeded by the study's seed and the site's name: the same site and study give the same interval,
 * and sites draw independently.
 */
public final class SiteEvaluation {
    /** The interval's level. */
    public static final double LEVEL = 0.95;

    private SiteEvaluation() {}

    /**
     * The verdict of site {@code site} on its validation {@code rows} (raw feature vectors) of
     * classes {@code truth}.
     */
    public static SiteVerdict evaluate(String site, double[][] rows, int[] truth, EvaluationSettings settings) {
        int k = settings.classCount();
        ClassProbabilities candidate = new ClassProbabilities(truth, probabilities(settings.candidate(), rows), k);
        Optional<ClassProbabilities> baseline =
                settings.baseline().map(model -> new ClassProbabilities(truth, probabilities(model, rows), k));
        Bootstrap bootstrap = new Bootstrap(settings.bootstrapReplicates(), LEVEL);
        SplittableRandom random = random(settings.seed(), site);
        ConfidenceInterval interval = baseline.isPresent()
                ? pairedAccuracyDifference(candidate, baseline.get(), bootstrap, random)
                : bootstrap.interval(candidate, ClassProbabilities::accuracy, random);
        HeadMetrics candidateMetrics = HeadMetrics.of(candidate);
        Optional<HeadMetrics> baselineMetrics = baseline.map(HeadMetrics::of);
        OptionalDouble difference = baselineMetrics.isPresent()
                ? OptionalDouble.of(
                        candidateMetrics.accuracy() - baselineMetrics.get().accuracy())
                : OptionalDouble.empty();
        boolean better = settings.rule().better(candidateMetrics, baselineMetrics, interval);
        return new SiteVerdict(site, truth.length, candidateMetrics, baselineMetrics, difference, interval, better);
    }

    /** The bootstrap draws of site {@code site} in a study seeded {@code seed}. */
    public static SplittableRandom random(long seed, String site) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + site.hashCode());
    }

    private static double[][] probabilities(StandardisedHead model, double[][] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = model.probabilities(rows[i]);
        }
        return out;
    }

    /**
     * The interval of accuracy(candidate) − accuracy(baseline) over draws of common cases: each
     * case carries both heads' probabilities side by side (2K columns), so the library's bootstrap
     * resamples the pairs together.
     */
    static ConfidenceInterval pairedAccuracyDifference(
            ClassProbabilities candidate, ClassProbabilities baseline, Bootstrap bootstrap, SplittableRandom random) {
        int k = candidate.classCount();
        double[][] joined = new double[candidate.size()][];
        for (int i = 0; i < joined.length; i++) {
            joined[i] = new double[2 * k];
            System.arraycopy(candidate.probabilities()[i], 0, joined[i], 0, k);
            System.arraycopy(baseline.probabilities()[i], 0, joined[i], k, k);
        }
        return bootstrap.interval(
                new ClassProbabilities(candidate.truth(), joined, 2 * k),
                pairs -> accuracyDifference(pairs, k),
                random);
    }

    private static double accuracyDifference(ClassProbabilities pairs, int k) {
        int difference = 0;
        for (int i = 0; i < pairs.size(); i++) {
            double[] row = pairs.probabilities()[i];
            int truth = pairs.truth()[i];
            int candidate = ClassProbabilities.mostProbable(Arrays.copyOfRange(row, 0, k));
            int baseline = ClassProbabilities.mostProbable(Arrays.copyOfRange(row, k, 2 * k));
            difference += (candidate == truth ? 1 : 0) - (baseline == truth ? 1 : 0);
        }
        return (double) difference / pairs.size();
    }
}
