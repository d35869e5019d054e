package org.precis.federation.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.precis.federation.algorithm.SiteBlocks;
import org.precis.learn.metrics.ConfidenceInterval;

/**
 * The secure sum's layout of an {@code evaluate-heads} round: one block of {@link #BLOCK} values
 * per site ({@link SiteBlocks}); a site writes its verdict into its own block and zeros
 * elsewhere, so the sum holds every site's figures as it wrote them (within the fixed-point
 * encoding's 2^-61 per value; values of 2^-7 and above pass exactly).
 *
 * <p>A block: n; the candidate's accuracy, log loss, Brier score, AUC and whether the AUC is
 * defined (1 or 0); the same five for the baseline (zeros without one); the accuracy difference;
 * the interval's lower and upper bound; the verdict (1 better, 0 not).
 */
public final class VerdictSlots {
    /** Values per site. */
    public static final int BLOCK = 15;

    private static final int CANDIDATE = 1;
    private static final int BASELINE = 6;
    private static final int DIFFERENCE = 11;
    private static final int LOWER = 12;
    private static final int UPPER = 13;
    private static final int BETTER = 14;

    private VerdictSlots() {}

    /** The blocks of a study of {@code sites}. */
    public static SiteBlocks blocks(List<String> sites) {
        return new SiteBlocks(sites, BLOCK);
    }

    /** The vector a site releases: its verdict in its own block, zeros elsewhere. */
    public static double[] encode(SiteVerdict verdict, List<String> sites) {
        SiteBlocks blocks = blocks(sites);
        double[] out = new double[blocks.length()];
        int at = blocks.start(verdict.site());
        out[at] = verdict.n();
        write(verdict.candidate(), out, at + CANDIDATE);
        verdict.baseline().ifPresent(metrics -> write(metrics, out, at + BASELINE));
        out[at + DIFFERENCE] = verdict.accuracyDifference().orElse(0);
        out[at + LOWER] = verdict.interval().lower();
        out[at + UPPER] = verdict.interval().upper();
        out[at + BETTER] = verdict.better() ? 1 : 0;
        return out;
    }

    private static void write(HeadMetrics metrics, double[] out, int at) {
        out[at] = metrics.accuracy();
        out[at + 1] = metrics.logLoss();
        out[at + 2] = metrics.brier();
        out[at + 3] = metrics.auc().orElse(0);
        out[at + 4] = metrics.auc().isPresent() ? 1 : 0;
    }

    /**
     * The verdict in block {@code index} of the sum, of site {@code site}; a block that is not a
     * site's verdict (a count that is not a positive integer, a flag other than 0 or 1, an interval
     * upside down) fails naming the site.
     */
    public static SiteVerdict decode(double[] sum, int index, String site, boolean withBaseline) {
        int at = index * BLOCK;
        double n = sum[at];
        if (!(n >= 1) || n != Math.rint(n) || n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(site + "'s block holds " + n + " validation rows, not a positive count");
        }
        HeadMetrics candidate = read(sum, at + CANDIDATE, site);
        Optional<HeadMetrics> baseline = withBaseline ? Optional.of(read(sum, at + BASELINE, site)) : Optional.empty();
        double lower = sum[at + LOWER];
        double upper = sum[at + UPPER];
        if (!(lower <= upper)) {
            throw new IllegalArgumentException(site + "'s interval is [" + lower + ", " + upper + "]");
        }
        return new SiteVerdict(
                site,
                (int) n,
                candidate,
                baseline,
                withBaseline ? OptionalDouble.of(sum[at + DIFFERENCE]) : OptionalDouble.empty(),
                new ConfidenceInterval(lower, upper, SiteEvaluation.LEVEL),
                flag(sum[at + BETTER], site, "verdict"));
    }

    private static HeadMetrics read(double[] sum, int at, String site) {
        boolean defined = flag(sum[at + 4], site, "AUC flag");
        return new HeadMetrics(
                sum[at], sum[at + 1], sum[at + 2], defined ? OptionalDouble.of(sum[at + 3]) : OptionalDouble.empty());
    }

    private static boolean flag(double value, String site, String what) {
        if (value != 0 && value != 1) {
            throw new IllegalArgumentException(site + "'s " + what + " is " + value + ", not 0 or 1");
        }
        return value == 1;
    }
}
