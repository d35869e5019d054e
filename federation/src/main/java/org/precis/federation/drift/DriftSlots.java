package org.precis.federation.drift;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.precis.federation.algorithm.SiteBlocks;
import org.precis.learn.drift.DriftAnalysis;
import org.precis.learn.drift.Estimate;
import org.precis.learn.drift.ShiftSummary;
import org.precis.learn.metrics.ConfidenceInterval;
import org.precis.learn.metrics.ReliabilityBin;

/**
 * The secure sum's layout of a {@code drift} round, as {@code evaluate-heads}' {@link
 * org.precis.federation.evaluation.VerdictSlots}: one block of {@link #block(int)} values per site
 * ({@link SiteBlocks}); a site writes its figures into its own block and zeros elsewhere, so
 * the sum holds every site's figures as it wrote them (within the fixed-point encoding's 2^-61 per
 * value).
 *
 * <p>A block: n; whether training moments are recorded (1 or 0); the ten numbers of the shift's
 * {@link ShiftSummary} and ten of the no-drift baseline (zeros without moments); accuracy, log
 * loss, Brier score and ECE, each as value, interval lower and upper bound; the number of
 * reliability bins released; {@link #MAX_BINS} bins of lower, upper, count, mean confidence,
 * accuracy (zeros past the released ones); each class's one-vs-rest ECE.
 */
public final class DriftSlots {
    /** The most reliability bins a site releases. */
    public static final int MAX_BINS = 10;

    private static final int SUMMARY = 10;
    private static final int SHIFT = 2;
    private static final int BASELINE = SHIFT + SUMMARY;
    private static final int FIGURES = BASELINE + SUMMARY;
    private static final int BIN_COUNT = FIGURES + 12;
    private static final int BINS = BIN_COUNT + 1;
    private static final int CLASSWISE = BINS + 5 * MAX_BINS;

    private DriftSlots() {}

    /** Values per site with {@code classCount} classes. */
    public static int block(int classCount) {
        return CLASSWISE + classCount;
    }

    /** The blocks of a study of {@code sites} and {@code classCount} classes. */
    public static SiteBlocks blocks(List<String> sites, int classCount) {
        return new SiteBlocks(sites, block(classCount));
    }

    /** The vector a site releases: its figures in its own block, zeros elsewhere. */
    public static double[] encode(SiteDrift drift, List<String> sites) {
        int k = drift.classwiseEce().length;
        SiteBlocks blocks = blocks(sites, k);
        int at = blocks.start(drift.site());
        if (drift.reliability().size() > MAX_BINS) {
            throw new IllegalArgumentException("at most " + MAX_BINS + " reliability bins, got "
                    + drift.reliability().size());
        }
        double[] out = new double[blocks.length()];
        out[at] = drift.n();
        out[at + 1] = drift.trainingMomentsRecorded() ? 1 : 0;
        drift.shift().ifPresent(s -> write(s, out, at + SHIFT));
        drift.noDriftBaseline().ifPresent(s -> write(s, out, at + BASELINE));
        List<Estimate> figures =
                List.of(drift.accuracy(), drift.logLoss(), drift.brier(), drift.expectedCalibrationError());
        for (int f = 0; f < figures.size(); f++) {
            out[at + FIGURES + 3 * f] = figures.get(f).value();
            out[at + FIGURES + 3 * f + 1] = figures.get(f).ci().lower();
            out[at + FIGURES + 3 * f + 2] = figures.get(f).ci().upper();
        }
        out[at + BIN_COUNT] = drift.reliability().size();
        for (int b = 0; b < drift.reliability().size(); b++) {
            ReliabilityBin bin = drift.reliability().get(b);
            int p = at + BINS + 5 * b;
            out[p] = bin.lower();
            out[p + 1] = bin.upper();
            out[p + 2] = bin.count();
            out[p + 3] = bin.meanConfidence();
            out[p + 4] = bin.accuracy();
        }
        System.arraycopy(drift.classwiseEce(), 0, out, at + CLASSWISE, k);
        return out;
    }

    private static void write(ShiftSummary s, double[] out, int at) {
        double[] values = {
            s.meanAbsZ(), s.p95AbsZ(), s.maxAbsZ(), s.maxAbsZFeature(), s.shareAbsZAbove025(),
            s.shareAbsZAbove050(), s.sdRatioMedian(), s.sdRatioP05(), s.sdRatioP95(), s.meanSquaredNorm()
        };
        System.arraycopy(values, 0, out, at, SUMMARY);
    }

    /**
     * The figures in block {@code index} of the sum, of site {@code site}; a block that is not a
     * site's figures (a count that is not a positive integer, a flag other than 0 or 1, too many
     * bins, an interval upside down) fails naming the site.
     */
    public static SiteDrift decode(double[] sum, int index, String site, int classCount) {
        int at = index * block(classCount);
        int n = count(sum[at], site, "patch count", 1, Integer.MAX_VALUE);
        double flag = sum[at + 1];
        if (flag != 0 && flag != 1) {
            throw new IllegalArgumentException(site + "'s moments flag is " + flag + ", not 0 or 1");
        }
        boolean moments = flag == 1;
        List<Estimate> figures = new ArrayList<>();
        for (int f = 0; f < 4; f++) {
            double lower = sum[at + FIGURES + 3 * f + 1];
            double upper = sum[at + FIGURES + 3 * f + 2];
            if (!(lower <= upper)) {
                throw new IllegalArgumentException(site + "'s interval " + f + " is [" + lower + ", " + upper + "]");
            }
            figures.add(
                    new Estimate(sum[at + FIGURES + 3 * f], new ConfidenceInterval(lower, upper, DriftAnalysis.LEVEL)));
        }
        int binCount = count(sum[at + BIN_COUNT], site, "bin count", 0, MAX_BINS);
        List<ReliabilityBin> bins = new ArrayList<>();
        for (int b = 0; b < binCount; b++) {
            int p = at + BINS + 5 * b;
            bins.add(new ReliabilityBin(
                    sum[p], sum[p + 1], count(sum[p + 2], site, "bin count", 1, n), sum[p + 3], sum[p + 4]));
        }
        double[] classwise = new double[classCount];
        System.arraycopy(sum, at + CLASSWISE, classwise, 0, classCount);
        return new SiteDrift(
                site,
                n,
                moments,
                moments ? Optional.of(read(sum, at + SHIFT, site)) : Optional.empty(),
                moments ? Optional.of(read(sum, at + BASELINE, site)) : Optional.empty(),
                figures.get(0),
                figures.get(1),
                figures.get(2),
                figures.get(3),
                classwise,
                bins);
    }

    private static ShiftSummary read(double[] sum, int at, String site) {
        return new ShiftSummary(
                sum[at],
                sum[at + 1],
                sum[at + 2],
                count(sum[at + 3], site, "largest |z| feature", 0, Integer.MAX_VALUE),
                sum[at + 4],
                sum[at + 5],
                sum[at + 6],
                sum[at + 7],
                sum[at + 8],
                sum[at + 9]);
    }

    private static int count(double value, String site, String what, int min, int max) {
        if (!(value >= min) || value > max || value != Math.rint(value)) {
            throw new IllegalArgumentException(
                    site + "'s " + what + " is " + value + ", not an integer in " + min + ".." + max);
        }
        return (int) value;
    }
}
