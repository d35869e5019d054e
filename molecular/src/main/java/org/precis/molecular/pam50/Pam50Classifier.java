package org.precis.molecular.pam50;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.precis.molecular.expression.ExpressionMatrix;

/**
 * genefu's {@code intrinsic.cluster.predict} for one model, after the genes are mapped: standardise
 * each mapped probe over the cohort as the model says, correlate each sample with the centroids,
 * call the subtype of the highest correlation and turn the correlations into probabilities.
 */
public final class Pam50Classifier {

    /** genefu gives no call at all when more than this share of the mapped values is missing. */
    static final double MAX_MISSING_SHARE = 0.9;

    private final Pam50Centroids centroids;
    private final Pam50Model model;

    public Pam50Classifier(Pam50Centroids centroids, Pam50Model model) {
        this.centroids = centroids;
        this.model = model;
    }

    /** One call per sample of {@code matrix}, in its row order. */
    public List<Pam50Call> classify(ExpressionMatrix matrix, GeneMapping mapping) {
        int samples = matrix.sampleCount();
        int genes = mapping.size();
        double[][] columns = new double[genes][];
        double[][] rows = new double[genes][];
        long missing = 0;
        for (int g = 0; g < genes; g++) {
            MappedGene gene = mapping.genes().get(g);
            double[] raw = matrix.column(gene.probe());
            for (double v : raw) {
                if (Double.isNaN(v)) {
                    missing++;
                }
            }
            columns[g] = model.standardise(raw);
            rows[g] = centroids.values()[gene.centroidRow()];
        }
        List<Pam50Call> calls = new ArrayList<>(samples);
        if (genes == 0 || (double) missing / ((double) genes * samples) > MAX_MISSING_SHARE) {
            double[] none = new double[Pam50Subtype.values().length];
            Arrays.fill(none, Double.NaN);
            for (String sample : matrix.samples()) {
                calls.add(new Pam50Call(sample, Optional.empty(), none, none));
            }
            return calls;
        }
        SpearmanCorrelation spearman = new SpearmanCorrelation(rows);
        double[] profile = new double[genes];
        for (int i = 0; i < samples; i++) {
            for (int g = 0; g < genes; g++) {
                profile[g] = columns[g][i];
            }
            double[] correlations = spearman.of(profile);
            calls.add(new Pam50Call(
                    matrix.samples().get(i),
                    Optional.of(call(correlations)),
                    correlations,
                    probabilities(correlations)));
        }
        return calls;
    }

    /** R's {@code order(x, decreasing = TRUE, na.last = TRUE)[1]}: the first maximum; the first of all when all are NA. */
    static Pam50Subtype call(double[] correlations) {
        int best = 0;
        for (int k = 1; k < correlations.length; k++) {
            if (!Double.isNaN(correlations[k])
                    && (Double.isNaN(correlations[best]) || correlations[k] > correlations[best])) {
                best = k;
            }
        }
        return Pam50Subtype.values()[best];
    }

    /**
     * Negative correlations set to 0, each divided by their sum (summed exactly, as R's extended
     * precision sum does); 0/0 (NaN) when none is positive.
     */
    static double[] probabilities(double[] correlations) {
        double[] positive = new double[correlations.length];
        BigDecimal sum = BigDecimal.ZERO;
        boolean any = false;
        for (int k = 0; k < correlations.length; k++) {
            double c = correlations[k];
            positive[k] = !Double.isNaN(c) && c < 0 ? 0 : c;
            if (!Double.isNaN(c)) {
                any = true;
                sum = sum.add(new BigDecimal(positive[k]));
            }
        }
        double[] probabilities = new double[correlations.length];
        double total = sum.doubleValue();
        for (int k = 0; k < correlations.length; k++) {
            probabilities[k] = any ? positive[k] / total : Double.NaN;
        }
        return probabilities;
    }
}
