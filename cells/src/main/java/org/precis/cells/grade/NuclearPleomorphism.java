package org.precis.cells.grade;

import java.util.Arrays;
import java.util.List;

/**
 * A research estimate of the nuclear pleomorphism score from nucleus sizes, after the Nottingham
 * descriptions (Elston and Ellis 1991; nuclei compared with those of normal epithelium): the
 * median tumour nucleus area over the median area of the non-tumour nuclei of the same fields
 * ({@code sizeRatio}) scores 1 below 1.5, 2 from 1.5 to 2, 3 above 2; marked variation (an area
 * coefficient of variation of at least {@link #MARKED_VARIATION_CV}) raises a 1 or 2 by one. Not
 * validated against pathologists' scores: the non-tumour nuclei here are mostly lymphocytes and
 * stromal cells, smaller than normal epithelial nuclei, which pushes the ratio up.
 */
public record NuclearPleomorphism(
        int tumourNuclei,
        int referenceNuclei,
        double tumourMedianAreaUm2,
        double referenceMedianAreaUm2,
        double sizeRatio,
        double areaCv,
        int score) {

    /** The coefficient of variation of tumour nucleus areas read as marked variation. */
    public static final double MARKED_VARIATION_CV = 0.5;

    /**
     * The estimate from {@code blocks}' nucleus areas.
     *
     * @throws IllegalArgumentException if fewer than 10 tumour or 5 non-tumour nuclei have an area
     */
    public static NuclearPleomorphism of(List<GradingBlock> blocks) {
        double[] tumour = blocks.stream()
                .flatMapToDouble(b -> Arrays.stream(b.tumourNucleusAreasUm2()))
                .toArray();
        double[] reference = blocks.stream()
                .flatMapToDouble(b -> Arrays.stream(b.otherNucleusAreasUm2()))
                .toArray();
        if (tumour.length < 10) {
            throw new IllegalArgumentException(
                    "nuclear pleomorphism needs the areas of at least 10 tumour nuclei, found " + tumour.length);
        }
        if (reference.length < 5) {
            throw new IllegalArgumentException(
                    "nuclear pleomorphism needs the areas of at least 5 non-tumour nuclei to compare with, found "
                            + reference.length);
        }
        double tumourMedian = median(tumour);
        double referenceMedian = median(reference);
        double mean = Arrays.stream(tumour).average().orElseThrow();
        double variance =
                Arrays.stream(tumour).map(a -> (a - mean) * (a - mean)).sum() / (tumour.length - 1);
        double cv = Math.sqrt(variance) / mean;
        double ratio = tumourMedian / referenceMedian;
        int score = ratio < 1.5 ? 1 : ratio <= 2 ? 2 : 3;
        if (cv >= MARKED_VARIATION_CV && score < 3) {
            score++;
        }
        return new NuclearPleomorphism(
                tumour.length, reference.length, tumourMedian, referenceMedian, ratio, cv, score);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
